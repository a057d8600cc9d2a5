/**
 * Access-token checks cognito-local skips (it only decodes): RS256 signature against the pool's
 * JWKS, `token_use`, `exp`, and revocation by GlobalSignOut / RevokeToken. The proxy sees every
 * token it hands out, so it knows when each was issued and from which refresh token.
 */
import { createHash, createPublicKey, verify, type JsonWebKey, type KeyObject } from 'node:crypto';
import { errors } from './errors.js';
import type { StateFile } from './state-file.js';
import type { Upstream } from './upstream.js';

export interface AccessClaims {
  sub?: string;
  username?: string;
  client_id?: string;
  token_use?: string;
  iss?: string;
  iat?: number;
  exp?: number;
  /** Space-separated; every API sign-in's token has `aws.cognito.signin.user.admin`. */
  scope?: string;
}

/** The scope the user-pool API operations that take an AccessToken require. */
export const API_SCOPE = 'aws.cognito.signin.user.admin';

interface DecodedJwt {
  header: { alg?: string; kid?: string };
  payload: AccessClaims & Record<string, unknown>;
  signingInput: string;
  signature: Buffer;
}

export function decodeJwt(token: unknown): DecodedJwt | undefined {
  if (typeof token !== 'string') return undefined;
  const parts = token.split('.');
  if (parts.length !== 3) return undefined;
  try {
    const json = (part: string) => JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    return { header: json(parts[0]), payload: json(parts[1]), signingInput: `${parts[0]}.${parts[1]}`, signature: Buffer.from(parts[2], 'base64url') };
  } catch {
    return undefined;
  }
}

export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function scopesOf(claims: AccessClaims): string[] {
  return typeof claims.scope === 'string' ? claims.scope.split(' ').filter(Boolean) : [];
}

/** The pool id is the last path segment of `iss` (`http://host:port/<poolId>`). */
export function poolIdOf(claims: AccessClaims): string {
  return claims.iss?.split('/').pop() ?? '';
}

export class TokenRegistry {
  /** access-token hash → when the proxy handed it out and the refresh token it came from. */
  private readonly issued = new Map<string, { at: number; refreshHash?: string }>();
  private readonly keys = new Map<string, Promise<Map<string, KeyObject>>>();

  constructor(
    private readonly state: StateFile,
    private readonly upstream: Upstream,
  ) {}

  noteIssued(result: { AccessToken?: unknown; RefreshToken?: unknown }, refreshTokenUsed?: string): void {
    if (typeof result.AccessToken !== 'string') return;
    const refresh = typeof result.RefreshToken === 'string' ? result.RefreshToken : refreshTokenUsed;
    this.issued.set(tokenHash(result.AccessToken), { at: Date.now(), refreshHash: refresh && tokenHash(refresh) });
  }

  revokeRefreshToken(token: string): void {
    const hash = tokenHash(token);
    if (!this.state.data.revokedRefreshTokens.includes(hash)) this.state.data.revokedRefreshTokens.push(hash);
    this.state.save();
  }

  isRefreshTokenRevoked(token: string): boolean {
    return this.state.data.revokedRefreshTokens.includes(tokenHash(token));
  }

  /** Every access token of the user issued up to now stops working. */
  signOut(poolId: string, username: string): void {
    this.state.data.signOuts[`${poolId}/${username}`] = Date.now();
    this.state.save();
  }

  /**
   * Throws NotAuthorizedException with Cognito's messages; returns the verified claims. The token
   * must carry `requiredScope` (a managed-login token has only the scopes it was granted); null
   * for no scope check.
   */
  async checkAccessToken(token: unknown, requiredScope: string | null = API_SCOPE): Promise<AccessClaims> {
    const jwt = decodeJwt(token);
    if (!jwt || jwt.payload.token_use !== 'access' || !(await this.signatureValid(jwt))) {
      throw errors.notAuthorized('Invalid Access Token');
    }
    const claims = jwt.payload;
    if (typeof claims.exp !== 'number' || claims.exp * 1000 < Date.now()) throw errors.notAuthorized('Access Token has expired');
    const info = this.issued.get(tokenHash(token as string));
    // Tokens issued before a restart are unknown here: judge them by `iat`, erring towards revoked.
    const issuedAt = info?.at ?? (claims.iat ?? 0) * 1000;
    const signedOutAt = this.state.data.signOuts[`${poolIdOf(claims)}/${claims.username}`];
    const fromRevokedRefresh = info?.refreshHash && this.state.data.revokedRefreshTokens.includes(info.refreshHash);
    if ((signedOutAt !== undefined && issuedAt <= signedOutAt) || fromRevokedRefresh) {
      throw errors.notAuthorized('Access Token has been revoked');
    }
    if (requiredScope && !scopesOf(claims).includes(requiredScope)) throw errors.notAuthorized('Access Token does not have required scopes');
    return claims;
  }

  private async signatureValid(jwt: DecodedJwt): Promise<boolean> {
    if (jwt.header.alg !== 'RS256' || !jwt.header.kid) return false;
    const keys = await this.jwks(poolIdOf(jwt.payload));
    const key = keys.get(jwt.header.kid);
    return !!key && verify('RSA-SHA256', Buffer.from(jwt.signingInput), key, jwt.signature);
  }

  private jwks(poolId: string): Promise<Map<string, KeyObject>> {
    let keys = this.keys.get(poolId);
    if (!keys) {
      keys = this.upstream.get(`/${encodeURIComponent(poolId)}/.well-known/jwks.json`).then((raw) => {
        const { keys: list = [] } = JSON.parse(raw.text) as { keys?: (JsonWebKey & { kid?: string })[] };
        return new Map(list.map((jwk) => [jwk.kid ?? '', createPublicKey({ key: jwk, format: 'jwk' })]));
      });
      keys.catch(() => this.keys.delete(poolId));
      this.keys.set(poolId, keys);
    }
    return keys;
  }
}
