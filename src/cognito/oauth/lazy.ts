/**
 * Managed-login sign-in, loaded when first used: the OAuth code (PKCE, the round trip, the token
 * exchange) stays out of pages that configure no identity provider (docs/cognito.md §11).
 */
import type { CallOptions, FederatedSignIn, ProviderRequest } from '../../core/backend.js';
import { loadOnce } from '../../core/load-once.js';
import type { ManagedLoginConfig } from './managed-login.js';

export type { ManagedLoginConfig } from './managed-login.js';

/** True when `url` looks like a return from managed login (worth loading the code for). */
export function isManagedLoginReturn(url: string): boolean {
  const query = new URL(url).searchParams;
  return query.has('state') && (query.has('code') || query.has('error'));
}

export function createManagedLogin(config: ManagedLoginConfig): FederatedSignIn {
  const load = loadOnce(() => import('./managed-login.js').then(({ ManagedLogin }): FederatedSignIn => new ManagedLogin(config)));
  return {
    start: async (request: ProviderRequest, options?: CallOptions) => (await load()).start(request, options),
    complete: async (url: string, options?: CallOptions) => (isManagedLoginReturn(url) ? (await load()).complete(url, options) : null),
    // Only with a logout URI is there a managed-login session to end (the page then navigates).
    endSession: () => {
      if (!config.logoutUri) return false;
      // Its code not here (offline): the local sign-out stands, the managed-login session stays.
      load().then((login) => login.endSession(), () => {});
      return true;
    },
  };
}
