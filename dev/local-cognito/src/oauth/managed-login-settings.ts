/**
 * Settings of the local managed login: each stands for something Cognito's documentation leaves
 * open or states only loosely (docs/cognito.md §8.5 gives the reasoning for every default). The
 * app clients' own OAuth fields are the `oauthClients` setting (app-client-settings.ts).
 */
import { errors } from '../errors.js';
import { booleanRule, enumRule, numberRule, type Rules, type SettingRule } from '../setting-rules.js';

export const DISALLOWED_SCOPE_ANSWERS = ['IGNORE', 'ERROR'] as const;
export const FEDERATED_USERNAME_CASES = ['PROVIDER_NAME', 'LOWERCASE'] as const;

export interface ManagedLoginTunables {
  /** How long an authorization code may be exchanged (Cognito: five minutes). */
  oauthCodeTtlSeconds: number;
  /** A token request that names a code but fails (wrong verifier, other redirect_uri) spends the code. */
  oauthCodeSpentOnFailedExchange: boolean;
  /** Scopes the client may not have: left out of the grant (IGNORE), or `error=invalid_scope` (ERROR). */
  oauthDisallowedScopes: (typeof DISALLOWED_SCOPE_ANSWERS)[number];
  /** The managed-login session cookie's lifetime (Cognito: one hour); 0 = no session is kept. */
  managedLoginSessionSeconds: number;
  /** The `error` sent back when a person cancels at a provider; null = the provider's own code, relayed. */
  idpCancelError: string | null;
  /** `Google_1234…` (PROVIDER_NAME) or `google_1234…` (LOWERCASE) for linked users' usernames. */
  federatedUsernameCase: (typeof FEDERATED_USERNAME_CASES)[number];
  /** CORS on /oauth2/userInfo and /oauth2/revoke (the token endpoint always allows any origin). */
  oauthUserInfoRevokeCors: boolean;
}

const OAUTH_ERROR_CODE = /^[a-z][a-z_]*$/;

const cancelErrorRule: SettingRule<string | null> = {
  env: 'IDP_CANCEL_ERROR',
  fallback: null,
  fromEnv: (text) => {
    if (!OAUTH_ERROR_CODE.test(text)) throw new Error('IDP_CANCEL_ERROR must be an OAuth error code such as access_denied');
    return text;
  },
  check: (value, key) => {
    if (value !== null && (typeof value !== 'string' || !OAUTH_ERROR_CODE.test(value))) {
      throw errors.invalidParameter(`${key} must be an OAuth error code such as access_denied, or null`);
    }
    return value as string | null;
  },
};

export const MANAGED_LOGIN_RULES: Rules<ManagedLoginTunables> = {
  oauthCodeTtlSeconds: numberRule('OAUTH_CODE_TTL_SECONDS', 300, 0),
  oauthCodeSpentOnFailedExchange: booleanRule('OAUTH_CODE_SPENT_ON_FAILED_EXCHANGE', true),
  oauthDisallowedScopes: enumRule('OAUTH_DISALLOWED_SCOPES', DISALLOWED_SCOPE_ANSWERS, 'IGNORE'),
  managedLoginSessionSeconds: numberRule('MANAGED_LOGIN_SESSION_SECONDS', 3600, 0),
  idpCancelError: cancelErrorRule,
  federatedUsernameCase: enumRule('FEDERATED_USERNAME_CASE', FEDERATED_USERNAME_CASES, 'PROVIDER_NAME'),
  oauthUserInfoRevokeCors: booleanRule('OAUTH_USERINFO_REVOKE_CORS', true),
};
