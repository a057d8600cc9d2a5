/**
 * `AuthController`: the framework-neutral flow, as its commands (one per user intent). Each command
 * checks its input against the step table's fields, runs one backend call through the command
 * runner, feeds the outcome to the pure machine and announces the new state. It keeps no keystrokes
 * and no secrets: a password is passed through to the backend and dropped, and the challenge handle
 * (which hides Cognito's Session) never leaves this object.
 */
import type { AuthBackend, AuthFlowType, AuthSession, ChallengeAnswer, DeviceInfo, RememberDevice, SignInResult } from './backend.js';
import type { CommandOptions, Run } from './command-runner.js';
import { PasswordlessController, type PasswordlessOptions } from './controller-passwordless.js';
import {
  AuthCodeSentEvent,
  AuthDeviceRememberedEvent,
  AuthErrorEvent,
  AuthPasswordResetEvent,
  AuthSignedInEvent,
  AuthSignedOutEvent,
  AuthSignedUpEvent,
} from './controller-events.js';
import { AuthError, KIT_ERROR_NAMES, type ErrorInfo } from './errors.js';
import { attributeField, USERNAME_FIELD, type AttributeRequest, type FieldSpec, type FormFields } from './fields.js';
import type { PasswordPolicy } from './password-policy.js';
import { fieldsOf, specOf, STEPS, type FormValues, type StepCommands, type StepConfig } from './step-table.js';
import { initialState, type EntryStep } from './steps.js';
import type { ContactVerificationHost, VerifyContact } from './contact-verification.js';

const contactVerification = () => import('./contact-verification.js');
import { normalizeUsername, usernameAttributeName, type UsernameKind } from './username.js';
import { normalizeAttributes, normalizeCode, validationError } from './validation.js';

export type { CommandOptions } from './command-runner.js';
export type { FactorMemory, PasskeyPrompt } from './controller-passwordless.js';
export type { VerifyContact } from './contact-verification.js';

export interface AuthControllerOptions extends PasswordlessOptions {
  initialStep?: EntryStep;
  /** The username the first screen starts with (a remembered one). */
  username?: string;
  /** The attributes sign-up requires (the element passes its `sign-up-attributes`). */
  signUpAttributes?: readonly AttributeRequest[];
  /** "Forgot password" says when a username has no account. Off: it moves on as if it had one. */
  revealUnknownUsers?: boolean;
  /** What the pool takes as a username (its `UsernameAttributes`): checked and sent in that form. */
  usernameKind?: UsernameKind;
  /** The pool's password policy, checked before a new password is sent (by default Cognito alone judges). */
  passwordPolicy?: PasswordPolicy | null;
  /** After sign-in with no verified email or phone: offer to verify one (`prompt`, the default), or not. */
  verifyContact?: VerifyContact;
  /** Remembered devices (docs/cognito.md §13): `never` (default), `ask` (a checkbox at MFA), `always`. */
  rememberDevice?: RememberDevice;
  /** How the steps that ask for attributes show them: their rules are checked too (`form-fields`). */
  formFields?: FormFields;
}

export class AuthController extends PasswordlessController implements StepCommands {
  signUpAttributes: readonly AttributeRequest[];
  revealUnknownUsers: boolean;
  /** The sign-in screen's username field offers passkeys in its autofill (the element sets it). */
  passkeyAutofill = false;
  usernameKind: UsernameKind;
  passwordPolicy: PasswordPolicy | null;
  verifyContact: VerifyContact;
  rememberDevice: RememberDevice;
  readonly #unwatch: (() => void) | undefined;
  formFields: FormFields;

  constructor(backend: AuthBackend, options: AuthControllerOptions = {}) {
    super(backend, initialState(options.initialStep, options.username), options);
    this.signUpAttributes = options.signUpAttributes ?? [];
    this.revealUnknownUsers = options.revealUnknownUsers ?? false;
    this.usernameKind = options.usernameKind ?? 'username';
    this.passwordPolicy = options.passwordPolicy ?? null;
    this.verifyContact = options.verifyContact ?? 'prompt';
    this.rememberDevice = options.rememberDevice ?? 'never';
    this.formFields = options.formFields ?? {};
    this.#unwatch = backend.onSessionChange?.((session) => this.#sessionElsewhere(session));
  }

  /** Stops the refresh timer and stops following other tabs; call when the controller is no longer used. */
  override dispose(): void {
    super.dispose();
    this.#unwatch?.();
  }

  /** What the step table's fields and the view model are computed with. */
  get stepConfig(): StepConfig {
    const { authFlowType, signUpAttributes, passkeyAutofill, usernameKind, passwordPolicy, formFields } = this;
    return { authFlowType, signUpAttributes, preferredChallenge: this.startingFactor(), passkeyAutofill, usernameKind, passwordPolicy, formFields, ...this.#deviceInput() };
  }

  #username(value: string): string {
    return normalizeUsername(value, this.usernameKind);
  }

  /**
   * A submitted form, by the step on screen: the main button runs the step's command; `resend`
   * sends a new code where the step can. Any markup works, as long as its fields carry the names the
   * step table gives (`username`, `password`, `code`, `answer`, `mfaType`, `email`, attribute names).
   */
  submit(values: FormValues, intent = 'submit', options: CommandOptions = {}): Promise<void> {
    const spec = specOf(this.getSnapshot().step);
    if (intent === 'resend') return spec.resend ? this.resendCode(options) : Promise.resolve();
    const action = spec.intents && Object.hasOwn(spec.intents, intent) ? spec.intents[intent] : null;
    if (action) return Promise.resolve(action(this, options));
    return spec.submit ? spec.submit(this, values, options) : Promise.resolve();
  }

  /** Shows the signed-in view when the backend still holds a valid (or refreshable) session. */
  async restore(options: CommandOptions = {}): Promise<void> {
    const run = this.runner.begin(options);
    const outcome = await this.runner.perform(run, () => this.backend.currentSession(run.options));
    if (outcome.status === 'done' && outcome.value && run.isCurrent()) this.apply({ type: 'sessionRestored', session: outcome.value });
    // No usable session stays where we are; whatever this run displaced must not stay pending.
    if (run.isLatest()) this.settle();
  }

  async signIn(
    input: { username: string; password?: string; authFlowType?: AuthFlowType },
    options: CommandOptions = {},
  ): Promise<void> {
    const username = this.#username(input.username);
    const authFlowType = input.authFlowType ?? this.authFlowType;
    const fields = STEPS.signIn.fields(this.getSnapshot() as never, { ...this.stepConfig, authFlowType });
    if (this.invalid({ username, password: input.password }, fields, username)) return;
    const preferredChallenge = authFlowType === 'USER_AUTH' ? this.startingFactor() : undefined;
    const run = this.begin(options, username);
    this.factor = null;
    if (preferredChallenge) this.chooseFactor(preferredChallenge);
    await this.perform(
      run,
      () => this.backend.signIn({ username, password: input.password, authFlowType, ...this.#deviceInput(), ...(preferredChallenge && { preferredChallenge }) }, run.options),
      (result) => this.signInResult(result),
      (error) => this.#signInFailed(error, username, run),
      { signingIn: true },
    );
  }

  async signUp(
    input: { username: string; password: string; attributes?: Record<string, string> },
    options: CommandOptions = {},
  ): Promise<void> {
    const username = this.#username(input.username);
    // A pool whose usernames are email addresses or phone numbers stores the username as that attribute too.
    const own = usernameAttributeName(username, this.usernameKind);
    const given = input.attributes ?? {};
    // A required attribute with no field at all is the form's fault, not the person's: say so.
    const lacking = this.signUpAttributes.find(({ name, required }) => required && name !== own && !Object.hasOwn(given, name));
    if (lacking) return this.fail(validationError({ field: lacking.name, code: 'formLacksField' }));
    const attributes = normalizeAttributes(given);
    if (own && username) attributes[own] ??= username;
    const declared = STEPS.signUp.fields(this.getSnapshot() as never, this.stepConfig);
    const fields = [...declared, ...this.#extraAttributeFields(attributes, declared)];
    if (this.invalid({ username, password: input.password, ...attributes }, fields, username)) return;
    const run = this.begin(options, username);
    await this.perform(
      run,
      () => this.backend.signUp({ username, password: input.password, attributes }, run.options),
      (result) => {
        this.apply({ type: 'signedUp', username, result });
        this.dispatchEvent(new AuthSignedUpEvent(username, result.userConfirmed));
        if (result.codeDelivery) this.dispatchEvent(new AuthCodeSentEvent(result.codeDelivery, 'confirmSignUp'));
      },
    );
  }

  async confirmSignUp(input: { code: string; username?: string }, options: CommandOptions = {}): Promise<void> {
    const username = this.#username(input.username ?? this.getSnapshot().username);
    const code = normalizeCode(input.code);
    const fields = [USERNAME_FIELD, ...STEPS.confirmSignUp.fields()];
    if (this.invalid({ username, code }, fields, username)) return;
    const run = this.begin(options, username);
    await this.perform(
      run,
      async () => {
        const handle = await this.backend.confirmSignUp({ username, code }, run.options);
        // The app client allows USER_AUTH: the confirmation itself signs the person in.
        if (!handle || !this.backend.signInAfterConfirmation) return null;
        return this.backend.signInAfterConfirmation(handle, run.options).catch(() => null);
      },
      (signedIn) => (signedIn ? this.signInResult(signedIn) : this.apply({ type: 'signUpConfirmed' })),
      (error) => this.#alreadyConfirmed(error),
    );
  }

  /** Sends a new code for the step on screen: sign-up confirmation, password reset, SMS or email MFA. */
  async resendCode(options: CommandOptions = {}): Promise<void> {
    const { step, username } = this.getSnapshot();
    const resend = specOf(step).resend;
    if (resend === 'resetCode') return this.#sendResetCode(username, this.begin(options), { resend: true });
    if (resend === 'signUpCode') return this.#sendSignUpCode(username, this.begin(options));
    if (resend === 'contactCode') return this.sendContactCode({}, options);
    const handle = this.challenge;
    if (resend !== 'challengeCode' || !handle) return;
    const run = this.begin(options);
    await this.perform(
      run,
      () => this.backend.resendChallengeCode(handle, run.options),
      (result) => {
        this.signInResult(result);
        const state = this.getSnapshot();
        if ('codeDelivery' in state && state.codeDelivery) this.apply({ type: 'codeResent', codeDelivery: state.codeDelivery });
      },
    );
  }

  /** Answers the challenge on screen: an MFA code, an MFA choice, a new password or a custom answer. */
  async confirmSignIn(answer: ChallengeAnswer, options: CommandOptions = {}): Promise<void> {
    const handle = this.challenge;
    if (!handle) return;
    const state = this.getSnapshot();
    let normalized = 'code' in answer ? { ...answer, code: normalizeCode(answer.code) } : answer;
    // The password screen answers with the password factor it was entered with.
    if ('factor' in normalized && state.step === 'confirmSignInWithPassword') normalized = { ...normalized, factor: state.factor };
    if (this.invalid(answerValues(normalized), fieldsOf(state, this.stepConfig))) return;
    if ('factor' in normalized) {
      if (normalized.password === undefined && this.choosePasswordLocally(normalized.factor)) return;
      if (state.step === 'selectFirstFactor') this.chooseFactor(normalized.factor);
    }
    if (specOf(this.getSnapshot().step).answersLocally && 'mfaType' in normalized) {
      // Choosing what to set up asks nothing of Cognito: the next screen does the setting up.
      this.apply({ type: 'mfaSetupChosen', mfaType: normalized.mfaType });
      await this.#prepare(options);
      return;
    }
    const run = this.begin(options);
    // Cognito ends the choice's Session on a wrong password: a second try starts USER_AUTH afresh,
    // with the password factor preferred and the password in the same request.
    const retry = state.step === 'confirmSignInWithPassword' && this.passwordTried;
    if (state.step === 'confirmSignInWithPassword') this.passwordTried = true;
    const { username } = state;
    const preferredChallenge = 'factor' in normalized ? normalized.factor : undefined;
    const password = 'factor' in normalized ? normalized.password : undefined;
    await this.perform(
      run,
      () =>
        retry
          ? this.backend.signIn({ username, password, authFlowType: 'USER_AUTH', preferredChallenge, ...this.#deviceInput() }, run.options)
          : this.backend.answerChallenge(handle, normalized, run.options),
      (result) => this.signInResult(result),
      undefined,
      // A wrong password at the password factor reads as at sign-in.
      { signingIn: 'factor' in normalized },
    );
  }

  async resetPassword(input: { username: string }, options: CommandOptions = {}): Promise<void> {
    const username = this.#username(input.username);
    if (this.invalid({ username }, STEPS.resetPassword.fields(this.getSnapshot() as never, this.stepConfig), username)) return;
    await this.#sendResetCode(username, this.begin(options, username));
  }

  async confirmResetPassword(
    input: { code: string; password: string; username?: string },
    options: CommandOptions = {},
  ): Promise<void> {
    const username = this.#username(input.username ?? this.getSnapshot().username);
    const code = normalizeCode(input.code);
    const fields = [USERNAME_FIELD, ...STEPS.confirmResetPassword.fields(this.getSnapshot() as never, this.stepConfig)];
    if (this.invalid({ username, code, password: input.password }, fields, username)) return;
    const run = this.begin(options, username);
    await this.perform(
      run,
      () => this.backend.confirmForgotPassword({ username, code, password: input.password }, run.options),
      () => {
        this.apply({ type: 'passwordReset' });
        this.dispatchEvent(new AuthPasswordResetEvent(username));
      },
    );
  }

  /** Signs out; `global` revokes every token of the user on every device. Always ends signed out. */
  async signOut(input: { global?: boolean } = {}, options: CommandOptions = {}): Promise<void> {
    const username = this.getSnapshot().username;
    const run = this.begin(options);
    // The backend drops its tokens whatever the server said; the person is signed out here.
    await this.runner.perform(run, () => this.backend.signOut(input, run.options));
    if (!run.isLatest()) return; // a newer command (a new sign-in) owns the screen now
    this.#signedOut(username);
    this.endFederatedSession();
  }

  // ── verifying a contact after sign-in (contact-verification.ts) ─────────────────────────

  /** Sends a code to the contact chosen (or the one being verified), then asks for it. */
  async sendContactCode(input: { attribute?: string } = {}, options: CommandOptions = {}): Promise<void> {
    return (await contactVerification()).sendCode(this.#contactHost, input, options);
  }

  /** Verifies the contact with its code; the session is refreshed so its claims say "verified". */
  async confirmContact(input: { code: string }, options: CommandOptions = {}): Promise<void> {
    return (await contactVerification()).confirm(this.#contactHost, input, options);
  }

  /** "Skip for now": signed in as before. */
  skipContactVerification(): void {
    this.runner.abandon();
    this.apply({ type: 'contactVerificationSkipped' });
  }

  protected override async offerContactVerification(): Promise<boolean> {
    if (this.verifyContact !== 'prompt' || this.federatedProvider !== null) return false;
    if (!this.backend.sendAttributeCode || !this.backend.verifyAttribute) return false;
    return (await contactVerification()).offer(this.#contactHost);
  }

  readonly #contactHost: ContactVerificationHost = {
    backend: this.backend,
    stepConfig: () => this.stepConfig,
    getSnapshot: () => this.getSnapshot(),
    dispatchEvent: (event) => this.dispatchEvent(event),
    begin: (options) => this.begin(options),
    perform: (run, call, onResult, onError) => this.perform(run, call, onResult, onError),
    apply: (outcome) => this.apply(outcome),
    invalid: (values, fields) => this.invalid(values, fields),
  };

  /** Moves to a screen that needs no server state; a command in flight is abandoned. */
  goTo(step: EntryStep, input: { username?: string } = {}): void {
    this.runner.abandon();
    this.stopPasskeyAutofill();
    this.apply({ type: 'navigated', step, username: input.username?.trim() });
  }

  /** Abandons whatever is in progress and returns to sign-in, keeping the username. */
  cancel(): void {
    this.goTo('signIn');
  }

  /** The signed-in person's devices, this one marked `current` (for an account screen). */
  listDevices(options: CommandOptions = {}): Promise<DeviceInfo[]> {
    return this.backend.listDevices?.(options) ?? Promise.reject(unsupported());
  }

  /** Forgets a device (by its `key`): it will need MFA again. Forgetting this one forgets it here too. */
  forgetDevice(key: string, options: CommandOptions = {}): Promise<void> {
    return this.backend.forgetDevice?.(key, options) ?? Promise.reject(unsupported());
  }

  // ── internals ────────────────────────────────────────────────────────────────────────────

  #signedOut(username: string): void {
    this.challenge = null;
    this.factor = null;
    this.apply({ type: 'signedOut' });
    this.dispatchEvent(new AuthSignedOutEvent(username));
  }

  /**
   * Another tab (or backend sharing the stored session) signed in, refreshed or signed out. A
   * sign-out there ends the session here; new tokens replace the ones on screen (and move the
   * refresh timer); a sign-in there shows here only on an untouched sign-in screen.
   */
  #sessionElsewhere(session: AuthSession | null): void {
    const { step, pending, username } = this.getSnapshot();
    if (!session) {
      if (specOf(step).phase !== 'done') return;
      this.runner.abandon();
      this.#signedOut(username);
    } else if (step === 'signedIn' || (step === 'signIn' && !pending)) {
      this.apply({ type: 'sessionRestored', session });
    }
  }

  /**
   * `rememberDevice` as a sign-in (and the step table) takes it: `ask` or `always` where the
   * backend can keep devices (it can forget them); nothing for `never`, today's sign-in exactly.
   */
  #deviceInput(): { rememberDevice?: 'ask' | 'always' } {
    const rememberDevice = this.rememberDevice;
    return this.backend.forgetDevice && rememberDevice !== 'never' ? { rememberDevice } : {};
  }

  protected signInResult(result: SignInResult): void {
    this.challenge = result.kind === 'challenge' ? result.handle : null;
    const username = this.getSnapshot().username;
    if (result.kind === 'challenge') result = { ...result, challenge: this.usableChallenge(result.challenge, username) };
    this.apply({ type: 'signInResult', result });
    const state = this.getSnapshot();
    if (state.step === 'signedIn') {
      this.dispatchEvent(new AuthSignedInEvent(state.session, this.federatedProvider ?? undefined));
      if (result.kind === 'done' && result.deviceRemembered) this.dispatchEvent(new AuthDeviceRememberedEvent(state.session.username));
      void this.afterSignIn(username);
    } else if (specOf(state.step).prepare) void this.#prepare({});
    else if ('codeDelivery' in state && state.codeDelivery) {
      this.dispatchEvent(new AuthCodeSentEvent(state.codeDelivery, state.step));
    } else if (state.error) this.dispatchEvent(new AuthErrorEvent(state.error, state.step));
  }

  /** What the step on screen fetches as it appears: the authenticator-app secret at TOTP setup. */
  async #prepare(options: CommandOptions): Promise<void> {
    const handle = this.challenge;
    const prepare = specOf(this.getSnapshot().step).prepare;
    if (prepare === 'passkey') return this.signInWithPasskey(options);
    if (!handle || prepare !== 'totpSecret') return;
    const run = this.begin(options);
    await this.perform(
      run,
      () => this.backend.associateTotp(handle, run.options),
      ({ secretCode }) => this.apply({ type: 'totpSecretReady', secretCode }),
    );
  }

  /** Sign-in errors that are really steps: send the code the next screen needs. */
  #signInFailed(error: ErrorInfo, username: string, run: Run): boolean {
    if (error.code === 'userNotConfirmed') {
      this.apply({ type: 'signInDiverted', error });
      void this.#sendSignUpCode(username, run);
      return true;
    }
    if (error.code === 'passwordResetRequired') {
      this.apply({ type: 'signInDiverted', error });
      void this.#sendResetCode(username, run);
      return true;
    }
    return false;
  }

  /** Confirmed already (another tab, an email link): the goal is reached. */
  #alreadyConfirmed(error: ErrorInfo): boolean {
    if (error.code !== 'alreadyConfirmed') return false;
    this.apply({ type: 'signUpConfirmed' });
    return true;
  }

  async #sendSignUpCode(username: string, run: Run): Promise<void> {
    await this.perform(
      run,
      () => this.backend.resendSignUpCode({ username }, run.options),
      (codeDelivery) => {
        this.apply({ type: 'codeResent', codeDelivery });
        this.dispatchEvent(new AuthCodeSentEvent(codeDelivery, 'confirmSignUp'));
      },
      (error) => this.#alreadyConfirmed(error),
    );
  }

  /**
   * Sends a password-reset code. An unknown username moves on exactly like a known one (without
   * saying where the code went), as sign-in does not reveal whether an account exists either,
   * unless the app chose `revealUnknownUsers`.
   */
  async #sendResetCode(username: string, run: Run, { resend = false } = {}): Promise<void> {
    await this.perform(
      run,
      () => this.backend.forgotPassword({ username }, run.options),
      (codeDelivery) => {
        this.apply(resend ? { type: 'codeResent', codeDelivery } : { type: 'resetCodeSent', username, codeDelivery });
        this.dispatchEvent(new AuthCodeSentEvent(codeDelivery, 'confirmResetPassword'));
      },
      (error) => {
        if (error.code !== 'userNotFound' || this.revealUnknownUsers) return false;
        this.apply(resend ? { type: 'codeResent' } : { type: 'resetCodeSent', username });
        return true;
      },
    );
  }

  /** Sign-up attributes the form did not declare are still checked for their format. */
  #extraAttributeFields(attributes: Record<string, string>, fields: readonly FieldSpec[]): FieldSpec[] {
    const declared = new Set(fields.map(({ name }) => name));
    return Object.keys(attributes)
      .filter((name) => !declared.has(name))
      .map((name) => attributeField({ name, required: false }));
  }
}

function unsupported(): AuthError {
  return new AuthError(KIT_ERROR_NAMES.unsupported);
}

/** An answer's values under the names the step's fields carry, for validation. */
function answerValues(answer: ChallengeAnswer): Record<string, string | undefined> {
  if ('code' in answer) return { code: answer.code };
  if ('newPassword' in answer) return { password: answer.newPassword, ...answer.attributes };
  if ('answer' in answer) return { answer: answer.answer };
  if ('email' in answer) return { email: answer.email };
  if ('factor' in answer) return { factor: answer.factor, password: answer.password };
  if ('credential' in answer) return {};
  return { mfaType: answer.mfaType };
}
