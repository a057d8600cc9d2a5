/**
 * A scripted identity-js `Client` (what `pool.client` is) for the identity-js backend's unit tests:
 * per-operation answers, the requests it was sent, and tokens as Cognito issues them.
 */
import { CognitoUserPool } from 'amazon-cognito-identity-js';
import { MemoryCognitoStorage } from '../../src/cognito/identity-js-backend.js';

export const POOL_ID = 'eu-west-1_TestPool1';
export const CLIENT_ID = 'client-1';

export interface Sent {
  operation: string;
  params: any;
}

export type Handler = (params: any) => unknown;

/** identity-js's service error: `code` and `name` are Cognito's exception name. */
export function serviceError(code: string, message: string | null = code): Error {
  return Object.assign(new Error(message as string), { code, name: code });
}

export const fail = (code: string, message?: string | null) => () => {
  throw serviceError(code, message);
};

/** What identity-js's Client does when fetch itself fails. */
export function networkError(): Error {
  return Object.assign(new Error('Network error'), { code: 'NetworkError' });
}

/**
 * A client answering from per-operation handlers (a list is used in order), asynchronously as
 * fetch would. `hold()` makes the next request wait for `release()`.
 */
export function scriptedClient(handlers: Record<string, Handler | Handler[]>) {
  const sent: Sent[] = [];
  let held: Promise<void> | undefined;
  let release = () => {};
  const client = {
    retried: 0,
    request(operation: string, params: any, callback: (error: unknown, data?: unknown) => void) {
      sent.push({ operation, params: structuredClone(params) });
      const entry = handlers[operation];
      const handler = Array.isArray(entry) ? entry.shift() : entry;
      const gate = held ?? Promise.resolve();
      held = undefined;
      // As identity-js's Client: a throw inside the callback reaches the callback again as an error.
      gate
        .then(() => {
          if (!handler) throw new Error(`unscripted ${operation}`);
          return handler(params);
        })
        .then((data) => callback(null, data))
        .catch((error) => callback(error));
    },
    requestWithRetry(operation: string, params: any, callback: (error: unknown, data?: unknown) => void) {
      client.retried++;
      client.request(operation, params, callback);
    },
    /** As identity-js's Client (getUserData's GetUser goes this way). */
    promisifyRequest(operation: string, params: any) {
      return new Promise((resolve, reject) => client.request(operation, params, (error, data) => (error ? reject(error) : resolve(data))));
    },
    hold() {
      held = new Promise((resolve) => (release = resolve));
    },
    release: () => release(),
  };
  return { client, sent };
}

/** A pool whose requests go to `client`. */
export function scriptedPool(client: object, storage = new MemoryCognitoStorage()): CognitoUserPool {
  const pool = new CognitoUserPool({ UserPoolId: POOL_ID, ClientId: CLIENT_ID, Storage: storage });
  (pool as unknown as { client: object }).client = client;
  return pool;
}

export function b64url(value: unknown): string {
  return btoa(JSON.stringify(value)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
}

export function jwt(claims: Record<string, unknown>): string {
  return `${b64url({ alg: 'none' })}.${b64url(claims)}.sig`;
}

/** An InitiateAuth / RespondToAuthChallenge answer with tokens for `username`, expiring at `exp` (epoch s). */
export function tokens(username: string, exp = Math.floor(Date.now() / 1000) + 3600, extra: Record<string, unknown> = {}) {
  const iat = exp - 3600;
  return {
    ChallengeParameters: {},
    AuthenticationResult: {
      AccessToken: jwt({ username, exp, iat, token_use: 'access', client_id: CLIENT_ID, ...extra }),
      IdToken: jwt({ 'cognito:username': username, email: `${username}@example.com`, exp, iat, token_use: 'id' }),
      RefreshToken: `refresh-of-${username}`,
      ExpiresIn: 3600,
      TokenType: 'Bearer',
    },
  };
}
