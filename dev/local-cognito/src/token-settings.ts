/**
 * Token lifetimes as run-time settings (docs/cognito.md §8.6): the app clients' AccessTokenValidity
 * and IdTokenValidity, for every client at once. cognito-local mints with its client's own values
 * and cannot change them at run time (it has no UpdateUserPoolClient), so the proxy re-signs the
 * tokens it hands out when these differ (token-reissue.ts). Tokens issued earlier keep their expiry.
 */
import { numberRule, type Rules } from './setting-rules.js';

export interface TokenTunables {
  /** Seconds from issue to `exp` of every access token issued from now on (Cognito: 5 min to 1 day; here from 1 s). */
  accessTokenValiditySeconds: number;
  /** The same for ID tokens. */
  idTokenValiditySeconds: number;
}

export const TOKEN_RULES: Rules<TokenTunables> = {
  accessTokenValiditySeconds: numberRule('ACCESS_TOKEN_VALIDITY_SECONDS', 3600, 1, 86400, true),
  idTokenValiditySeconds: numberRule('ID_TOKEN_VALIDITY_SECONDS', 3600, 1, 86400, true),
};
