/**
 * `<auth-flow>`'s managed-login wiring (docs/cognito.md §11): the identity providers from its
 * attribute, the `FederatedSignIn` its attributes describe, and the return from a provider, found in
 * the page's address, completed and then removed from it.
 */
import type { FederatedSignIn, FederationConfig, FederationFactory } from '../../core/backend.js';
import type { AuthController } from '../../core/auth-controller.js';

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

/** The page's address without the query and fragment: the default redirect URI. */
export function defaultRedirectUri(): string {
  return `${location.origin}${location.pathname}`;
}

/** The managed login `<auth-flow>`'s attributes describe; none without a domain (no provider sign-in). */
export function buildFederation(factory: FederationFactory | null, config: FederationConfig): FederatedSignIn | null {
  if (!factory || !config.domain) return null;
  return factory({ ...config, redirectUri: config.redirectUri || defaultRedirectUri() });
}

const RETURN_PARAMETERS = ['code', 'state', 'error', 'error_description'];

/**
 * A return from the provider in the page's address: completed by the controller, then `code` and
 * `state` taken out of the address (and its history entry), so a reload cannot replay them.
 */
export async function completeReturn(controller: AuthController): Promise<void> {
  const url = new URL(location.href);
  if (!url.searchParams.has('state') || !(url.searchParams.has('code') || url.searchParams.has('error'))) return;
  const done = controller.completeRedirect(url.href);
  for (const name of RETURN_PARAMETERS) url.searchParams.delete(name);
  history.replaceState(history.state, '', url.href);
  await done;
}
