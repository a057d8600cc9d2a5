/**
 * Everything the local managed login keeps (docs/cognito.md §8.5): the stand-in providers, the
 * authorize requests waiting at a provider, the providers' own codes, authorization codes, the
 * managed-login session cookies, the linked users and the grants behind its refresh tokens.
 */
import type { RuntimeSettings } from '../settings.js';
import type { StateFile } from '../state-file.js';
import { AuthorizationCodes } from './authorization-codes.js';
import { FederatedUsers } from './federated-users.js';
import { IdentityProviderCatalogue, type IdentityProvider } from './identity-providers.js';
import { ManagedLoginSessions } from './managed-login-sessions.js';
import { OAuthGrantStore } from './oauth-grants.js';
import { PendingAuthorizations } from './pending-authorizations.js';
import { ProviderCodes } from './provider-codes.js';

export interface ManagedLogin {
  providers: IdentityProviderCatalogue;
  pending: PendingAuthorizations;
  providerCodes: ProviderCodes;
  codes: AuthorizationCodes;
  sessions: ManagedLoginSessions;
  federatedUsers: FederatedUsers;
  grants: OAuthGrantStore;
}

export function createManagedLogin(state: StateFile, settings: RuntimeSettings, providers: readonly IdentityProvider[]): ManagedLogin {
  return {
    providers: new IdentityProviderCatalogue(providers),
    pending: new PendingAuthorizations(),
    providerCodes: new ProviderCodes(),
    codes: new AuthorizationCodes(settings),
    sessions: new ManagedLoginSessions(settings),
    federatedUsers: new FederatedUsers(),
    grants: new OAuthGrantStore(state),
  };
}
