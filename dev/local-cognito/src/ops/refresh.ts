/**
 * Token refresh: InitiateAuth REFRESH_TOKEN_AUTH and GetTokensFromRefreshToken, with the client's
 * refresh-token rotation (settings.ts; refresh-rotation.ts keeps the replaced tokens). Without
 * rotation cognito-local refreshes (no new refresh token); with it, cognito-local mints a fresh
 * set as at sign-in (steps.ts issueTokens), so the new refresh token is one it knows. A
 * managed-login refresh token's tokens keep its grant's scopes and claims (oauth/oauth-tokens.ts).
 * With device tracking on, a device key sent must be one of the user's devices (refreshDevice).
 */
import { record, type Context } from '../context.js';
import { CognitoError, errors } from '../errors.js';
import { shapeRefreshedTokens } from '../oauth/oauth-tokens.js';
import { rotationFor } from '../settings.js';
import { issueTokens, completeTokens } from '../steps.js';
import { reissueTokens, type TokenChanges } from '../token-reissue.js';
import { decodeJwt } from '../tokens.js';
import type { Json } from '../upstream.js';
import type { AppClient } from '../user-store.js';

/** Cognito's documented rule: with rotation on, refreshing goes through GetTokensFromRefreshToken only. */
export const ROTATION_REFUSAL = 'Refresh token rotation must be completed with GetTokensFromRefreshToken';

/** Revoked (GlobalSignOut, RevokeToken) and expired tokens, which cognito-local would not notice. */
function refuseUnusable(ctx: Context, token: string): void {
  if (ctx.tokens.isRefreshTokenRevoked(token)) throw errors.notAuthorized('Refresh Token has been revoked');
  const exp = decodeJwt(token)?.payload.exp;
  if (typeof exp === 'number' && exp * 1000 < Date.now()) throw errors.notAuthorized('Refresh Token has expired');
}

/** cognito-local's REFRESH_TOKEN_AUTH: new access and ID tokens, the same refresh token. */
async function refreshUpstream(ctx: Context, client: AppClient, token: string, changes: TokenChanges = {}): Promise<Json> {
  let result: Json;
  try {
    result = await ctx.upstream.call('InitiateAuth', { AuthFlow: 'REFRESH_TOKEN_AUTH', ClientId: client.ClientId, AuthParameters: { REFRESH_TOKEN: token } });
  } catch (error) {
    if (error instanceof CognitoError && error.type === 'NotAuthorizedException') throw errors.notAuthorized('Invalid Refresh Token');
    throw error;
  }
  const tokens = reissueTokens(record(result.AuthenticationResult), ctx.settings.current, changes);
  ctx.tokens.noteIssued(tokens, token);
  const { RefreshToken: _none, ...rest } = completeTokens(tokens);
  return shapeRefreshedTokens(ctx, token, rest);
}

/**
 * Device tracking on: a device key sent must be a device of the refresh token's user ("Device does
 * not exist." otherwise), and goes into the access token; GetTokensFromRefreshToken without one
 * gets a new device key, as its reference says ("Amazon Cognito issues a new one").
 */
async function refreshDevice(ctx: Context, client: AppClient, token: string, deviceKey: unknown, issueWhenMissing: boolean) {
  // Managed-login sign-ins are not device-tracked (their refreshes come through /oauth2/token).
  if (deviceKey === undefined && ctx.managedLogin.grants.get(token)) return {};
  if (!ctx.settings.current.deviceConfiguration || (deviceKey === undefined && !issueWhenMissing)) return {};
  const user = await ctx.store.findUserByRefreshToken(client.UserPoolId, token);
  if (!user) throw errors.notAuthorized('Invalid Refresh Token');
  if (deviceKey === undefined) {
    const metadata = ctx.devices.issue(client.UserPoolId, user.Username);
    return { changes: { deviceKey: metadata.DeviceKey }, metadata };
  }
  if (!ctx.devices.get(client.UserPoolId, user.Username, deviceKey)) throw errors.deviceNotFound();
  return { changes: { deviceKey: deviceKey as string } };
}

/** InitiateAuth with REFRESH_TOKEN_AUTH (or REFRESH_TOKEN); the flow check is the caller's. */
export async function refreshTokenAuth(ctx: Context, client: AppClient, params: Json): Promise<Json> {
  const token = params.REFRESH_TOKEN;
  if (typeof token !== 'string' || !token) throw errors.invalidParameter('Missing required parameter REFRESH_TOKEN');
  refuseUnusable(ctx, token);
  const { changes } = await refreshDevice(ctx, client, token, params.DEVICE_KEY, false);
  return { ChallengeParameters: {}, AuthenticationResult: await refreshUpstream(ctx, client, token, changes) };
}

/** Refused before the flow check: with rotation on, the client is not meant to list the flow at all. */
export function refuseRefreshAuthWhenRotating(ctx: Context, client: AppClient): void {
  if (rotationFor(ctx.settings.current, client.ClientId).Feature === 'ENABLED') throw errors.invalidParameter(ROTATION_REFUSAL);
}

/** The client's secret, when it has one, must come as ClientSecret itself (not SECRET_HASH). */
function checkClientSecret(client: AppClient, secret: unknown): void {
  if (!client.ClientSecret) return;
  if (secret === undefined) throw errors.notAuthorized(`Client ${client.ClientId} is configured with secret but ClientSecret was not received`);
  if (secret !== client.ClientSecret) throw errors.notAuthorized(`Unable to verify secret for client ${client.ClientId}`);
}

export async function getTokensFromRefreshToken(ctx: Context, { body }: { body: Json }): Promise<Json> {
  const client = await ctx.store.client(body.ClientId);
  const token = body.RefreshToken;
  if (typeof token !== 'string' || !token) throw errors.invalidParameter('Missing required parameter RefreshToken');
  checkClientSecret(client, body.ClientSecret);
  refuseUnusable(ctx, token);
  const rotation = rotationFor(ctx.settings.current, client.ClientId);
  const replaced = ctx.rotation.get(token);
  if (replaced && Date.now() > replaced.at + rotation.RetryGracePeriodSeconds * 1000) {
    throw new CognitoError('RefreshTokenReuseException', 'Refresh token has already been used and was replaced by rotation.');
  }
  const { changes, metadata } = await refreshDevice(ctx, client, token, body.DeviceKey, true);
  const withDevice = (result: Json) => (metadata ? { ...result, NewDeviceMetadata: metadata } : result);
  if (rotation.Feature !== 'ENABLED' && !replaced) return { AuthenticationResult: withDevice(await refreshUpstream(ctx, client, token, changes)) };

  // Rotation (or a replaced token still within its grace period): a fresh set for the token's owner.
  const user = replaced
    ? await ctx.store.findUser(replaced.poolId, replaced.username)
    : await ctx.store.findUserByRefreshToken(client.UserPoolId, token);
  if (!user) throw errors.notAuthorized('Invalid Refresh Token');
  if (user.Enabled === false) throw errors.notAuthorized('User is disabled.');
  const issued = await issueTokens(ctx, { client, username: user.Username, flow: 'USER_PASSWORD_AUTH', clientMetadata: body.ClientMetadata }, changes);
  ctx.rotation.replaced(token, client.UserPoolId, user.Username);
  return { AuthenticationResult: withDevice(await shapeRefreshedTokens(ctx, token, record(issued.AuthenticationResult))) };
}
