/**
 * What the proxy knows about a user beyond cognito-local's db: MFA methods and preference, whether
 * MFA is required and which methods may be set up, the AdminResetUserPassword flag, attributes an
 * admin-created user still has to supply, whether the user has a password at all, passkey MFA,
 * the first sign-in, the wrong-password counters, and attribute values waiting for verification.
 * Kept in proxy-state.json; cognito-local's own MFA settings are never used (its pool stays
 * MfaConfiguration OFF).
 */
import type { ContactAttribute } from './account-settings.js';
import type { StateFile } from './state-file.js';

export type MfaType = 'SMS' | 'TOTP' | 'EMAIL';
export type SetupType = 'TOTP' | 'EMAIL';

export interface MfaSettings {
  sms?: boolean;
  email?: boolean;
  /** Base32 secret of the user's verified authenticator app; enables TOTP unless `totpDisabled`. */
  totpSecret?: string;
  /** SetUserMFAPreference turned TOTP off; the secret stays, as in Cognito. */
  totpDisabled?: boolean;
  /** AssociateSoftwareToken (signed in) handed this out; VerifySoftwareToken makes it the secret. */
  pendingTotpSecret?: string;
  preferred?: MfaType;
}

export interface UserProfile {
  mfa: MfaSettings;
  /** MFA_SETUP until the user has a method, even when the pool's MFA is OPTIONAL. */
  mfaRequired?: boolean;
  /** What MFA_SETUP offers (default both). */
  mfaCanSetUp?: SetupType[];
  /** Informational: custom-auth triggers run for every user, as in Cognito. */
  customAuth?: boolean;
  /** Set by AdminResetUserPassword; sign-in answers PasswordResetRequiredException until a reset. */
  resetRequired?: boolean;
  /** Attributes the pool requires that this user (created by an admin) lacks: asked for in NEW_PASSWORD_REQUIRED. */
  requiredAttributes?: string[];
  /** The user has no password (signed up without one): PASSWORD and PASSWORD_SRP are not theirs. */
  passwordless?: boolean;
  /** `WebAuthnMfaSettings.Enabled`: with the pool's MULTI_FACTOR_WITH_USER_VERIFICATION a verified passkey is their MFA. */
  webAuthnMfa?: boolean;
  /** When tokens were first issued to the user (a ConfirmSignUp Session is for a first sign-in only). */
  firstSignInAt?: number;
  /** Consecutive wrong passwords, and when the latest was. */
  failedSignIns?: number;
  lastFailedAt?: number;
  /** Consecutive wrong previous passwords in ChangePassword, and when the latest was. */
  failedPasswordChanges?: number;
  lastFailedPasswordChangeAt?: number;
  /** New values waiting for VerifyUserAttribute (`attributesRequireVerificationBeforeUpdate`); cognito-local keeps the old ones. */
  pendingAttributes?: Partial<Record<ContactAttribute, string>>;
}

export const MFA_CHALLENGES: Record<MfaType, string> = { SMS: 'SMS_MFA', TOTP: 'SOFTWARE_TOKEN_MFA', EMAIL: 'EMAIL_OTP' };
export const SETUP_CHALLENGES: Record<SetupType, string> = { TOTP: 'SOFTWARE_TOKEN_MFA', EMAIL: 'EMAIL_OTP' };

export function mfaTypeOfChallenge(name: unknown): MfaType | undefined {
  return (Object.keys(MFA_CHALLENGES) as MfaType[]).find((type) => MFA_CHALLENGES[type] === name);
}

export class ProfileStore {
  constructor(private readonly state: StateFile) {}

  get(poolId: string, username: string): UserProfile {
    return structuredClone(this.state.data.profiles[key(poolId, username)] ?? { mfa: {} });
  }

  has(poolId: string, username: string): boolean {
    return Object.hasOwn(this.state.data.profiles, key(poolId, username));
  }

  set(poolId: string, username: string, profile: UserProfile): void {
    this.state.data.profiles[key(poolId, username)] = profile;
    this.state.save();
  }

  /** Notes the user's first sign-in; later ones write nothing (this runs on every sign-in). */
  noteSignIn(poolId: string, username: string): void {
    if (this.state.data.profiles[key(poolId, username)]?.firstSignInAt !== undefined) return;
    this.update(poolId, username, (profile) => {
      profile.firstSignInAt = Date.now();
    });
  }

  /** Forgets the user (DeleteUser), so a later user of the same name starts afresh. */
  remove(poolId: string, username: string): void {
    delete this.state.data.profiles[key(poolId, username)];
    this.state.save();
  }

  update(poolId: string, username: string, change: (profile: UserProfile) => void): UserProfile {
    const profile = this.get(poolId, username);
    change(profile);
    this.set(poolId, username, profile);
    return profile;
  }
}

function key(poolId: string, username: string): string {
  return `${poolId}/${username}`;
}
