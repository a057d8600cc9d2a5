/**
 * `POST /oauth2/token` (form-encoded): `authorization_code` with PKCE, and `refresh_token`.
 * Client authentication: `client_id` in the body for public clients; a client with a secret sends
 * it by HTTP Basic or as `client_secret`. Errors are `400 {"error", "error_description"}`:
 * `invalid_request` (a parameter missing, including a PKCE verifier owed), `invalid_client`,
 * `unauthorized_client` (OAuth or the grant not enabled for the client; a redirect_uri other than
 * the authorize request's, described `invalid_redirect`), `invalid_grant` (code unknown, used,
 * late, of another client, or a wrong verifier; refresh token revoked, expired or unknown) and
 * `unsupported_grant_type`.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { record, type Context } from '../context.js';
import { CognitoError } from '../errors.js';
import { getTokensFromRefreshToken } from '../ops/refresh.js';
import type { AppClient } from '../user-store.js';
import { oauthClientFor, type OAuthClientSettings } from './app-client-settings.js';
import { readForm, sendJson, type Exchange } from './http.js';
import { EndpointError } from './oauth-errors.js';
import { grantedScopes, mintOAuthTokens } from './oauth-tokens.js';

export async function tokenEndpoint(ctx: Context, exchange: Exchange): Promise<void> {
  const form = await readForm(exchange);
  if (!form) throw new EndpointError('invalid_request', 'The body must be application/x-www-form-urlencoded');
  const { client, oauth } = await authenticateClient(ctx, exchange, form);
  const grantType = form.get('grant_type');
  if (!grantType) throw new EndpointError('invalid_request', 'grant_type is missing');
  if (grantType === 'authorization_code') return sendJson(exchange.res, 200, await exchangeCode(ctx, client, oauth, form));
  if (grantType === 'refresh_token') return sendJson(exchange.res, 200, await refresh(ctx, client, form));
  throw new EndpointError('unsupported_grant_type', `Unsupported grant_type ${grantType}`);
}

/** The client from Basic auth or `client_id`, with its secret checked when it has one. */
async function authenticateClient(ctx: Context, exchange: Exchange, form: URLSearchParams): Promise<{ client: AppClient; oauth: OAuthClientSettings }> {
  const basic = basicCredentials(String(exchange.req.headers.authorization ?? ''));
  const bodyId = form.get('client_id');
  if (basic && bodyId && bodyId !== basic.id) throw new EndpointError('invalid_client', 'client_id differs from the Authorization header');
  const clientId = basic?.id ?? bodyId;
  if (!clientId) throw new EndpointError('invalid_client', 'client_id is missing');
  const client = await ctx.store.client(clientId).catch(() => undefined);
  if (!client) throw new EndpointError('invalid_client', `No app client ${clientId}`);
  if (client.ClientSecret) {
    const secret = basic?.secret ?? form.get('client_secret');
    if (!secret || !sameText(secret, client.ClientSecret)) throw new EndpointError('invalid_client', 'Client authentication failed');
  }
  const oauth = oauthClientFor(ctx.settings.current.oauthClients, clientId);
  if (!oauth.AllowedOAuthFlowsUserPoolClient) throw new EndpointError('unauthorized_client', 'Client is not enabled for OAuth2.0 flows.');
  return { client, oauth };
}

async function exchangeCode(ctx: Context, client: AppClient, oauth: OAuthClientSettings, form: URLSearchParams) {
  if (!oauth.AllowedOAuthFlows.includes('code')) throw new EndpointError('unauthorized_client', 'The code flow is not allowed for this client');
  const code = form.get('code');
  if (!code) throw new EndpointError('invalid_request', 'code is missing');
  const redirectUri = form.get('redirect_uri');
  if (!redirectUri) throw new EndpointError('invalid_request', 'redirect_uri is missing');
  const codes = ctx.managedLogin.codes;
  const lookup = codes.peek(code);
  if (!lookup.found) throw new EndpointError('invalid_grant', 'The authorization code is invalid, used or expired');
  const grant = lookup.grant;
  // Whether a failed exchange spends the code is undocumented: a setting (docs/cognito.md §8.5).
  const fail = (error: EndpointError): never => {
    if (ctx.settings.current.oauthCodeSpentOnFailedExchange) codes.spend(code);
    throw error;
  };
  if (grant.clientId !== client.ClientId) fail(new EndpointError('invalid_grant', 'The authorization code was issued to another client'));
  if (grant.redirectUri !== redirectUri) fail(new EndpointError('unauthorized_client', 'invalid_redirect'));
  if (grant.codeChallenge) {
    const verifier = form.get('code_verifier');
    if (!verifier) fail(new EndpointError('invalid_request', 'code_verifier is missing'));
    if (!sameText(createHash('sha256').update(verifier!).digest('base64url'), grant.codeChallenge)) {
      fail(new EndpointError('invalid_grant', 'code_verifier does not match the code_challenge'));
    }
  }
  codes.spend(code);
  const user = await ctx.store.findUser(grant.poolId, grant.username);
  if (!user || user.Enabled === false) throw new EndpointError('invalid_grant', 'User is disabled or no longer exists');
  const tokens = await mintOAuthTokens(ctx, { client, username: user.Username, scopes: grant.scopes, nonce: grant.nonce, authTime: grant.authTime });
  return {
    ...(tokens.scopes.includes('openid') ? { id_token: tokens.idToken } : {}),
    access_token: tokens.accessToken,
    refresh_token: tokens.refreshToken,
    expires_in: tokens.expiresIn,
    token_type: 'Bearer',
  };
}

/** Through the same path as GetTokensFromRefreshToken (revocation, expiry, rotation), answered the OAuth way. */
async function refresh(ctx: Context, client: AppClient, form: URLSearchParams) {
  const token = form.get('refresh_token');
  if (!token) throw new EndpointError('invalid_request', 'refresh_token is missing');
  const owner = ctx.managedLogin.grants.get(token);
  if (owner && owner.clientId !== client.ClientId) throw new EndpointError('invalid_grant', 'The refresh token was issued to another client');
  let result: Record<string, unknown>;
  try {
    const answer = await getTokensFromRefreshToken(ctx, { body: { ClientId: client.ClientId, RefreshToken: token, ClientSecret: client.ClientSecret } });
    result = record(answer.AuthenticationResult);
  } catch (error) {
    if (error instanceof CognitoError && ['NotAuthorizedException', 'RefreshTokenReuseException', 'UserNotFoundException'].includes(error.type)) {
      throw new EndpointError('invalid_grant', error.message);
    }
    throw error;
  }
  const scopes = grantedScopes(ctx, token);
  return {
    ...(!scopes || scopes.includes('openid') ? { id_token: result.IdToken } : {}),
    access_token: result.AccessToken,
    ...(typeof result.RefreshToken === 'string' ? { refresh_token: result.RefreshToken } : {}),
    expires_in: result.ExpiresIn,
    token_type: 'Bearer',
  };
}

function basicCredentials(header: string): { id: string; secret: string } | undefined {
  const match = /^Basic\s+(\S+)$/i.exec(header);
  if (!match) return undefined;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return undefined;
  try {
    return { id: decodeURIComponent(decoded.slice(0, colon)), secret: decodeURIComponent(decoded.slice(colon + 1)) };
  } catch {
    return undefined;
  }
}

function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
