/**
 * Refresh-token rotation (GetTokensFromRefreshToken on a client with rotation ENABLED): the
 * proxy remembers each refresh token it has replaced, and when, so the old one keeps working for
 * the client's grace period and is refused with RefreshTokenReuseException after it. Records go
 * once the replaced token itself has expired; they persist with the proxy's other state.
 */
import type { StateFile } from './state-file.js';
import { decodeJwt, tokenHash } from './tokens.js';

export interface RotatedToken {
  /** Epoch ms of the first refresh that replaced the token; the grace period counts from here. */
  at: number;
  poolId: string;
  username: string;
  /** The replaced token's own expiry (epoch seconds), after which the record is dropped. */
  exp: number;
}

export class RotationRecord {
  constructor(private readonly state: StateFile) {}

  get(token: string): RotatedToken | undefined {
    return this.state.data.rotatedRefreshTokens[tokenHash(token)];
  }

  /** Records that `token` was replaced now, unless it already was (a retry within the grace period). */
  replaced(token: string, poolId: string, username: string): void {
    const records = this.state.data.rotatedRefreshTokens;
    const hash = tokenHash(token);
    if (records[hash]) return;
    const now = Date.now();
    for (const [key, record] of Object.entries(records)) if (record.exp * 1000 < now) delete records[key];
    const exp = decodeJwt(token)?.payload.exp;
    records[hash] = { at: now, poolId, username, exp: typeof exp === 'number' ? exp : now / 1000 + 30 * 86400 };
    this.state.save();
  }
}
