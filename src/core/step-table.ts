/**
 * The step table: one entry per step, and the only place a step is described. Each entry says the
 * step's phase, the typed challenge that leads to it (and the state it starts with), how it gets a
 * new code, its heading, its fields with their rules, and how a submitted form becomes a command.
 * The machine, the controller, the view model and the elements all read this table; tests iterate
 * it. Adding a step = an entry here + a template + catalogue strings (docs/architecture.md §2).
 */
import type { AuthFlowType, Challenge, ChallengeAnswer, ChallengeType, FirstFactor, RememberDevice } from './backend.js';
import type { CommandOptions } from './command-runner.js';
import {
  ANSWER_FIELD,
  attributeField,
  CODE_FIELD,
  CONTACT_CHOICE_FIELD,
  configureFields,
  EMAIL_FIELD,
  FACTOR_FIELD,
  isAttributeName,
  MFA_CHOICE_FIELD,
  newPasswordField,
  PASSWORD_FIELD,
  REMEMBER_DEVICE_FIELD,
  usernameField,
  type AttributeRequest,
  type FieldSpec,
  type FormFields,
} from './fields.js';
import type { PasswordPolicy } from './password-policy.js';
import type { UsernameKind } from './username.js';
import type { AuthState, MfaType, StateOf, StepData, StepName } from './steps.js';

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

/** The values that are Cognito attributes (not the username, the password, a terms checkbox…). */
function attributesOf(values: FormValues): Record<string, string> {
  return Object.fromEntries(Object.entries(values).filter(([name]) => isAttributeName(name)));
}

const v = (values: FormValues, name: string): string => (Object.hasOwn(values, name) ? values[name] : '');

const code = () => [CODE_FIELD];
/** An MFA code, with "Remember this device" when the page asks (a ticked box answers `rememberDevice`). */
const mfaCode = (_state: unknown, config: StepConfig) => (config.rememberDevice === 'ask' ? [CODE_FIELD, REMEMBER_DEVICE_FIELD] : [CODE_FIELD]);
const submitCode: StepSpec<StepName>['submit'] = (c, values, options) =>
  c.confirmSignIn(v(values, 'rememberDevice') ? { code: v(values, 'code'), rememberDevice: true } : { code: v(values, 'code') }, options);
const chooseMfa: StepSpec<StepName>['submit'] = (c, values, options) =>
  c.confirmSignIn({ mfaType: v(values, 'mfaType') as MfaType }, options);
const otherFactor = { otherFactor: (c: StepCommands) => c.chooseAnotherFactor() };
const isPasswordFactor = (factor: FirstFactor | undefined): factor is 'PASSWORD' | 'PASSWORD_SRP' =>
  factor === 'PASSWORD' || factor === 'PASSWORD_SRP';

export const STEPS = {
  signIn: {
    phase: 'entry',
    heading: 'signIn.heading',
    fields: (_state, config) => {
      const plain = usernameField(config.usernameKind);
      if (config.authFlowType === 'CUSTOM_WITHOUT_SRP') return [plain];
      if (config.authFlowType !== 'USER_AUTH') return [plain, PASSWORD_FIELD];
      const username = usernameField(config.usernameKind, config.passkeyAutofill);
      return isPasswordFactor(config.preferredChallenge) ? [username, PASSWORD_FIELD] : [username];
    },
    submit: (c, values, options) => c.signIn({ username: v(values, 'username'), password: values.password }, options),
  },
  signUp: {
    phase: 'entry',
    heading: 'signUp.heading',
    fields: (_state, config) =>
      configureFields(
        [
          usernameField(config.usernameKind),
          newPasswordField(config.passwordPolicy),
          // The username is the email address or phone number: no second field for it.
          ...config.signUpAttributes.filter(({ name }) => !usernameCovers(config.usernameKind, name)).map(attributeField),
        ],
        config.formFields?.signUp?.filter(({ name }) => !usernameCovers(config.usernameKind, name)),
      ),
    submit: (c, values, options) =>
      c.signUp({ username: v(values, 'username'), password: v(values, 'password'), attributes: attributesOf(values) }, options),
  },
  confirmSignUp: {
    phase: 'recovery',
    heading: 'confirmSignUp.heading',
    resend: 'signUpCode',
    fields: code,
    submit: (c, values, options) => c.confirmSignUp({ code: v(values, 'code') }, options),
  },
  confirmSignInWithSmsCode: {
    phase: 'challenge',
    heading: 'mfa.smsHeading',
    challenge: 'smsCode',
    enter: (challenge) => (challenge.type === 'smsCode' ? { step: 'confirmSignInWithSmsCode', codeDelivery: challenge.delivery } : null),
    resend: 'challengeCode',
    fields: mfaCode,
    submit: submitCode,
  },
  confirmSignInWithTotpCode: {
    phase: 'challenge',
    heading: 'mfa.totpHeading',
    challenge: 'totpCode',
    enter: () => ({ step: 'confirmSignInWithTotpCode' }),
    fields: mfaCode,
    submit: submitCode,
  },
  confirmSignInWithEmailCode: {
    phase: 'challenge',
    heading: 'mfa.emailHeading',
    challenge: 'emailCode',
    enter: (challenge) =>
      challenge.type === 'emailCode' ? { step: 'confirmSignInWithEmailCode', codeDelivery: challenge.delivery } : null,
    resend: 'challengeCode',
    fields: mfaCode,
    submit: submitCode,
  },
  selectMfaType: {
    phase: 'challenge',
    heading: 'mfaSelect.heading',
    challenge: 'selectMfa',
    enter: (challenge) =>
      // No method the kit knows: nothing to choose, so no step (an error instead of an empty choice).
      challenge.type === 'selectMfa' && challenge.options.length ? { step: 'selectMfaType', allowedMfaTypes: challenge.options } : null,
    fields: () => [MFA_CHOICE_FIELD],
    submit: chooseMfa,
  },
  selectMfaSetupType: {
    phase: 'challenge',
    heading: 'mfaSetupSelect.heading',
    challenge: 'setUpMfa',
    enter: (challenge) => {
      // SMS is set up after sign-in (as Amplify does); a choice only when two remain.
      const options = challenge.type === 'setUpMfa' ? setupOptions(challenge.options) : [];
      return options.length > 1 ? { step: 'selectMfaSetupType', allowedMfaTypes: options } : null;
    },
    answersLocally: true,
    fields: () => [MFA_CHOICE_FIELD],
    submit: chooseMfa,
  },
  setUpEmail: {
    phase: 'challenge',
    heading: 'emailSetup.heading',
    challenge: 'setUpMfa',
    enter: (challenge) =>
      challenge.type === 'setUpMfa' && setupOptions(challenge.options)[0] === 'EMAIL' ? { step: 'setUpEmail' } : null,
    fields: () => [EMAIL_FIELD],
    submit: (c, values, options) => c.confirmSignIn({ email: v(values, 'email') }, options),
  },
  setUpTotp: {
    phase: 'challenge',
    heading: 'totpSetup.heading',
    challenge: 'setUpMfa',
    // Only an authenticator app, or no choice left but the app.
    enter: (challenge) => (challenge.type === 'setUpMfa' && challenge.options.includes('TOTP') ? { step: 'setUpTotp' } : null),
    prepare: 'totpSecret',
    fields: mfaCode,
    submit: submitCode,
  },
  newPasswordRequired: {
    phase: 'challenge',
    heading: 'newPassword.heading',
    challenge: 'newPassword',
    enter: (challenge) =>
      challenge.type === 'newPassword' ? { step: 'newPasswordRequired', missingAttributes: challenge.missingAttributes } : null,
    fields: (state, config) =>
      configureFields(
        [newPasswordField(config.passwordPolicy), ...state.missingAttributes.map((name) => attributeField({ name, required: true }))],
        config.formFields?.newPasswordRequired,
      ),
    submit: (c, values, options) =>
      c.confirmSignIn({ newPassword: v(values, 'password'), attributes: attributesOf(values) }, options),
  },
  customChallenge: {
    phase: 'challenge',
    heading: 'challenge.heading',
    challenge: 'custom',
    enter: (challenge, state) =>
      challenge.type === 'custom'
        ? { step: 'customChallenge', parameters: challenge.parameters, round: state.step === 'customChallenge' ? state.round + 1 : 1 }
        : null,
    fields: () => [ANSWER_FIELD],
    submit: (c, values, options) => c.confirmSignIn({ answer: v(values, 'answer') }, options),
  },
  resetPassword: {
    phase: 'entry',
    heading: 'resetPassword.heading',
    fields: (_state, config) => [usernameField(config.usernameKind)],
    submit: (c, values, options) => c.resetPassword({ username: v(values, 'username') }, options),
  },
  confirmResetPassword: {
    phase: 'recovery',
    heading: 'confirmResetPassword.heading',
    resend: 'resetCode',
    fields: (_state, config) => [CODE_FIELD, newPasswordField(config.passwordPolicy)],
    submit: (c, values, options) => c.confirmResetPassword({ code: v(values, 'code'), password: v(values, 'password') }, options),
  },
  signedIn: {
    phase: 'done',
    heading: 'signedIn.heading',
    fields: () => [],
    submit: (c, values, options) => c.signOut({ global: values.global === 'on' }, options),
  },
  selectFirstFactor: {
    phase: 'challenge',
    heading: 'factor.heading',
    challenge: 'selectFactor',
    enter: (challenge) => (challenge.type === 'selectFactor' && challenge.factors.length ? { step: 'selectFirstFactor', factors: challenge.factors } : null),
    // A password factor asks for the password on the next screen, before any call.
    answersLocally: true,
    fields: () => [FACTOR_FIELD],
    submit: (c, values, options) => c.confirmSignIn({ factor: v(values, 'factor') as FirstFactor }, options),
  },
  confirmSignInWithPassword: {
    phase: 'challenge',
    heading: 'factor.passwordHeading',
    fields: () => [PASSWORD_FIELD],
    // The controller sends it as the password factor this step was entered with.
    submit: (c, values, options) => c.confirmSignIn({ factor: 'PASSWORD_SRP', password: v(values, 'password') }, options),
    intents: otherFactor,
  },
  confirmSignInWithPasskey: {
    phase: 'challenge',
    heading: 'passkey.heading',
    challenge: 'passkey',
    enter: (challenge, state) =>
      challenge.type === 'passkey'
        ? { step: 'confirmSignInWithPasskey', factors: challenge.factors.length ? challenge.factors : 'factors' in state ? state.factors : [] }
        : null,
    prepare: 'passkey',
    fields: () => [],
    // Try again: the same request, the sheet opened anew.
    submit: (c, _values, options) => c.signInWithPasskey(options),
    intents: otherFactor,
  },
  offerPasskey: {
    phase: 'done',
    heading: 'passkeyOffer.heading',
    fields: () => [],
    submit: (c, _values, options) => c.registerPasskey(options),
    intents: { skip: (c) => c.declinePasskey() },
  },
  verifyContact: {
    phase: 'done',
    heading: 'verifyContact.heading',
    fields: () => [CONTACT_CHOICE_FIELD],
    submit: (c, values, options) => c.sendContactCode({ attribute: v(values, 'attribute') }, options),
    intents: { skip: (c) => c.skipContactVerification() },
  },
  confirmContact: {
    phase: 'done',
    heading: 'confirmContact.heading',
    resend: 'contactCode',
    fields: code,
    submit: (c, values, options) => c.confirmContact({ code: v(values, 'code') }, options),
    intents: { skip: (c) => c.skipContactVerification() },
  },
} satisfies { [S in StepName]: StepSpec<S> };

/** Every step, in table order. */
export const STEP_NAMES = Object.keys(STEPS) as StepName[];

export const ENTRY_STEPS = STEP_NAMES.filter((step) => STEPS[step].phase === 'entry') as readonly ('signIn' | 'signUp' | 'resetPassword')[];

export function specOf<S extends StepName>(step: S): StepSpec<S> {
  return STEPS[step] as StepSpec<S>;
}

export function phaseOf(step: StepName): Phase {
  return STEPS[step].phase;
}

/** The fields the step on screen asks for, with `config`. */
export function fieldsOf(state: AuthState, config: StepConfig = DEFAULT_STEP_CONFIG): readonly FieldSpec[] {
  return (STEPS[state.step] as StepSpec<StepName>).fields(state as never, config);
}

/** The step a typed challenge leads to, from the entries that answer it, in table order; null when none fits. */
export function stepForChallenge(challenge: Challenge, state: AuthState): StepData | null {
  for (const step of STEP_NAMES) {
    const spec = STEPS[step] as StepSpec<StepName>;
    if (spec.challenge !== challenge.type) continue;
    const data = spec.enter?.(challenge, state);
    if (data) return data;
  }
  return null;
}

/** The attributes the username itself is: sign-up sends the username as the one that fits it. */
const USERNAME_ATTRIBUTES: Record<UsernameKind, readonly string[]> = {
  username: [],
  email: ['email'],
  phone: ['phone_number'],
  emailOrPhone: ['email', 'phone_number'],
};

function usernameCovers(kind: UsernameKind = 'username', attribute: string): boolean {
  return USERNAME_ATTRIBUTES[kind].includes(attribute);
}

function setupOptions(options: readonly MfaType[]): MfaType[] {
  return options.filter((type) => type !== 'SMS');
}
