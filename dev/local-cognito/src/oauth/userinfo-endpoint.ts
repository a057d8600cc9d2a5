/**
 * `GET` (or `POST`) `/oauth2/userInfo` with `Authorization: Bearer <access token>`: the user's
 * attributes within the token's scopes (scopes.ts). Only managed-login tokens are accepted: the
 * token must carry `openid`, which API sign-ins' tokens never do. Errors come in
 * `WWW-Authenticate` (and a JSON body): 400 `invalid_request` without a token, 401 `invalid_token`
 * for a bad, expired or revoked one, 403 `insufficient_scope` without `openid`.
 */
import type { Context } from '../context.js';
import { CognitoError } from '../errors.js';
import { poolIdOf, scopesOf } from '../tokens.js';
import { sendJson, type Exchange } from './http.js';
import { EndpointError } from './oauth-errors.js';
import { userInfoClaims } from './scopes.js';

const INVALID_TOKEN = 'Access token is expired, disabled, or deleted, or the user has globally signed out.';

export async function userInfoEndpoint(ctx: Context, exchange: Exchange): Promise<void> {
  const match = /^Bearer\s+(\S+)$/i.exec(String(exchange.req.headers.authorization ?? ''));
  if (!match) throw new EndpointError('invalid_request', 'Authorization: Bearer <access token> is missing');
  let claims;
  try {
    claims = await ctx.tokens.checkAccessToken(match[1], null);
  } catch (error) {
    if (error instanceof CognitoError && error.type === 'NotAuthorizedException') throw new EndpointError('invalid_token', INVALID_TOKEN, 401);
    throw error;
  }
  const scopes = scopesOf(claims);
  if (!scopes.includes('openid')) throw new EndpointError('insufficient_scope', 'The access token does not have the openid scope', 403);
  const user = await ctx.store.findUser(poolIdOf(claims), claims.username);
  if (!user || user.Enabled === false) throw new EndpointError('invalid_token', INVALID_TOKEN, 401);
  sendJson(exchange.res, 200, userInfoClaims(user, scopes));
}

/** RFC 6750 §3: the error in a WWW-Authenticate challenge as well as in the body. */
export function bearerChallenge(error: EndpointError): string {
  return `Bearer error="${error.error}"${error.description ? `, error_description="${error.description.replace(/"/g, "'")}"` : ''}`;
}
