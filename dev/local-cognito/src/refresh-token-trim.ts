/**
 * cognito-local appends every refresh token it issues to the user's record and never drops one,
 * and it rewrites its whole db on every save: repeated sign-ins grow the file (and every request's
 * cost) without bound. After tokens are issued, the proxy revokes upstream the user's expired
 * refresh tokens and the oldest beyond `maxRefreshTokensPerUser`. The proxy's own revocation list
 * is left alone: a dropped token is refused as invalid, while the access tokens minted from it
 * keep working until they expire, as when the same token is simply no longer used.
 */
import type { RuntimeSettings } from './settings.js';
import { decodeJwt } from './tokens.js';
import type { Upstream } from './upstream.js';
import type { AppClient, UserStore } from './user-store.js';

/** The refresh tokens to drop: expired ones, then the oldest beyond `keep` (the list is in issue order). */
export function tokensToDrop(tokens: readonly string[], keep: number, nowSeconds = Date.now() / 1000): string[] {
  const expired = (token: string) => {
    const exp = decodeJwt(token)?.payload.exp;
    return typeof exp === 'number' && exp < nowSeconds;
  };
  const live = tokens.filter((token) => !expired(token));
  return [...tokens.filter(expired), ...live.slice(0, Math.max(0, live.length - keep))];
}

export class RefreshTokenTrim {
  /** Tokens some trim is revoking now, so that concurrent sign-ins of one user share the work. */
  private readonly revoking = new Set<string>();

  constructor(
    private readonly upstream: Upstream,
    private readonly store: UserStore,
    private readonly settings: RuntimeSettings,
  ) {}

  /**
   * Trims the user's stored refresh tokens; never throws (a failed revocation is retried next
   * time). Awaited by each sign-in, so under load the list stays near the cap rather than lag.
   */
  async trim(client: AppClient, username: string): Promise<void> {
    const user = await this.store.findUser(client.UserPoolId, username).catch(() => undefined);
    const drop = tokensToDrop(user?.RefreshTokens ?? [], this.settings.current.maxRefreshTokensPerUser).filter((token) => !this.revoking.has(token));
    for (const token of drop) this.revoking.add(token);
    try {
      for (const token of drop) {
        await this.upstream.call('RevokeToken', { ClientId: client.ClientId, Token: token }).catch(() => undefined);
      }
    } finally {
      for (const token of drop) this.revoking.delete(token);
    }
  }
}
