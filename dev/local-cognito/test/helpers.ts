/** Shared helpers for the local Cognito's own tests: one instance per test file. */
import assert from 'node:assert/strict';
import { launchLocalCognito, type LaunchOptions, type LocalCognito, type LocalUserSpec } from '../launch.mjs';
import { TestSrpClient } from './srp-client.js';
import type { OutboxMessage } from '../src/outbox.js';

export type { LocalCognito };

export const PASSWORD = 'Demo-pass-1234';

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

/** What the outbox lists: the proxy's own record type. */
export type OutboxEntry = OutboxMessage;

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

/** USER_PASSWORD_AUTH through the proxy (by default through the client without USER_AUTH); returns the AuthenticationResult. */
export async function passwordSignIn(lc: LocalCognito, username: string, password: string, clientId = lc.clientId): Promise<Record<string, string>> {
  const body = assertOk(
    await call(lc, 'InitiateAuth', {
      AuthFlow: 'USER_PASSWORD_AUTH',
      ClientId: clientId,
      AuthParameters: { USERNAME: username, PASSWORD: password },
    }),
  );
  assert.ok(body.AuthenticationResult?.AccessToken, `no tokens: ${JSON.stringify(body)}`);
  return body.AuthenticationResult;
}

/** A `/_local/…` control call; the body is parsed when there is one. */
/** Changes run-time settings (`PUT /_local/settings`), failing the test when the proxy refuses them. */
export async function putSettings(lc: LocalCognito, values: Record<string, unknown>): Promise<void> {
  const result = await control(lc, 'PUT', '/settings', values);
  if (result.status !== 200) throw new Error(`PUT /_local/settings: ${result.status} ${JSON.stringify(result.body)}`);
}

export async function control(lc: LocalCognito, method: string, path: string, body?: unknown): Promise<{ status: number; body: any }> {
  const response = await fetch(`${lc.controlUrl}${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined };
}

/** A fresh user through POST /_local/users (unique name from `prefix`); returns the username. */
export async function createUser(lc: LocalCognito, prefix: string, spec: Partial<LocalUserSpec> = {}): Promise<string> {
  const username = uniqueName(prefix);
  const result = await control(lc, 'POST', '/users', { username, password: PASSWORD, email: `${username}@example.com`, ...spec });
  assert.equal(result.status, 201, JSON.stringify(result.body));
  assert.deepEqual(result.body, { username });
  return username;
}

export async function currentTotp(lc: LocalCognito, query: { username: string } | { secret: string }): Promise<string> {
  const result = await control(lc, 'GET', `/totp?${new URLSearchParams(query)}`);
  assert.equal(result.status, 200, JSON.stringify(result.body));
  return result.body.code;
}

/** RespondToAuthChallenge with the canonical USERNAME added. */
export function respond(lc: LocalCognito, challengeName: string, session: string, username: string, responses: Record<string, string> = {}) {
  return call(lc, 'RespondToAuthChallenge', {
    ClientId: lc.clientId,
    ChallengeName: challengeName,
    Session: session,
    ChallengeResponses: { USERNAME: username, ...responses },
  });
}

/**
 * Signs in with a password and returns the reply that follows it: tokens or the next challenge.
 * USER_PASSWORD_AUTH by default (what follows the password is the same for every flow, and SRP
 * costs ~0.1 s of CPU per sign-in); the SRP flows answer PASSWORD_VERIFIER on the way.
 */
export async function signInWithPassword(
  lc: LocalCognito,
  username: string,
  password = PASSWORD,
  flow: 'USER_SRP_AUTH' | 'USER_PASSWORD_AUTH' | 'CUSTOM_WITH_SRP' = 'USER_PASSWORD_AUTH',
): Promise<CallResult> {
  if (flow === 'USER_PASSWORD_AUTH') {
    return call(lc, 'InitiateAuth', { AuthFlow: flow, ClientId: lc.clientId, AuthParameters: { USERNAME: username, PASSWORD: password } });
  }
  const client = new TestSrpClient();
  const parameters: Record<string, string> = { USERNAME: username, SRP_A: client.srpA };
  if (flow === 'CUSTOM_WITH_SRP') parameters.CHALLENGE_NAME = 'SRP_A';
  const first = assertOk(
    await call(lc, 'InitiateAuth', { AuthFlow: flow === 'CUSTOM_WITH_SRP' ? 'CUSTOM_AUTH' : flow, ClientId: lc.clientId, AuthParameters: parameters }),
  );
  assert.equal(first.ChallengeName, 'PASSWORD_VERIFIER');
  const answer = await client.answer(lc.userPoolId, first.ChallengeParameters, password);
  return call(lc, 'RespondToAuthChallenge', { ClientId: lc.clientId, ChallengeName: 'PASSWORD_VERIFIER', Session: first.Session, ChallengeResponses: answer });
}

/** Asserts a challenge reply and returns `{ parameters, session }`. */
export function expectChallenge(result: CallResult, name: string): { parameters: Record<string, string>; session: string } {
  const body = assertOk(result);
  assert.equal(body.ChallengeName, name, `expected ${name}, got ${JSON.stringify(body)}`);
  assert.equal(typeof body.Session, 'string');
  for (const [key, value] of Object.entries(body.ChallengeParameters)) assert.equal(typeof value, 'string', `${key} is a string`);
  return { parameters: body.ChallengeParameters, session: body.Session };
}

export function expectTokens(result: CallResult): Record<string, any> {
  const body = assertOk(result);
  assert.ok(body.AuthenticationResult?.AccessToken, `expected tokens, got ${JSON.stringify(body)}`);
  return body.AuthenticationResult;
}

/** InitiateAuth USER_AUTH through the client that allows it. */
export function userAuth(lc: LocalCognito, username: string, parameters: Record<string, string> = {}, clientId = lc.userAuthClientId): Promise<CallResult> {
  return call(lc, 'InitiateAuth', { AuthFlow: 'USER_AUTH', ClientId: clientId, AuthParameters: { USERNAME: username, ...parameters } });
}

/** RespondToAuthChallenge through the USER_AUTH client, with USERNAME added. */
export function answer(lc: LocalCognito, challengeName: string, session: string, username: string, responses: Record<string, string> = {}): Promise<CallResult> {
  return call(lc, 'RespondToAuthChallenge', {
    ClientId: lc.userAuthClientId,
    ChallengeName: challengeName,
    Session: session,
    ChallengeResponses: { USERNAME: username, ...responses },
  });
}

/** A first-factor challenge: its name, parameters and Session, and the top-level AvailableChallenges. */
export function expectFirstFactor(result: CallResult, name: string): { parameters: Record<string, string>; session: string; available: string[] } {
  const challenge = expectChallenge(result, name);
  assert.ok(Array.isArray(result.body.AvailableChallenges), `AvailableChallenges at the top level: ${JSON.stringify(result.body)}`);
  assert.equal(challenge.parameters.AvailableChallenges, undefined);
  return { ...challenge, available: result.body.AvailableChallenges };
}

/** Codes sent for USER_AUTH first factors (purpose SIGN_IN). */
export async function signInCodes(lc: LocalCognito, username: string): Promise<OutboxEntry[]> {
  return (await outbox(lc, username)).filter((m) => m.purpose === 'SIGN_IN');
}

/** PUT /_local/settings for the length of `body`, then the start values again. */
export async function withSettings<T>(lc: LocalCognito, settings: Record<string, unknown>, body: () => Promise<T>): Promise<T> {
  const result = await control(lc, 'PUT', '/settings', settings);
  assert.equal(result.status, 200, JSON.stringify(result.body));
  try {
    return await body();
  } finally {
    await control(lc, 'DELETE', '/settings');
  }
}
