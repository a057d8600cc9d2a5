/**
 * Managed-login sign-in, loaded when first used: the OAuth code (PKCE, the round trip, the token
 * exchange) stays out of pages that configure no identity provider (docs/cognito.md §11).
 */
import type { CallOptions, FederatedSignIn, ProviderRequest } from '../../core/backend.js';
import { AuthError, KIT_ERROR_NAMES } from '../../core/errors.js';
import { loadOnce } from '../../core/load-once.js';
import { isManagedLoginReturn } from '../../core/managed-login-return.js';
import type { ManagedLoginConfig } from './managed-login.js';

export type { ManagedLoginConfig } from './managed-login.js';


/** The managed-login client's module, imported (a test passes its own). */
export type LoadManagedLogin = () => Promise<typeof import('./managed-login.js')>;

export function createManagedLogin(config: ManagedLoginConfig, load: LoadManagedLogin = () => import('./managed-login.js')): FederatedSignIn {
  // Offline, or a redeploy removed the chunk: a network failure (the form says so), and the next call imports afresh.
  const login = loadOnce(() =>
    load().then(
      ({ ManagedLogin }): FederatedSignIn => new ManagedLogin(config),
      (error: unknown) => {
        throw new AuthError(KIT_ERROR_NAMES.network, 'Managed login could not be loaded.', { cause: error });
      },
    ),
  );
  return {
    start: async (request: ProviderRequest, options?: CallOptions) => (await login()).start(request, options),
    complete: async (url: string, options?: CallOptions) => (isManagedLoginReturn(url) ? (await login()).complete(url, options) : null),
    // Only with a logout URI is there a managed-login session to end (the page then navigates).
    endSession: () => {
      if (!config.logoutUri) return false;
      // Its code not here (offline): the local sign-out stands, the managed-login session stays.
      login().then((managed) => managed.endSession(), () => {});
      return true;
    },
  };
}
