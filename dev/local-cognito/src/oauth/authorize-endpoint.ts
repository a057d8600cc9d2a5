/**
 * `GET /oauth2/authorize` and `GET /oauth2/idpresponse`. Authorize reads the request
 * (authorize-request.ts), then: with `identity_provider` / `idp_identifier` naming a provider,
 * straight to that stand-in provider; with a live managed-login session (and no `prompt=login`),
 * straight back with a code; with `prompt=none` and no session, `error=login_required`; otherwise
 * the local sign-in page (`/login`, same query). The provider answers at idpresponse, where the
 * linked user is found or made and the app gets its code.
 */
import type { Context } from '../context.js';
import { readAuthorizeRequest, COGNITO_PROVIDER, type AuthorizeRequest } from './authorize-request.js';
import { redirect, withParams, type Exchange } from './http.js';
import { ErrorPageError, RedirectedError } from './oauth-errors.js';
import { completeSignIn, redirectError, type AuthenticatedUser } from './sign-in-completion.js';

/** Where the stand-in providers send the browser back to. */
export const IDP_RESPONSE_PATH = '/oauth2/idpresponse';

export async function authorize(ctx: Context, exchange: Exchange): Promise<void> {
  const request = await readAuthorizeRequest(ctx, exchange.url.searchParams);
  const forceLogin = request.prompts.includes('login') || request.prompts.includes('select_account');
  const session = forceLogin ? undefined : await liveSession(ctx, exchange, request);
  if (request.prompts.includes('none')) {
    if (session) return completeSignIn(ctx, exchange, request, session);
    throw new RedirectedError('login_required', 'The user is not signed in to the managed login');
  }
  if (request.providerName && request.providerName !== COGNITO_PROVIDER) return toProvider(ctx, exchange, request, request.providerName);
  if (session) return completeSignIn(ctx, exchange, request, session);
  redirect(exchange.res, `${exchange.baseUrl}/login?${request.query}`);
}

/** The browser's managed-login session, when it is for this pool and its user can still sign in. */
async function liveSession(ctx: Context, exchange: Exchange, request: AuthorizeRequest): Promise<AuthenticatedUser | undefined> {
  const session = ctx.managedLogin.sessions.current(exchange.req);
  if (!session || session.poolId !== request.client.UserPoolId) return undefined;
  const user = await ctx.store.findUser(session.poolId, session.username);
  if (!user || user.Enabled === false) return undefined;
  return { username: user.Username, authTime: session.authTime };
}

/** Off to the provider, as Cognito sends the browser to the IdP with its own state. */
function toProvider(ctx: Context, exchange: Exchange, request: AuthorizeRequest, providerName: string): void {
  const state = ctx.managedLogin.pending.start({ request, providerName });
  const target = withParams(`${exchange.baseUrl}/_idp/${encodeURIComponent(providerName)}/authorize`, {
    client_id: `local-managed-login-${request.client.UserPoolId}`,
    redirect_uri: `${exchange.baseUrl}${IDP_RESPONSE_PATH}`,
    response_type: 'code',
    scope: 'openid email profile',
    state,
  });
  redirect(exchange.res, target);
}

/**
 * The provider's answer: `?code=…&state=…`, or `?error=…[&error_description=…]&state=…`, which
 * Cognito relays to the app (the `idpCancelError` setting may replace the code).
 */
export async function idpResponse(ctx: Context, exchange: Exchange): Promise<void> {
  const query = exchange.url.searchParams;
  const pending = ctx.managedLogin.pending.take(query.get('state') ?? '');
  // Replayed, late or unknown state: no sign-in is waiting, so there is no app to tell.
  if (!pending) throw new ErrorPageError('invalid_request', 'No sign-in is waiting for this provider answer (used twice, too late, or unknown state)');
  const { request, providerName } = pending;
  try {
    const providerError = query.get('error');
    if (providerError) {
      throw new RedirectedError(ctx.settings.current.idpCancelError ?? providerError, query.get('error_description') ?? `${providerName} did not sign the user in`);
    }
    const assertion = ctx.managedLogin.providerCodes.redeem(query.get('code') ?? '');
    const provider = ctx.managedLogin.providers.byName(providerName);
    const identity = assertion?.providerName === providerName ? ctx.managedLogin.providers.identity(providerName, assertion.userId) : undefined;
    // Cognito's wording for a failed exchange with the IdP (docs/cognito.md §8.5).
    if (!provider || !identity) throw new RedirectedError('invalid_request', `${providerName} Error - 400 error getting token`);
    const username = await ctx.managedLogin.federatedUsers.link(ctx, request.client.UserPoolId, provider, identity);
    const user = await ctx.store.findUser(request.client.UserPoolId, username);
    if (user?.Enabled === false) throw new RedirectedError('invalid_request', 'User is disabled.');
    completeSignIn(ctx, exchange, request, { username, authTime: Math.floor(Date.now() / 1000) }, true);
  } catch (error) {
    if (!(error instanceof RedirectedError)) throw error;
    redirectError(exchange, request.redirectUri, request.state, error);
  }
}
