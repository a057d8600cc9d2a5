/** The local Cognito the test run started (scripts/local-cognito-plugin.mjs), and its outbox. */
import type {
  LocalFault,
  LocalFederatedUser,
  LocalIdentityProvider,
  LocalSettings,
  LocalTestIdentity,
  LocalUserSpec,
  LocalUsernamePools,
} from '../../dev/local-cognito/launch.mjs';

export interface LocalCognito {
  endpoint: string;
  userPoolId: string;
  /** The app client without ALLOW_USER_AUTH (SRP, password, custom flows; SignUp returns no Session). */
  clientId: string;
  /** The app client with ALLOW_USER_AUTH (choice-based sign-in, passkeys, sign-in after sign-up). */
  userAuthClientId: string;
  region: string;
  /** Pools whose usernames are email addresses (`email`), phone numbers (`phone`) or either (`emailOrPhone`), each with its app client. */
  usernamePools: LocalUsernamePools;
  outboxUrl: string;
  /** The managed-login domain (the local Cognito's own origin): /oauth2/authorize, /oauth2/token, /logout, … */
  oauthDomain: string;
  /** The stand-in identity providers (Google, Facebook, SignInWithApple, LoginWithAmazon, AcmeOIDC, OktaSAML) and their test identities. */
  identityProviders: LocalIdentityProvider[];
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

/**
 * Waits for a code sent to `username` after `since` (an ISO time) and returns the newest. In a pool
 * whose usernames are emails or phone numbers the username is a UUID: pass `{ destination }`, the
 * address or number (any case), instead.
 */
export async function latestCode(who: string | { destination: string }, since = new Date(0).toISOString()): Promise<string> {
  const { outboxUrl } = await localCognito();
  const query = typeof who === 'string' ? `username=${encodeURIComponent(who)}` : `destination=${encodeURIComponent(who.destination)}`;
  for (let attempt = 0; attempt < 50; attempt++) {
    const response = await fetch(`${outboxUrl}?${query}`);
    const messages = (await response.json()) as OutboxMessage[];
    const fresh = messages.filter((m) => m.at >= since);
    if (fresh.length) return fresh[fresh.length - 1].code;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no code reached the outbox for ${typeof who === 'string' ? who : who.destination}`);
}

/** A username no other test (or earlier run against the same store) has used. */
export function uniqueUsername(prefix = 'user'): string {
  return `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

/** How a test user is set up: the local Cognito's own `POST /_local/users` body. */
export type TestUser = LocalUserSpec;

async function control(path: string, method: string, body?: unknown): Promise<Response> {
  const { endpoint } = await localCognito();
  const response = await fetch(`${endpoint}/_local/${path}`, {
    method,
    headers: body ? { 'content-type': 'application/json' } : {},
    body: body ? JSON.stringify(body) : undefined,
  });
  if (!response.ok) throw new Error(`${method} /_local/${path}: HTTP ${response.status} ${await response.text()}`);
  return response;
}

/** Creates a user for one test, so no test depends on another's leftovers. */
export async function createUser(user: TestUser): Promise<TestUser> {
  await control('users', 'POST', user);
  return user;
}

/** The code an authenticator app would show now, for a user's secret or a given one. */
export async function totpCode(query: { username: string } | { secret: string }): Promise<string> {
  const search = new URLSearchParams(query as Record<string, string>);
  return ((await (await control(`totp?${search}`, 'GET')).json()) as { code: string }).code;
}

/** Lifetimes and lockout at run time; `null` restores the defaults. */
export async function setLocalSettings(settings: Partial<LocalSettings> | null): Promise<void> {
  await control('settings', settings ? 'PUT' : 'DELETE', settings ?? undefined);
}

/** Makes calls fail (`error`), drop the connection (`network`) or never answer (`hang`); null clears. */
export async function setFault(fault: LocalFault | null): Promise<void> {
  await control('faults', fault ? 'POST' : 'DELETE', fault ?? undefined);
}

/** One more person a stand-in identity provider offers, e.g. a fresh Google identity per test. */
export async function addTestIdentity(providerName: string, identity: LocalTestIdentity): Promise<LocalTestIdentity> {
  return (await (await control(`identity-providers/${encodeURIComponent(providerName)}/identities`, 'POST', identity)).json()) as LocalTestIdentity;
}

/** Users made by federated sign-ins (`<ProviderName>_<userId>`), optionally of one provider. */
export async function federatedUsers(providerName?: string): Promise<LocalFederatedUser[]> {
  const query = providerName ? `?provider=${encodeURIComponent(providerName)}` : '';
  return (await (await control(`federated-users${query}`, 'GET')).json()) as LocalFederatedUser[];
}
