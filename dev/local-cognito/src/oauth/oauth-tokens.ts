/**
 * Tokens for managed-login sign-ins (docs/cognito.md §8.5 says why this way). cognito-local mints
 * a set as for any sign-in (steps.ts issueTokens, with the stored password, which for a linked
 * user is one nobody knows), so the refresh token is one it stores and every existing refresh,
 * rotation, revocation and sign-out path keeps working. The proxy then re-signs the access and ID
 * tokens with cognito-local's key (jwt-signing.ts), adding what cognito-local cannot: the granted
 * `scope`, `nonce`, `identities`, every user attribute, `at_hash`, `origin_jti` and `auth_time`.
 * Refreshes of such a refresh token get the same treatment (oauth-grants.ts).
 */
import { randomUUID } from 'node:crypto';
import { record, type Context } from '../context.js';
import { errors } from '../errors.js';
import { completeTokens, issueTokens } from '../steps.js';
import { decodeJwt } from '../tokens.js';
import type { Json } from '../upstream.js';
import type { AppClient, StoredUser } from '../user-store.js';
import { accessTokenHash, signJwt } from './jwt-signing.js';
import type { OAuthGrant } from './oauth-grants.js';

export interface OAuthSignIn {
  client: AppClient;
  username: string;
  scopes: string[];
  /** The authorize request's `nonce`, copied into the ID token. */
  nonce?: string;
  /** When the managed login authenticated the user (epoch seconds). */
  authTime: number;
}

export interface OAuthTokenSet {
  accessToken: string;
  idToken: string;
  refreshToken: string;
  expiresIn: number;
  scopes: string[];
}

/** A fresh set for an authorization code being exchanged. */
export async function mintOAuthTokens(ctx: Context, signIn: OAuthSignIn): Promise<OAuthTokenSet> {
  const issued = record((await issueTokens(ctx, { client: signIn.client, username: signIn.username, flow: 'USER_PASSWORD_AUTH' })).AuthenticationResult);
  const refreshToken = String(issued.RefreshToken);
  const grant = ctx.managedLogin.grants.record(refreshToken, {
    clientId: signIn.client.ClientId,
    poolId: signIn.client.UserPoolId,
    username: signIn.username,
    scopes: signIn.scopes,
    originJti: randomUUID(),
    authTime: signIn.authTime,
  });
  const shaped = await shapeTokens(ctx, grant, issued, signIn.nonce);
  ctx.tokens.noteIssued({ AccessToken: shaped.AccessToken, RefreshToken: refreshToken });
  return { accessToken: shaped.AccessToken, idToken: shaped.IdToken, refreshToken, expiresIn: Number(completeTokens(shaped).ExpiresIn), scopes: signIn.scopes };
}

/**
 * A refresh's AuthenticationResult (from cognito-local, or a rotated set from issueTokens) made
 * into managed-login tokens when `usedRefreshToken` came from the managed login; anything else is
 * answered as it is. A rotated refresh token inherits the grant.
 */
export async function shapeRefreshedTokens(ctx: Context, usedRefreshToken: string, result: Json): Promise<Json> {
  const grant = ctx.managedLogin.grants.get(usedRefreshToken);
  if (!grant) return result;
  const rotated = typeof result.RefreshToken === 'string' ? result.RefreshToken : undefined;
  if (rotated) ctx.managedLogin.grants.record(rotated, grant);
  const shaped = await shapeTokens(ctx, grant, result);
  ctx.tokens.noteIssued({ AccessToken: shaped.AccessToken, RefreshToken: rotated ?? usedRefreshToken });
  return { ...result, AccessToken: shaped.AccessToken, IdToken: shaped.IdToken };
}

/** The scopes a managed-login refresh token was granted, or undefined for an API sign-in's. */
export function grantedScopes(ctx: Context, refreshToken: string): string[] | undefined {
  return ctx.managedLogin.grants.get(refreshToken)?.scopes;
}

async function shapeTokens(ctx: Context, grant: OAuthGrant, base: Json, nonce?: string): Promise<{ AccessToken: string; IdToken: string }> {
  const access = decodeJwt(base.AccessToken);
  const id = decodeJwt(base.IdToken);
  if (!access || !id) throw errors.internal('cognito-local answered without access and ID tokens');
  const user = await ctx.store.findUser(grant.poolId, grant.username);
  if (!user) throw errors.userNotFound();
  const accessPayload = {
    ...access.payload,
    scope: grant.scopes.join(' '),
    origin_jti: grant.originJti,
    auth_time: grant.authTime,
    version: 2,
    jti: randomUUID(),
  };
  const accessToken = signJwt(access.header, accessPayload);
  const idPayload = withoutUndefined({
    ...id.payload,
    ...userClaims(user),
    'cognito:username': user.Username,
    nonce,
    at_hash: accessTokenHash(accessToken),
    origin_jti: grant.originJti,
    auth_time: grant.authTime,
    jti: randomUUID(),
  });
  return { AccessToken: accessToken, IdToken: signJwt(id.header, idPayload) };
}

/**
 * The user's attributes as ID-token claims: `*_verified` as booleans (cognito-local turns the
 * string "false" into true), `identities` as the JSON array Cognito puts there.
 */
export function userClaims(user: StoredUser): Record<string, unknown> {
  const claims: Record<string, unknown> = {};
  for (const { Name, Value } of user.Attributes ?? []) {
    if (Name.endsWith('_verified')) claims[Name] = Value === 'true';
    else if (Name === 'identities') claims[Name] = parseIdentities(Value);
    else claims[Name] = Value;
  }
  return claims;
}

function parseIdentities(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

function withoutUndefined(claims: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(claims).filter(([, value]) => value !== undefined));
}
