/**
 * The signed-in person's own account, as the port offers it to `<auth-account>` (docs/cognito.md
 * §12): profile, password, contact verification, MFA methods, authenticator-app setup, remembered
 * devices and deleting the account. Every method is optional: a backend without one (identity-js
 * lacks some) leaves it out, and the account page does not offer that task.
 */
import type { CallOptions, CodeDelivery, DeviceInfo, MfaType } from './backend.js';

/** The contact attributes Cognito verifies with a code. */
export type ContactAttribute = 'email' | 'phone_number';

/** What `GetUser` says about the signed-in person. */
export interface AccountProfile {
  username: string;
  /** Cognito attribute names → values (`email`, `email_verified`, `phone_number`, `custom:…`). */
  attributes: Readonly<Record<string, string>>;
  /** MFA methods turned on, and the one Cognito asks for first. */
  mfa: { enabled: readonly MfaType[]; preferred?: MfaType };
}

/** How one MFA method should be: off, on, or on and asked for first. */
export type MfaSetting = 'off' | 'on' | 'preferred';

/** A device Cognito remembers for the person (`ListDevices`): the port's `DeviceInfo`. */
export type RememberedDevice = DeviceInfo;

export interface AccountOperations {
  getProfile?(options?: CallOptions): Promise<AccountProfile>;
  /** `ChangePassword`: a wrong `current` is `NotAuthorizedException`. */
  changePassword?(input: { current: string; proposed: string }, options?: CallOptions): Promise<void>;
  /** `UpdateUserAttributes`: resolves with where codes went for the attributes that need verifying. */
  updateAttributes?(attributes: Readonly<Record<string, string>>, options?: CallOptions): Promise<CodeDelivery[]>;
  /** `GetUserAttributeVerificationCode`: a (new) code for `email` or `phone_number`. */
  sendAttributeCode?(name: string, options?: CallOptions): Promise<CodeDelivery>;
  /** `VerifyUserAttribute`. */
  verifyAttribute?(input: { name: string; code: string }, options?: CallOptions): Promise<void>;
  /** `SetUserMFAPreference`: only the methods named change. */
  setMfaPreference?(settings: Partial<Record<MfaType, MfaSetting>>, options?: CallOptions): Promise<void>;
  /** `AssociateSoftwareToken` for the signed-in person: the secret to show. */
  startTotpSetup?(options?: CallOptions): Promise<{ secretCode: string }>;
  /** `VerifySoftwareToken` with the app's first code; the app is then an MFA method. */
  finishTotpSetup?(input: { code: string; deviceName?: string }, options?: CallOptions): Promise<void>;
  /** `DeleteUser`, then the local session is dropped. */
  deleteAccount?(options?: CallOptions): Promise<void>;
}
