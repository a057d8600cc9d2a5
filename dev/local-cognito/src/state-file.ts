/**
 * The proxy's own state (pending codes, outbox, sign-outs, profiles, passkeys, OAuth grants, devices) in one JSON file next
 * to cognito-local's db, so a restarted demo keeps its codes and passkeys. Written synchronously via rename: tiny, and never torn.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { CodeRecord } from './codes.js';
import type { UserDevices } from './devices.js';
import type { OAuthGrant } from './oauth/oauth-grants.js';
import type { OutboxMessage } from './outbox.js';
import type { StoredPasskey } from './passkeys.js';
import type { UserProfile } from './profiles.js';
import type { RotatedToken } from './refresh-rotation.js';

export interface ProxyState {
  codes: Record<string, CodeRecord>;
  outbox: OutboxMessage[];
  /** username key → epoch ms of the user's last GlobalSignOut. */
  signOuts: Record<string, number>;
  /** SHA-256 (hex) of revoked refresh tokens. */
  revokedRefreshTokens: string[];
  /** `poolId/username` → what the proxy keeps about the user (MFA, flags, lockout). */
  profiles: Record<string, UserProfile>;
  /** SHA-256 (hex) of refresh tokens replaced by rotation → when and whose. */
  rotatedRefreshTokens: Record<string, RotatedToken>;
  /** `poolId/username` → the user's registered passkeys (WebAuthn credentials). */
  passkeys: Record<string, StoredPasskey[]>;
  /** SHA-256 (hex) of refresh tokens handed out by the managed login → the grant they carry. */
  oauthGrants: Record<string, OAuthGrant>;
  /** `poolId/username` → the user's devices (remembered-device tracking). */
  devices: Record<string, UserDevices>;
}

export class StateFile {
  readonly data: ProxyState;

  constructor(private readonly path: string | undefined) {
    const empty: ProxyState = { codes: {}, outbox: [], signOuts: {}, revokedRefreshTokens: [], profiles: {}, rotatedRefreshTokens: {}, passkeys: {}, oauthGrants: {}, devices: {} };
    this.data = empty;
    if (path && existsSync(path)) {
      try {
        Object.assign(this.data, JSON.parse(readFileSync(path, 'utf8')) as Partial<ProxyState>);
      } catch {
        // A corrupt file only loses demo codes; start clean rather than refuse to start.
      }
    }
  }

  save(): void {
    if (!this.path) return;
    const temp = `${this.path}.tmp`;
    writeFileSync(temp, JSON.stringify(this.data, null, 2));
    renameSync(temp, this.path);
  }
}
