/** The local Cognito the test run started (scripts/local-cognito-plugin.mjs), and its outbox. */

export interface LocalCognito {
  endpoint: string;
  userPoolId: string;
  clientId: string;
  region: string;
  outboxUrl: string;
}

export interface OutboxMessage {
  id: string;
  at: string;
  username: string;
  medium: 'EMAIL' | 'SMS';
  destination: string;
  code: string;
  purpose: string;
}

let config: Promise<LocalCognito> | undefined;

export function localCognito(): Promise<LocalCognito> {
  config ??= fetch('/__local-cognito__').then((r) => r.json() as Promise<LocalCognito>);
  return config;
}

/** Waits for a code sent to `username` after `since` (an ISO time) and returns the newest. */
export async function latestCode(username: string, since = new Date(0).toISOString()): Promise<string> {
  const { outboxUrl } = await localCognito();
  for (let attempt = 0; attempt < 50; attempt++) {
    const response = await fetch(`${outboxUrl}?username=${encodeURIComponent(username)}`);
    const messages = (await response.json()) as OutboxMessage[];
    const fresh = messages.filter((m) => m.at >= since);
    if (fresh.length) return fresh[fresh.length - 1].code;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no code reached the outbox for ${username}`);
}

/** A username no other test (or earlier run against the same store) has used. */
export function uniqueUsername(prefix = 'user'): string {
  return `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}
