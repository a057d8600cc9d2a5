/** Shared helpers for the local Cognito's own tests: one instance per test file. */
import assert from 'node:assert/strict';
import { launchLocalCognito, type LaunchOptions, type LocalCognito } from '../launch.mjs';

export type { LocalCognito };

export function start(options: LaunchOptions = {}): Promise<LocalCognito> {
  return launchLocalCognito({ quiet: true, ...options });
}

export interface CallResult {
  status: number;
  headers: Headers;
  body: Record<string, any>;
}

/** One raw Cognito JSON-API call, as a browser's fetch transport would make it. */
export async function call(lc: LocalCognito, operation: string, body: object): Promise<CallResult> {
  const response = await fetch(lc.endpoint, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-amz-json-1.1',
      'x-amz-target': `AWSCognitoIdentityProviderService.${operation}`,
    },
    body: JSON.stringify(body),
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as Record<string, any> };
}

/** Asserts a Cognito error: HTTP 400, `__type`, the x-amzn-errortype header, and optionally the message. */
export function assertError(result: CallResult, type: string, message?: string | RegExp): void {
  assert.equal(result.body.__type, type, `expected ${type}, got ${JSON.stringify(result.body)}`);
  assert.equal(result.status, 400);
  assert.equal(result.headers.get('x-amzn-errortype'), type);
  if (typeof message === 'string') assert.equal(result.body.message, message);
  else if (message) assert.match(String(result.body.message), message);
}

export function assertOk(result: CallResult): Record<string, any> {
  assert.equal(result.status, 200, `expected 200, got ${result.status} ${JSON.stringify(result.body)}`);
  return result.body;
}

export interface OutboxEntry {
  id: string;
  at: string;
  username: string;
  medium: 'EMAIL' | 'SMS';
  destination: string;
  code: string;
  purpose: string;
}

export async function outbox(lc: LocalCognito, username?: string): Promise<OutboxEntry[]> {
  const query = username ? `?username=${encodeURIComponent(username)}` : '';
  const response = await fetch(`${lc.outboxUrl}${query}`);
  assert.equal(response.status, 200);
  return (await response.json()) as OutboxEntry[];
}

export async function latestCode(lc: LocalCognito, username: string): Promise<OutboxEntry> {
  const entries = await outbox(lc, username);
  assert.ok(entries.length > 0, `no code in the outbox for ${username}`);
  return entries[entries.length - 1];
}

let counter = 0;
export function uniqueName(prefix: string): string {
  return `${prefix}-${process.pid}-${Date.now().toString(36)}-${counter++}`;
}

/** USER_PASSWORD_AUTH through the proxy; returns the AuthenticationResult. */
export async function passwordSignIn(lc: LocalCognito, username: string, password: string): Promise<Record<string, string>> {
  const body = assertOk(
    await call(lc, 'InitiateAuth', {
      AuthFlow: 'USER_PASSWORD_AUTH',
      ClientId: lc.clientId,
      AuthParameters: { USERNAME: username, PASSWORD: password },
    }),
  );
  assert.ok(body.AuthenticationResult?.AccessToken, `no tokens: ${JSON.stringify(body)}`);
  return body.AuthenticationResult;
}
