/**
 * The controller's state: one discriminated union on `step`, named after Cognito's outcomes
 * (COGNITO.md §1.2). Each step carries only what its screen needs; `pending` and `error` sit beside
 * `step`. Nothing in here is secret: no password, code, Session or refresh token.
 */
import type { AuthSession, CodeDelivery } from './backend.js';
import type { ErrorInfo } from './errors.js';

/** MFA methods as Amplify v6 names them (`SMS_MFA`↔`SMS`, `SOFTWARE_TOKEN_MFA`↔`TOTP`, `EMAIL_OTP`↔`EMAIL`). */
export type MfaType = 'SMS' | 'TOTP' | 'EMAIL';

export type StepData =
  | { step: 'signIn' }
  | { step: 'signUp' }
  | { step: 'confirmSignUp'; codeDelivery?: CodeDelivery }
  | { step: 'confirmSignInWithSmsCode'; codeDelivery?: CodeDelivery }
  | { step: 'confirmSignInWithTotpCode' }
  | { step: 'confirmSignInWithEmailCode'; codeDelivery?: CodeDelivery }
  | { step: 'selectMfaType'; allowedMfaTypes: readonly MfaType[] }
  | { step: 'selectMfaSetupType'; allowedMfaTypes: readonly MfaType[] }
  | { step: 'setUpTotp'; secretCode?: string }
  | { step: 'setUpEmail' }
  | { step: 'newPasswordRequired'; missingAttributes: readonly string[] }
  | { step: 'customChallenge'; parameters: Readonly<Record<string, string>>; round: number }
  | { step: 'resetPassword' }
  | { step: 'confirmResetPassword'; codeDelivery?: CodeDelivery }
  | { step: 'signedIn'; session: AuthSession };

export type StepName = StepData['step'];

/** What just happened that the next screen should say, beside its own content. */
export type Notice = 'signUpConfirmed' | 'passwordReset' | 'signedOut' | 'codeResent';

export type AuthState = StepData & {
  /** A command is in flight; the screen shows it and refuses a second submit. */
  pending: boolean;
  error: ErrorInfo | null;
  /** The username the person is working with, kept across steps so nothing typed is lost. */
  username: string;
  notice: Notice | null;
};

export type StateOf<S extends StepName> = Extract<AuthState, { step: S }>;

export const STEP_NAMES: readonly StepName[] = [
  'signIn',
  'signUp',
  'confirmSignUp',
  'confirmSignInWithSmsCode',
  'confirmSignInWithTotpCode',
  'confirmSignInWithEmailCode',
  'selectMfaType',
  'selectMfaSetupType',
  'setUpTotp',
  'setUpEmail',
  'newPasswordRequired',
  'customChallenge',
  'resetPassword',
  'confirmResetPassword',
  'signedIn',
];

/** Steps a person (or `initial-step`) may jump to: the ones that need no server state. */
export const ENTRY_STEPS = ['signIn', 'signUp', 'resetPassword'] as const;
export type EntryStep = (typeof ENTRY_STEPS)[number];

/** Steps that answer a sign-in challenge (their Session can expire). */
export const CHALLENGE_STEPS: readonly StepName[] = [
  'confirmSignInWithSmsCode',
  'confirmSignInWithTotpCode',
  'confirmSignInWithEmailCode',
  'selectMfaType',
  'selectMfaSetupType',
  'setUpTotp',
  'setUpEmail',
  'newPasswordRequired',
  'customChallenge',
];

export function initialState(step: EntryStep = 'signIn', username = ''): AuthState {
  return { step, pending: false, error: null, username, notice: null };
}
