/**
 * What the identity-js backend's parts share: the pool, the storage and the pool's client, plus
 * the conversions from identity-js's objects to the kit's (sessions, code deliveries).
 */
import {
  CognitoAccessToken,
  CognitoIdToken,
  CognitoRefreshToken,
  CognitoUser,
  CognitoUserSession,
  type CognitoUserPool,
  type ICognitoStorage,
} from 'amazon-cognito-identity-js';
import type { AuthSession } from '../../core/backend.js';
import { str } from '../wire.js';
import { CallClient, type CallState, type IdentityJsClient } from './client.js';

export interface IdentityJsContext {
  readonly pool: CognitoUserPool;
  readonly storage: ICognitoStorage;
  /** The pool's own `Client` (its endpoint and fetch options); every call wraps it. */
  readonly client: IdentityJsClient;
  readonly clientId: string;
  readonly refreshMargin: number;
  /** ms before a call without an answer fails with `TimeoutError`. */
  readonly timeout: number;
  readonly now: () => number;
}

/** identity-js fields the typings leave out. */
export interface UserInternals {
  client: IdentityJsClient;
  Session: string | null;
  username: string;
  keyPrefix: string;
  userDataKey: string;
  revokeToken?(input: { token: string; callback: (error?: unknown) => void }): void;
}

export const internals = (user: CognitoUser) => user as unknown as UserInternals;

/** A `CognitoUser` on the pool and the backend's storage; with a call, its requests go through it. */
export function userFor(ctx: IdentityJsContext, username: string, call?: CallState): CognitoUser {
  const user = new CognitoUser({ Username: username, Pool: ctx.pool, Storage: ctx.storage });
  if (call) internals(user).client = new CallClient(ctx.client, call);
  return user;
}

/** A `CognitoUserSession` from token strings (what identity-js caches, or an AuthenticationResult). */
export function userSession(tokens: { idToken?: string | null; accessToken: string; refreshToken?: string | null }): CognitoUserSession {
  return new CognitoUserSession({
    IdToken: new CognitoIdToken({ IdToken: tokens.idToken ?? '' }),
    AccessToken: new CognitoAccessToken({ AccessToken: tokens.accessToken }),
    RefreshToken: new CognitoRefreshToken({ RefreshToken: tokens.refreshToken ?? '' }),
  });
}

export function expiresAtOf(accessToken: string, now: number): number {
  const exp = new CognitoAccessToken({ AccessToken: accessToken }).getExpiration();
  return typeof exp === 'number' ? exp * 1000 : now + 3_600_000;
}

/** What the page may see of a session: claims and expiry, never the refresh token. */
export function toSession(session: CognitoUserSession, fallbackUsername: string, now: number): AuthSession {
  const idTokenClaims = Object.freeze({ ...session.getIdToken().payload });
  const accessTokenClaims = Object.freeze({ ...session.getAccessToken().payload });
  const username = str(accessTokenClaims.username) ?? str(idTokenClaims['cognito:username']) ?? fallbackUsername;
  const expiresAt = expiresAtOf(session.getAccessToken().getJwtToken(), now);
  return Object.freeze({ username, idTokenClaims, accessTokenClaims, expiresAt });
}
