/**
 * cognito-local's access and ID tokens, re-signed with what it cannot put in them: the lifetimes of
 * the token settings (token-settings.ts) and a sign-in's `device_key`. jwt-signing.ts signs with
 * cognito-local's own key, so the result verifies against the same JWKS; tokens that need no
 * change are returned as they are (not re-signed).
 */
import { signJwt } from './oauth/jwt-signing.js';
import type { TokenTunables } from './token-settings.js';
import { decodeJwt } from './tokens.js';
import type { Json } from './upstream.js';

export interface TokenChanges {
  /** The `device_key` claim Cognito puts in the access token of a sign-in with device tracking. */
  deviceKey?: string;
}

/** `tokens` (an AuthenticationResult) with the lifetimes in force and `changes` applied; the refresh token is left alone. */
export function reissueTokens(tokens: Json, lifetimes: TokenTunables, changes: TokenChanges = {}): Json {
  const accessClaims = changes.deviceKey ? { device_key: changes.deviceKey } : {};
  return {
    ...tokens,
    AccessToken: reissue(tokens.AccessToken, lifetimes.accessTokenValiditySeconds, accessClaims),
    IdToken: reissue(tokens.IdToken, lifetimes.idTokenValiditySeconds, {}),
  };
}

/** The token with `exp` = `iat` + `validitySeconds` and `claims` added; the same string when nothing changes. */
function reissue(token: unknown, validitySeconds: number, claims: Record<string, unknown>): unknown {
  const jwt = decodeJwt(token);
  if (!jwt || typeof jwt.payload.iat !== 'number') return token;
  const exp = jwt.payload.iat + validitySeconds;
  if (exp === jwt.payload.exp && Object.entries(claims).every(([name, value]) => jwt.payload[name] === value)) return token;
  return signJwt(jwt.header, { ...jwt.payload, ...claims, exp });
}
