/**
 * The stand-in identity providers at `/_idp/NAME/authorize`: a page listing the provider's test
 * identities and a Cancel button. Choosing one answers Cognito's `/oauth2/idpresponse` as an OIDC
 * or social provider does, with a one-time code and the state Cognito sent; Cancel answers with
 * the provider's own error code (e.g. `access_denied`, Apple's `user_cancelled_authorize`). SAML
 * providers answer the same way: a real one POSTs a signed SAMLResponse to `/saml2/idpresponse`,
 * which this stand-in does not imitate (docs/cognito.md §8.5).
 */
import type { Context } from '../context.js';
import { IDP_RESPONSE_PATH } from './authorize-endpoint.js';
import { readForm, redirect, sendHtml, withParams, type Exchange } from './http.js';
import type { IdentityProvider } from './identity-providers.js';
import { errorPage, providerPage } from './pages.js';

export async function showProviderPage(ctx: Context, exchange: Exchange, providerName: string): Promise<void> {
  const provider = knownProvider(ctx, exchange, providerName);
  if (!provider) return;
  const query = exchange.url.searchParams;
  const redirectUri = query.get('redirect_uri') ?? '';
  if (!answersThisManagedLogin(exchange, redirectUri)) return refuse(exchange, 'redirect_uri must be this managed login\u2019s /oauth2/idpresponse');
  const state = query.get('state');
  if (!state) return refuse(exchange, 'state is missing');
  sendHtml(
    exchange.res,
    200,
    providerPage(provider, [
      ['state', state],
      ['redirect_uri', redirectUri],
    ]),
  );
}

export async function answerProviderPage(ctx: Context, exchange: Exchange, providerName: string): Promise<void> {
  const provider = knownProvider(ctx, exchange, providerName);
  if (!provider) return;
  const form = (await readForm(exchange)) ?? new URLSearchParams();
  const redirectUri = form.get('redirect_uri') ?? '';
  if (!answersThisManagedLogin(exchange, redirectUri)) return refuse(exchange, 'redirect_uri must be this managed login\u2019s /oauth2/idpresponse');
  const state = form.get('state') ?? undefined;
  if (form.has('cancel')) {
    return redirect(exchange.res, withParams(redirectUri, { error: provider.cancelError, error_description: `The user cancelled the sign-in at ${provider.label}`, state }));
  }
  const userId = form.get('identity') ?? '';
  if (!ctx.managedLogin.providers.identity(provider.name, userId)) return refuse(exchange, `${provider.label} has no test identity ${userId}`);
  const code = ctx.managedLogin.providerCodes.issue({ providerName: provider.name, userId });
  redirect(exchange.res, withParams(redirectUri, { code, state }));
}

function knownProvider(ctx: Context, exchange: Exchange, name: string): IdentityProvider | undefined {
  const provider = ctx.managedLogin.providers.byName(name);
  if (!provider) sendHtml(exchange.res, 404, errorPage('unknown_provider', `No stand-in identity provider ${name}`));
  return provider;
}

/** A stand-in only ever answers the managed login it belongs to. */
function answersThisManagedLogin(exchange: Exchange, redirectUri: string): boolean {
  return redirectUri === `${exchange.baseUrl}${IDP_RESPONSE_PATH}`;
}

function refuse(exchange: Exchange, why: string): void {
  sendHtml(exchange.res, 400, errorPage('invalid_request', why));
}
