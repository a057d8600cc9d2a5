/**
 * Cognito's wrong-password lockout, which cognito-local lacks: after `lockoutAttempts` consecutive
 * wrong passwords, every password attempt (right or wrong) answers NotAuthorizedException
 * "Password attempts exceeded" until `lockoutSeconds` after the latest wrong one. A further wrong
 * password after that locks again at once; a right one resets the count. (Cognito's own lock grows
 * from 1 s towards 15 min; here it is one configurable period.)
 */
import { errors } from './errors.js';
import type { ProfileStore } from './profiles.js';
import type { RuntimeSettings } from './settings.js';

export class Lockout {
  constructor(
    private readonly profiles: ProfileStore,
    private readonly settings: RuntimeSettings,
  ) {}

  /** Throws while the user is locked out. Call before judging a password. */
  check(poolId: string, username: string): void {
    const { failedSignIns = 0, lastFailedAt = 0 } = this.profiles.get(poolId, username);
    const { lockoutAttempts, lockoutSeconds } = this.settings.current;
    if (failedSignIns >= lockoutAttempts && Date.now() < lastFailedAt + lockoutSeconds * 1000) {
      throw errors.notAuthorized('Password attempts exceeded');
    }
  }

  failed(poolId: string, username: string): void {
    this.profiles.update(poolId, username, (profile) => {
      profile.failedSignIns = (profile.failedSignIns ?? 0) + 1;
      profile.lastFailedAt = Date.now();
    });
  }

  succeeded(poolId: string, username: string): void {
    if (!this.profiles.get(poolId, username).failedSignIns) return;
    this.profiles.update(poolId, username, (profile) => {
      delete profile.failedSignIns;
      delete profile.lastFailedAt;
    });
  }
}
