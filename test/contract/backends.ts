/**
 * The backends the contract suite runs against the local Cognito, and the few helpers every case
 * shares. `contract(title, cases)` declares one `describe` per backend, each running the same `it`s.
 */
import { expect } from '@open-wc/testing';
import { CognitoApiBackend } from '../../src/cognito/api/backend.js';
import { CognitoIdentityJsBackend } from '../../src/cognito/identity-js-backend.js';
import { cachedTokens, MemoryCognitoStorage } from '../../src/cognito/identity-js/storage.js';
import { MemorySessionStore } from '../../src/cognito/session-store.js';
import type { TransportFactory } from '../../src/cognito/transport.js';
import { createFetchTransport } from '../../src/cognito/transports/fetch.js';
import { createSdkTransport } from '../../src/cognito/transports/sdk.js';
import type { AuthBackend, ChallengeType, SignInResult } from '../../src/core/backend.js';
import { localCognito, uniqueUsername } from '../support/local-cognito.js';

export type BackendName = 'fetch' | 'sdk' | 'identity-js';

export interface MadeBackend {
  backend: AuthBackend;
  /** The refresh token the backend keeps (to check server-side revocation), or null. */
  refreshToken(): string | null;
}

export interface BackendKind {
  name: BackendName;
  /** `userAuthClient`: the app client with ALLOW_USER_AUTH (choice-based sign-in, passkeys). */
  make(options?: { refreshMargin?: number; userAuthClient?: boolean }): Promise<MadeBackend>;
}

function apiBackend(name: BackendName, transport: TransportFactory): BackendKind {
  return {
    name,
    async make({ userAuthClient, ...options } = {}) {
      const local = await localCognito();
      const { userPoolId, endpoint } = local;
      const clientId = userAuthClient ? local.userAuthClientId : local.clientId;
      const storage = new MemorySessionStore();
      const backend = new CognitoApiBackend({ userPoolId, clientId, endpoint, transport, storage, ...options });
      return { backend, refreshToken: () => storage.load()?.refreshToken ?? null };
    },
  };
}

export const BACKENDS: BackendKind[] = [
  apiBackend('fetch', createFetchTransport),
  // No retries: a failing call should fail at once, as with the other two.
  apiBackend('sdk', (config) => createSdkTransport({ ...config, clientConfig: { maxAttempts: 1 } })),
  {
    name: 'identity-js',
    async make({ userAuthClient, ...options } = {}) {
      const local = await localCognito();
      const { userPoolId, endpoint } = local;
      const clientId = userAuthClient ? local.userAuthClientId : local.clientId;
      // An app-provided storage, the one place an app may read identity-js's tokens from.
      const storage = new MemoryCognitoStorage();
      const backend = new CognitoIdentityJsBackend({ userPoolId, clientId, endpoint, storage, ...options });
      return { backend, refreshToken: () => cachedTokens(storage, clientId)?.refreshToken ?? null };
    },
  },
];

/** One describe per backend, each running the same cases. */
export function contract(title: string, cases: (kind: BackendKind) => void): void {
  for (const kind of BACKENDS) describe(`contract: ${title} — ${kind.name}`, () => cases(kind));
}

export const PASSWORD = 'Contract-pass-2049!';
export const TOTP_SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

export function freshName(kind: BackendKind, path: string): string {
  return uniqueUsername(`c-${kind.name}-${path}`);
}

/** A code that is not `code`. */
export function wrongCode(code: string): string {
  return code === '000000' ? '111111' : '000000';
}

/** An ISO time just before now, for `latestCode(username, since)`. */
export function now(): string {
  return new Date(Date.now() - 1).toISOString();
}

/** The typed challenge each Cognito challenge name becomes at the port. */
const CHALLENGE_TYPES: Record<string, ChallengeType> = {
  SMS_MFA: 'smsCode',
  SOFTWARE_TOKEN_MFA: 'totpCode',
  EMAIL_OTP: 'emailCode',
  SELECT_MFA_TYPE: 'selectMfa',
  MFA_SETUP: 'setUpMfa',
  NEW_PASSWORD_REQUIRED: 'newPassword',
  CUSTOM_CHALLENGE: 'custom',
};

export function challenge(result: SignInResult, name: string): Extract<SignInResult, { kind: 'challenge' }> {
  expect(result.kind, `expected the ${name} challenge`).to.equal('challenge');
  if (result.kind !== 'challenge') throw new Error('not a challenge');
  expect(result.name).to.equal(name);
  expect(result.challenge.type, 'the typed challenge').to.equal(CHALLENGE_TYPES[name]);
  expect(result.parameters).not.to.have.any.keys('USERNAME', 'USER_ID_FOR_SRP');
  return result;
}

export function done(result: SignInResult, username?: string): Extract<SignInResult, { kind: 'done' }> {
  expect(result.kind, result.kind === 'challenge' ? `got the ${result.name} challenge` : '').to.equal('done');
  if (result.kind !== 'done') throw new Error('not signed in');
  if (username) expect(result.session.username).to.equal(username);
  return result;
}

/** Cognito's own answer to REFRESH_TOKEN_AUTH with `token` (not any backend's): its exception name, or 'ok'. */
export async function refreshWith(token: string): Promise<string> {
  const { endpoint, clientId } = await localCognito();
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': 'AWSCognitoIdentityProviderService.InitiateAuth' },
    body: JSON.stringify({ AuthFlow: 'REFRESH_TOKEN_AUTH', ClientId: clientId, AuthParameters: { REFRESH_TOKEN: token } }),
  });
  if (response.ok) return 'ok';
  return String(((await response.json()) as { __type?: string }).__type);
}

/** How many requests the local Cognito's fault switch is holding (`hang`). */
export async function hangingRequests(): Promise<number> {
  const { endpoint } = await localCognito();
  return ((await (await fetch(`${endpoint}/_local/faults`)).json()) as { hanging: number }).hanging;
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
