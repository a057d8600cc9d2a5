/**
 * `GET /logout`: ends the managed-login session (its cookie) and redirects. Either `client_id` +
 * `logout_uri`, which must be one of the client's sign-out URLs (LogoutURLs), then a redirect
 * there; or `client_id` + `redirect_uri` + `response_type` (+ `scope`, `state`), checked as an
 * authorize request, then the sign-in page again. It signs nobody out of the app (tokens stay
 * valid) nor out of a provider, as with Cognito.
 */
import type { Context } from '../context.js';
import { readAuthorizeRequest } from './authorize-request.js';
import { oauthClientFor } from './app-client-settings.js';
import { redirect, type Exchange } from './http.js';
import { ErrorPageError } from './oauth-errors.js';
import { registeredUrl } from './url-patterns.js';

export async function logoutEndpoint(ctx: Context, exchange: Exchange): Promise<void> {
  const query = exchange.url.searchParams;
  const clientId = query.get('client_id');
  if (!clientId) throw new ErrorPageError('invalid_request', 'client_id is missing');
  const client = await ctx.store.client(clientId).catch(() => undefined);
  if (!client) throw new ErrorPageError('invalid_client', `No app client ${clientId}`, clientId);
  const logoutUri = query.get('logout_uri');
  if (logoutUri !== null) {
    if (!registeredUrl(logoutUri, oauthClientFor(ctx.settings.current.oauthClients, clientId).LogoutURLs)) {
      throw new ErrorPageError('redirect_mismatch', 'logout_uri is not one of the app client\u2019s sign-out URLs', clientId);
    }
    return redirect(exchange.res, logoutUri, [ctx.managedLogin.sessions.end(exchange.req)]);
  }
  if (query.get('redirect_uri') === null) throw new ErrorPageError('invalid_request', 'logout_uri or redirect_uri is required', clientId);
  const request = await readAuthorizeRequest(ctx, query);
  redirect(exchange.res, `${exchange.baseUrl}/login?${request.query}`, [ctx.managedLogin.sessions.end(exchange.req)]);
}
