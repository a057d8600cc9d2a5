/**
 * What a managed-login refresh token stands for: the client, user and scopes granted at sign-in
 * and the `origin_jti` of that authentication. Every refresh of such a token (through
 * /oauth2/token, GetTokensFromRefreshToken or REFRESH_TOKEN_AUTH) mints tokens with the same
 * scopes, as Cognito's do. Kept by token hash in proxy-state.json; a record goes once its token
 * has expired.
 */
import type { StateFile } from '../state-file.js';
import { decodeJwt, tokenHash } from '../tokens.js';

export interface OAuthGrant {
  clientId: string;
  poolId: string;
  username: string;
  scopes: string[];
  /** The sign-in event every token from this grant names as `origin_jti`. */
  originJti: string;
  /** When the managed login authenticated the user (epoch seconds): `auth_time`. */
  authTime: number;
  /** The refresh token's own expiry (epoch seconds). */
  exp: number;
}

export class OAuthGrantStore {
  constructor(private readonly state: StateFile) {}

  get(refreshToken: string): OAuthGrant | undefined {
    return this.state.data.oauthGrants[tokenHash(refreshToken)];
  }

  record(refreshToken: string, grant: Omit<OAuthGrant, 'exp'>): OAuthGrant {
    const grants = this.state.data.oauthGrants;
    const now = Date.now() / 1000;
    for (const [hash, known] of Object.entries(grants)) if (known.exp < now) delete grants[hash];
    const exp = decodeJwt(refreshToken)?.payload.exp;
    const stored = { ...grant, exp: typeof exp === 'number' ? exp : now + 30 * 86400 };
    grants[tokenHash(refreshToken)] = stored;
    this.state.save();
    return stored;
  }
}
