/**
 * What an entry of the step table is (docs/architecture.md §2): its fields, its phase, how a form
 * becomes a command, and what the entries are computed with. Types and the default configuration
 * only, so that both parts of the table (core/sign-in-step.ts up front, core/later-steps.ts on
 * demand) and what reads them share them without pulling either in.
 */
import type { AuthFlowType, Challenge, ChallengeAnswer, ChallengeType, FirstFactor, RememberDevice } from './backend.js';
import type { CommandOptions } from './command-runner.js';
import type { AttributeRequest, FieldSpec, FormFields } from './fields.js';
import type { PasswordPolicy } from './password-policy.js';
import type { UsernameKind } from './username.js';
import type { AuthState, StateOf, StepData, StepName } from './steps.js';

export type Phase = 'entry' | 'challenge' | 'recovery' | 'done';

/** Which code "Send a new code" asks for. */
export type Resend = 'signUpCode' | 'resetCode' | 'challengeCode' | 'contactCode';

/** What the form is configured with, beside the state (attributes of `<auth-flow>`, controller options). */
export interface StepConfig {
  authFlowType: AuthFlowType;
  /** The attributes sign-up asks for. */
  signUpAttributes: readonly AttributeRequest[];
  /** `USER_AUTH`: the factor to start with; a password factor puts the password on the first screen. */
  preferredChallenge?: FirstFactor;
  /** `USER_AUTH`: the username field offers this person's passkeys in its autofill. */
  passkeyAutofill?: boolean;
  /** What the pool takes as a username (its `UsernameAttributes`); a plain username by default. */
  usernameKind?: UsernameKind;
  /** The pool's password policy, checked before sending; none (Cognito alone judges) by default. */
  passwordPolicy?: PasswordPolicy | null;
  /** `ask`: the MFA code steps offer "Remember this device". */
  rememberDevice?: RememberDevice;
  /** How the steps that ask for attributes show them (`form-fields`). */
  formFields?: FormFields;
}

export const DEFAULT_STEP_CONFIG: StepConfig = { authFlowType: 'USER_SRP_AUTH', signUpAttributes: [] };

/** A submitted form's fields by name (secrets included: they go to the controller, nowhere else). */
export type FormValues = Readonly<Record<string, string>>;

/** The controller's commands, as the table calls them. */
export interface StepCommands {
  signIn(input: { username: string; password?: string }, options?: CommandOptions): Promise<void>;
  signUp(input: { username: string; password: string; attributes?: Record<string, string> }, options?: CommandOptions): Promise<void>;
  confirmSignUp(input: { code: string }, options?: CommandOptions): Promise<void>;
  confirmSignIn(answer: ChallengeAnswer, options?: CommandOptions): Promise<void>;
  resetPassword(input: { username: string }, options?: CommandOptions): Promise<void>;
  confirmResetPassword(input: { code: string; password: string }, options?: CommandOptions): Promise<void>;
  signOut(input?: { global?: boolean }, options?: CommandOptions): Promise<void>;
  signInWithPasskey(options?: CommandOptions): Promise<void>;
  chooseAnotherFactor(): void;
  registerPasskey(options?: CommandOptions): Promise<void>;
  declinePasskey(): void;
  sendContactCode(input: { attribute?: string }, options?: CommandOptions): Promise<void>;
  confirmContact(input: { code: string }, options?: CommandOptions): Promise<void>;
  skipContactVerification(): void;
}

/** Message keys of step headings; every catalogue has them (i18n/en.ts checks). */
export type StepHeadingKey =
  | 'signIn.heading'
  | 'signUp.heading'
  | 'confirmSignUp.heading'
  | 'mfa.smsHeading'
  | 'mfa.totpHeading'
  | 'mfa.emailHeading'
  | 'mfaSelect.heading'
  | 'mfaSetupSelect.heading'
  | 'totpSetup.heading'
  | 'emailSetup.heading'
  | 'newPassword.heading'
  | 'challenge.heading'
  | 'resetPassword.heading'
  | 'confirmResetPassword.heading'
  | 'signedIn.heading'
  | 'factor.heading'
  | 'factor.passwordHeading'
  | 'passkey.heading'
  | 'passkeyOffer.heading'
  | 'verifyContact.heading'
  | 'confirmContact.heading';

export interface StepSpec<S extends StepName> {
  phase: Phase;
  heading: StepHeadingKey;
  /**
   * The typed challenge this step answers, and the state the step starts with. `enter` returns
   * null when this step does not fit the challenge (the next entry for it is tried).
   */
  challenge?: ChallengeType;
  enter?(challenge: Challenge, state: AuthState): StepData | null;
  /** Shows where a code went and can send a new one. */
  resend?: Resend;
  /** What the step does as it appears: fetch the authenticator-app secret, or open the passkey sheet. */
  prepare?: 'totpSecret' | 'passkey';
  /** Its answer picks the next screen without asking Cognito (which MFA method to set up). */
  answersLocally?: true;
  fields(state: StateOf<S>, config: StepConfig): readonly FieldSpec[];
  /** How the submitted form becomes a command (the main button; other intents are generic). */
  submit?(commands: StepCommands, values: FormValues, options: CommandOptions): Promise<void>;
  /** The step's other buttons, by intent (`otherFactor`, `skip`). */
  intents?: Readonly<Record<string, (commands: StepCommands, options: CommandOptions) => Promise<void> | void>>;
}

/** A whole table: an entry for every step (what core/step-table.ts composes and registers). */
export type StepTable = { readonly [S in StepName]: StepSpec<S> };

/** A submitted form's value, empty when the form lacks the field. */
export const formValue = (values: FormValues, name: string): string => (Object.hasOwn(values, name) ? values[name] : '');
