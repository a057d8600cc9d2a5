/**
 * `POST /oauth2/revoke` (form-encoded `token` = a refresh token, plus `client_id`, or Basic auth
 * for a client with a secret): `200` with an empty body. Revoking covers the refresh token and the
 * access tokens minted from it (the same path as the RevokeToken operation, ops/sign-out.ts).
 * Errors are JSON: `invalid_request` (no token, or revocation disabled on the client),
 * `invalid_client`, `unsupported_token_type` (not a refresh token of this client).
 */
import type { Context } from '../context.js';
import { CognitoError } from '../errors.js';
import { revokeToken } from '../ops/sign-out.js';
import { readForm, type Exchange } from './http.js';
import { EndpointError } from './oauth-errors.js';

export async function revokeEndpoint(ctx: Context, exchange: Exchange): Promise<void> {
  const form = await readForm(exchange);
  if (!form) throw new EndpointError('invalid_request', 'The body must be application/x-www-form-urlencoded');
  const basic = /^Basic\s+(\S+)$/i.exec(String(exchange.req.headers.authorization ?? ''));
  const [basicId, basicSecret] = basic ? Buffer.from(basic[1], 'base64').toString('utf8').split(':') : [];
  const clientId = basicId ?? form.get('client_id');
  if (!clientId) throw new EndpointError('invalid_client', 'client_id is missing');
  const client = await ctx.store.client(clientId).catch(() => undefined);
  if (!client) throw new EndpointError('invalid_client', `No app client ${clientId}`);
  const secret = basicSecret ?? form.get('client_secret') ?? undefined;
  if (client.ClientSecret && secret !== client.ClientSecret) throw new EndpointError('invalid_client', 'Client authentication failed');
  const token = form.get('token');
  if (!token) throw new EndpointError('invalid_request', 'token is missing');
  if (client.EnableTokenRevocation === false) throw new EndpointError('invalid_request', 'Token revocation is disabled for this client');
  const owner = ctx.managedLogin.grants.get(token);
  if (owner && owner.clientId !== client.ClientId) throw new EndpointError('unsupported_token_type', 'The token was issued to another client');
  try {
    await revokeToken(ctx, { operation: 'RevokeToken', body: { ClientId: client.ClientId, Token: token }, raw: '' });
  } catch (error) {
    if (error instanceof CognitoError && error.type === 'UnsupportedTokenTypeException') throw new EndpointError('unsupported_token_type', error.message);
    throw error;
  }
  exchange.res.writeHead(200, { 'cache-control': 'no-store', 'content-length': '0' }).end();
}
