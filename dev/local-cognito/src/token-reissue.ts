/**
 * cognito-local's access and ID tokens, re-signed with what it cannot put in them. jwt-signing.ts
 * signs with cognito-local's own key, so the result verifies against the same JWKS. Tokens that
 * need no change are returned as they are (not re-signed).
 */
import { signJwt } from './oauth/jwt-signing.js';
import { decodeJwt } from './tokens.js';
import type { Json } from './upstream.js';

export interface TokenChanges {
  /** The `device_key` claim Cognito puts in the access token of a sign-in with device tracking. */
  deviceKey?: string;
}

/** `tokens` (an AuthenticationResult) with `changes` applied; the refresh token is left alone. */
export function reissueTokens(tokens: Json, changes: TokenChanges): Json {
  const access = decodeJwt(tokens.AccessToken);
  if (!access || !changes.deviceKey) return tokens;
  return { ...tokens, AccessToken: signJwt(access.header, { ...access.payload, device_key: changes.deviceKey }) };
}
