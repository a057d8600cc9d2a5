/**
 * Settings of choice-based sign-in (USER_AUTH) and of signing in straight after sign-up. Every one
 * stands for something Cognito's documentation leaves open or that is only inferred
 * (docs/cognito.md §8.4 lists them with the reasoning); the defaults are the likeliest reading.
 */
import { booleanRule, enumRule, listRule, numberRule, secondsOrNullRule, type Rules } from './setting-rules.js';

/** Cognito's `AuthFactorType` values that may be a first factor (`SignInPolicy.AllowedFirstAuthFactors`). */
export const FIRST_AUTH_FACTORS = ['PASSWORD', 'EMAIL_OTP', 'SMS_OTP', 'WEB_AUTHN'] as const;
export type FirstAuthFactor = (typeof FIRST_AUTH_FACTORS)[number];

/** The challenges a USER_AUTH sign-in may start with (`PREFERRED_CHALLENGE`, `AvailableChallenges`, `ANSWER`). */
export const FIRST_FACTOR_CHALLENGES = ['PASSWORD_SRP', 'PASSWORD', 'EMAIL_OTP', 'SMS_OTP', 'WEB_AUTHN'] as const;
export type FirstFactorChallenge = (typeof FIRST_FACTOR_CHALLENGES)[number];

export const UNVERIFIED_CONTACT_OTP = ['VERIFY', 'OFFER', 'HIDE'] as const;
export const PASSWORD_PREFERENCE_WITHOUT_PASSWORD = ['PASSWORD_CHALLENGE', 'SELECT_CHALLENGE', 'ERROR'] as const;

export interface UserAuthTunables {
  /** The pool's `Policies.SignInPolicy.AllowedFirstAuthFactors`. */
  allowedFirstAuthFactors: FirstAuthFactor[];
  /** A user with MFA (or in a pool with MFA ON) is not offered EMAIL_OTP, SMS_OTP or (unless passkey MFA) WEB_AUTHN. */
  passwordlessHiddenWithMfa: boolean;
  /** The MFA step follows an OTP or passkey first factor as it follows a password (passkey MFA excepted). */
  mfaAfterPasswordless: boolean;
  /** EMAIL_OTP / SMS_OTP first-factor code lifetime. */
  firstFactorCodeTtlSeconds: number;
  /** Digits in a first-factor code (the API reference's example has 8). */
  firstFactorCodeLength: number;
  /** Wrong codes a Session takes (MFA and first-factor codes) before it ends; 0 = no limit. */
  wrongCodeAttempts: number;
  /** A new OTP sign-in (the only way to resend) ends the user's earlier OTP Sessions. */
  otpResendSupersedes: boolean;
  /** An unverified email / phone: offered and marked verified by a right code, offered only, or not offered. */
  unverifiedContactOtp: (typeof UNVERIFIED_CONTACT_OTP)[number];
  /** Sessions of these challenges also take a SELECT_CHALLENGE answer (switching factor, as clients do after a cancelled passkey sheet). */
  factorSwitchChallenges: FirstFactorChallenge[];
  /** PASSWORD without `PASSWORD` (or PASSWORD_SRP without `SRP_A`): a PASSWORD / PASSWORD_SRP challenge, SELECT_CHALLENGE, or an error. */
  passwordPreferenceWithoutPassword: (typeof PASSWORD_PREFERENCE_WITHOUT_PASSWORD)[number];
  /** SELECT_CHALLENGE carries CREDENTIAL_REQUEST_OPTIONS when WEB_AUTHN is offered, for the one-shot CREDENTIAL answer. */
  selectChallengeCredentialOptions: boolean;
  /** Lifetime of the SignUp and ConfirmSignUp Sessions; null = the app client's AuthSessionValidity. */
  signUpSessionTtlSeconds: number | null;
  /** ConfirmSignUp hands out its Session only when sent SignUp's (common clients never send it). */
  confirmSignUpRequiresSession: boolean;
  /** ConfirmForgotPassword also returns a sign-in Session (Cognito's API returns none). */
  confirmForgotPasswordSession: boolean;
}

export const USER_AUTH_RULES: Rules<UserAuthTunables> = {
  allowedFirstAuthFactors: listRule('ALLOWED_FIRST_AUTH_FACTORS', FIRST_AUTH_FACTORS, [...FIRST_AUTH_FACTORS]),
  passwordlessHiddenWithMfa: booleanRule('PASSWORDLESS_HIDDEN_WITH_MFA', true),
  mfaAfterPasswordless: booleanRule('MFA_AFTER_PASSWORDLESS', false),
  firstFactorCodeTtlSeconds: numberRule('FIRST_FACTOR_CODE_TTL_SECONDS', 180, 0),
  firstFactorCodeLength: numberRule('FIRST_FACTOR_CODE_LENGTH', 8, 4, 10, true),
  wrongCodeAttempts: numberRule('WRONG_CODE_ATTEMPTS', 0, 0, 1000, true),
  otpResendSupersedes: booleanRule('OTP_RESEND_SUPERSEDES', true),
  unverifiedContactOtp: enumRule('UNVERIFIED_CONTACT_OTP', UNVERIFIED_CONTACT_OTP, 'VERIFY'),
  factorSwitchChallenges: listRule('FACTOR_SWITCH_CHALLENGES', FIRST_FACTOR_CHALLENGES, ['WEB_AUTHN'], true),
  passwordPreferenceWithoutPassword: enumRule('PASSWORD_PREFERENCE_WITHOUT_PASSWORD', PASSWORD_PREFERENCE_WITHOUT_PASSWORD, 'PASSWORD_CHALLENGE'),
  selectChallengeCredentialOptions: booleanRule('SELECT_CHALLENGE_CREDENTIAL_OPTIONS', false),
  signUpSessionTtlSeconds: secondsOrNullRule('SIGN_UP_SESSION_TTL_SECONDS'),
  confirmSignUpRequiresSession: booleanRule('CONFIRM_SIGN_UP_REQUIRES_SESSION', false),
  confirmForgotPasswordSession: booleanRule('CONFIRM_FORGOT_PASSWORD_SESSION', false),
};
