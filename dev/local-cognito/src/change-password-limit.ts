/**
 * ChangePassword's limit on wrong previous passwords (docs/cognito.md §8.6): after
 * `changePasswordAttempts` in a row, every ChangePassword of the user (right or wrong) answers
 * LimitExceededException "Attempt limit exceeded, please try after some time." until
 * `lockoutSeconds` after the latest wrong one; a right one resets the count. Cognito documents the
 * exception but not the count, so the count is a setting. Separate from the sign-in lockout.
 */
import { CognitoError } from './errors.js';
import type { ProfileStore } from './profiles.js';
import type { RuntimeSettings } from './settings.js';

export class PasswordChangeLimit {
  constructor(
    private readonly profiles: ProfileStore,
    private readonly settings: RuntimeSettings,
  ) {}

  /** Throws while the user is over the limit. Call before judging the previous password. */
  check(poolId: string, username: string): void {
    const { failedPasswordChanges = 0, lastFailedPasswordChangeAt = 0 } = this.profiles.get(poolId, username);
    const { changePasswordAttempts, lockoutSeconds } = this.settings.current;
    if (failedPasswordChanges >= changePasswordAttempts && Date.now() < lastFailedPasswordChangeAt + lockoutSeconds * 1000) {
      throw new CognitoError('LimitExceededException', 'Attempt limit exceeded, please try after some time.');
    }
  }

  failed(poolId: string, username: string): void {
    this.profiles.update(poolId, username, (profile) => {
      profile.failedPasswordChanges = (profile.failedPasswordChanges ?? 0) + 1;
      profile.lastFailedPasswordChangeAt = Date.now();
    });
  }

  succeeded(poolId: string, username: string): void {
    if (!this.profiles.get(poolId, username).failedPasswordChanges) return;
    this.profiles.update(poolId, username, (profile) => {
      delete profile.failedPasswordChanges;
      delete profile.lastFailedPasswordChangeAt;
    });
  }
}
