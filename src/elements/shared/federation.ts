/**
 * `<auth-flow>`'s managed-login wiring (docs/cognito.md §11): the identity providers from its
 * attributes and their buttons, the `FederatedSignIn` its attributes describe, and the return from a
 * provider completed and then removed from the page's address. Fetched only where a page sets
 * `oauth-domain` (or gives a controller with its federation), so a page without providers loads none
 * of it (docs/architecture.md §11).
 */
import { html, nothing } from 'lit';
import type { FederatedSignIn, FederationFactory, ProviderRequest } from '../../core/backend.js';
import type { AuthController } from '../../core/auth-controller.js';
import { AuthProviderButtonsElement } from '../provider-buttons.js';
import type { SignInOptionsProperties } from './sign-in-options.js';
import type { ProviderButtons } from './step-context.js';

/** A provider button: Cognito's provider name, and the label to show (the name by default). */
export interface ProviderOption {
  name: string;
  label?: string;
}

/** `"Google, Facebook, OktaSAML:Your company"` → providers, each `name` or `name:label`. */
export function parseProviders(value: string): ProviderOption[] {
  return value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean)
    .map((item) => {
      const colon = item.indexOf(':');
      return colon < 0 ? { name: item } : { name: item.slice(0, colon).trim(), label: item.slice(colon + 1).trim() };
    });
}

/**
 * The buttons `identity-providers` and `sso` ask for, as the sign-in and sign-up steps render them
 * (at the top or the bottom, as `providers-position` says), or undefined when they ask for none.
 * Their element comes with this module, so the step's first render holds them; the provider a
 * click chooses (`auth-provider`) goes to the flow's controller.
 */
export function providerButtons(flow: Pick<SignInOptionsProperties, 'identityProviders' | 'sso' | 'providersPosition'> & { controller: AuthController | null }): ProviderButtons | undefined {
  const { sso, providersPosition } = flow;
  const providers = parseProviders(flow.identityProviders);
  if (!providers.length && !sso) return undefined;
  if (!customElements.get('auth-provider-buttons')) customElements.define('auth-provider-buttons', AuthProviderButtonsElement);
  const choose = (event: CustomEvent<ProviderRequest>) => {
    event.stopPropagation();
    void flow.controller?.signInWithProvider(event.detail);
  };
  return (where, t, pending) =>
    (providersPosition || 'top') === where
      ? html`<auth-provider-buttons .providers=${providers} ?sso=${sso} ?pending=${pending} .t=${t} position=${where} @auth-provider=${choose}></auth-provider-buttons>`
      : nothing;
}

/** The page's address without the query and fragment: the default redirect URI. */
export function defaultRedirectUri(): string {
  return `${location.origin}${location.pathname}`;
}

/** What `<auth-flow>` says about managed login: its `oauth-*` attributes and the app client's. */
export type FederationAttributes = Pick<SignInOptionsProperties, 'oauthDomain' | 'redirectUri' | 'oauthScopes' | 'oauthMode' | 'logoutUri'> & {
  clientId: string;
  userPoolId: string;
  endpoint: string;
  requestTimeout: number;
};

/** The managed login `<auth-flow>`'s attributes describe, from `factory` (which may load its code first). */
export async function buildFederation(factory: FederationFactory, flow: FederationAttributes): Promise<FederatedSignIn> {
  const { oauthDomain: domain, clientId, userPoolId, endpoint, redirectUri, oauthMode: mode, logoutUri, requestTimeout } = flow;
  const scopes = flow.oauthScopes.split(/\s+/).filter(Boolean);
  return factory({ domain, clientId, userPoolId, endpoint, redirectUri: redirectUri || defaultRedirectUri(), scopes, mode, logoutUri, timeout: requestTimeout || 15_000 });
}

const RETURN_PARAMETERS = ['code', 'state', 'error', 'error_description'];

/**
 * The return from the provider in the page's address (`<auth-flow>` found one): completed by the
 * controller, then `code` and `state` taken out of the address (and its history entry), so a reload
 * cannot replay them.
 */
export async function completeReturn(controller: AuthController): Promise<void> {
  const url = new URL(location.href);
  const done = controller.completeRedirect(url.href);
  for (const name of RETURN_PARAMETERS) url.searchParams.delete(name);
  history.replaceState(history.state, '', url.href);
  await done;
}
