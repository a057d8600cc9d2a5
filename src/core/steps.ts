/**
 * The controller's state: one discriminated union on `step`. Each step carries only what its screen
 * needs; `pending` and `error` sit beside `step`. Nothing in here is secret: no password, code,
 * Session or refresh token. What each step is and does lives in the step table (step-table.ts).
 */
import type { AuthSession, CodeDelivery, FirstFactor, MfaType } from './backend.js';
import type { ErrorInfo } from './errors.js';
import type { ContactAttribute } from './account-port.js';

export type { MfaType } from './backend.js';

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
  | { step: 'signedIn'; session: AuthSession }
  /** `USER_AUTH`: how to sign in, among the factors Cognito offers. */
  | { step: 'selectFirstFactor'; factors: readonly FirstFactor[] }
  /** `USER_AUTH`: the password, after choosing it (SRP when Cognito offers it). */
  | { step: 'confirmSignInWithPassword'; factor: 'PASSWORD' | 'PASSWORD_SRP'; factors: readonly FirstFactor[] }
  /** `USER_AUTH`: the browser's passkey sheet is (or was) open; `factors` are the other ways. */
  | { step: 'confirmSignInWithPasskey'; factors: readonly FirstFactor[] }
  /** Signed in: "sign in faster next time with a passkey?" (dismissible). */
  | { step: 'offerPasskey'; session: AuthSession }
  /** Signed in with no verified email or phone: verify one now, or skip (`verify-contact`). */
  | { step: 'verifyContact'; session: AuthSession; contacts: readonly ContactChoice[] }
  /** The code sent to the contact being verified. */
  | { step: 'confirmContact'; session: AuthSession; attribute: ContactAttribute; codeDelivery?: CodeDelivery };

/** A contact on the account that could be verified: the person's own address or number. */
export interface ContactChoice {
  attribute: ContactAttribute;
  value: string;
}

export type StepName = StepData['step'];

export type StepDataOf<S extends StepName> = Extract<StepData, { step: S }>;

/** What just happened that the next screen should say, beside its own content. */
export type Notice =
  | 'signUpConfirmed'
  | 'passwordReset'
  | 'signedOut'
  | 'codeResent'
  /** Why a sign-in led to a code step: the account is not confirmed yet, or a reset is required. */
  | 'accountNotConfirmed'
  | 'passwordResetRequired'
  | 'passkeyAdded'
  | 'contactVerified';

export type AuthState = StepData & {
  /** A command is in flight; the screen shows it and refuses a second submit. */
  pending: boolean;
  error: ErrorInfo | null;
  /** The username the person is working with, kept across steps so nothing typed is lost. */
  username: string;
  notice: Notice | null;
};

export type StateOf<S extends StepName> = Extract<AuthState, { step: S }>;

/** Steps a person (or `initial-step`) may jump to: the ones that need no server state. */
export type EntryStep = 'signIn' | 'signUp' | 'resetPassword';

export function initialState(step: EntryStep = 'signIn', username = ''): AuthState {
  return { step, pending: false, error: null, username, notice: null };
}
