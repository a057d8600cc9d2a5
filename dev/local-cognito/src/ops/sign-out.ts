/**
 * GlobalSignOut (missing in cognito-local: its old access tokens keep working) and RevokeToken.
 * Revocation lives in the TokenRegistry, which every token-bearing call is checked against.
 */
import type { Context, OperationRequest } from '../context.js';
import { CognitoError } from '../errors.js';
import { poolIdOf } from '../tokens.js';

export async function globalSignOut(ctx: Context, { body }: OperationRequest) {
  const claims = await ctx.tokens.checkAccessToken(body.AccessToken);
  const poolId = poolIdOf(claims);
  const username = String(claims.username);
  ctx.tokens.signOut(poolId, username);
  const user = await ctx.store.findUser(poolId, username);
  for (const token of user?.RefreshTokens ?? []) {
    ctx.tokens.revokeRefreshToken(token);
    // Also upstream, so cognito-local itself refuses the refresh token.
    await ctx.upstream.call('RevokeToken', { ClientId: claims.client_id, Token: token }).catch(() => undefined);
  }
  return {};
}

export async function revokeToken(ctx: Context, { body }: OperationRequest) {
  await ctx.store.client(body.ClientId);
  const token = body.Token;
  // Revoking twice succeeds, as in Cognito; cognito-local would answer NotAuthorized.
  if (typeof token === 'string' && ctx.tokens.isRefreshTokenRevoked(token)) return {};
  try {
    await ctx.upstream.call('RevokeToken', body);
  } catch (error) {
    if (error instanceof CognitoError && error.type === 'NotAuthorizedException') {
      throw new CognitoError('UnsupportedTokenTypeException', 'Invalid token');
    }
    throw error;
  }
  if (typeof token === 'string') ctx.tokens.revokeRefreshToken(token);
  return {};
}
