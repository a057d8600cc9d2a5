/**
 * `AuthController`: the framework-neutral flow, as its commands (one per user intent). Each command
 * checks its input against the step table's fields, runs one backend call through the command
 * runner, feeds the outcome to the pure machine and announces the new state. It keeps no keystrokes
 * and no secrets: a password is passed through to the backend and dropped, and the challenge handle
 * (which hides Cognito's Session) never leaves this object.
 *
 * Here are the commands the sign-in screen needs to hand over its first submit; the others are
 * thin: their bodies (sign-up, reset, the challenges after sign-in, sign-out, other tabs, managed
 * login, the passwordless commands) and a sign-in's answer (core/sign-in-flow.ts) load on demand
 * with the machine and the step table after sign-in (core/later-commands.ts through `later`), and
 * run at once when they are here.
 * `<auth-flow>` imports this file; the package root imports core/controller.ts, which bundles them.
 */
import type {
  AuthBackend,
  AuthFlowType,
  ChallengeAnswer,
  DeviceInfo,
  FederatedSignIn,
  Passkey,
  ProviderRequest,
  RememberDevice,
  SignInResult,
} from './backend.js';
import type { CommandOptions, Run } from './command-runner.js';
import type { CommandHost } from './command-host.js';
import { PasswordlessController, type PasswordlessOptions } from './controller-passwordless.js';
import { AuthError, KIT_ERROR_NAMES, type ErrorInfo } from './errors.js';
import type { AttributeRequest, FormFields } from './fields.js';
import { laterCommandsNow, loadLaterCommands, type LaterCommands } from './on-demand.js';
import type { PasswordPolicy } from './password-policy.js';
import { SIGN_IN_STEP } from './sign-in-step.js';
import type { FormValues, StepCommands, StepConfig, StepSpec } from './step-spec.js';
import { entryOf } from './step-lookup.js';
import { initialState, type EntryStep, type StepName } from './steps.js';
import type { VerifyContact } from './contact-verification.js';
import type { UsernameKind } from './username.js';
import { normalizeUsername } from './username-value.js';

const contactVerification = () => import('./contact-verification.js');

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
  /** Managed-login sign-in; none: no provider buttons, and a return is not looked for. */
  federation: FederatedSignIn | null = null;
  /** The provider of the signed-in session, when it came from managed login. */
  protected federatedProvider: string | null = null;

  constructor(backend: AuthBackend, options: AuthControllerOptions = {}) {
    super(backend, initialState(options.initialStep, options.username), options);
    this.signUpAttributes = options.signUpAttributes ?? [];
    this.revealUnknownUsers = options.revealUnknownUsers ?? false;
    this.usernameKind = options.usernameKind ?? 'username';
    this.passwordPolicy = options.passwordPolicy ?? null;
    this.verifyContact = options.verifyContact ?? 'prompt';
    this.rememberDevice = options.rememberDevice ?? 'never';
    this.formFields = options.formFields ?? {};
    // Another tab signed in, refreshed or signed out (docs/architecture.md §3).
    this.#unwatch = backend.onSessionChange?.((session) => void this.later((c) => c.sessionElsewhere(this.#host, session), { asked: false }));
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
    const spec = entryOf(this.getSnapshot().step) as StepSpec<StepName> | undefined;
    // An entry step shown before the rest of the table arrived (docs/architecture.md §2): its command waits for it.
    if (!spec) return this.later(() => this.submit(values, intent, options));
    if (intent === 'resend') return spec.resend ? this.resendCode(options) : Promise.resolve();
    const action = spec.intents && Object.hasOwn(spec.intents, intent) ? spec.intents[intent] : null;
    if (action) return Promise.resolve(action(this, options));
    return spec.submit ? spec.submit(this, values, options) : Promise.resolve();
  }

  /** Shows the signed-in view when the backend still holds a valid (or refreshable) session. */
  async restore(options: CommandOptions = {}): Promise<void> {
    const run = this.runner.begin(options);
    const outcome = await this.runner.perform(run, () => this.backend.currentSession(run.options));
    const session = outcome.status === 'done' && outcome.value;
    // The signed-in step comes out of the machine (loaded on demand): shown once it is here, unless something began meanwhile.
    if (session && run.isCurrent()) {
      await this.later(() => {
        if (run.isCurrent()) this.apply({ type: 'sessionRestored', session });
      }, { asked: false });
    }
    // No usable session stays where we are; whatever this run displaced must not stay pending.
    if (run.isLatest()) this.settle();
  }

  async signIn(
    input: { username: string; password?: string; authFlowType?: AuthFlowType },
    options: CommandOptions = {},
  ): Promise<void> {
    const username = this.#username(input.username);
    const authFlowType = input.authFlowType ?? this.authFlowType;
    const fields = SIGN_IN_STEP.fields(this.getSnapshot() as never, { ...this.stepConfig, authFlowType });
    if (this.invalid({ username, password: input.password }, fields, username)) return;
    const preferredChallenge = authFlowType === 'USER_AUTH' ? this.startingFactor() : undefined;
    const run = this.begin(options, username);
    this.factor = null;
    if (preferredChallenge) this.chooseFactor(preferredChallenge);
    await this.perform(
      run,
      () => this.backend.signIn({ username, password: input.password, authFlowType, ...this.#deviceInput(), ...(preferredChallenge && { preferredChallenge }) }, run.options),
      (result) => this.signInResult(result),
      (error) => this.#diverted(error, username, run),
      { signingIn: true },
    );
  }

  signUp(input: { username: string; password: string; attributes?: Record<string, string> }, options: CommandOptions = {}): Promise<void> {
    return this.later((c) => c.signUp(this.#host, input, options));
  }

  confirmSignUp(input: { code: string; username?: string }, options: CommandOptions = {}): Promise<void> {
    return this.later((c) => c.confirmSignUp(this.#host, input, options));
  }

  /** Sends a new code for the step on screen: sign-up confirmation, password reset, SMS or email MFA. */
  resendCode(options: CommandOptions = {}): Promise<void> {
    return this.later((c) => c.resendCode(this.#host, options));
  }

  /** Answers the challenge on screen: an MFA code, an MFA choice, a new password or a custom answer. */
  confirmSignIn(answer: ChallengeAnswer, options: CommandOptions = {}): Promise<void> {
    return this.later((c) => c.confirmSignIn(this.#host, answer, options));
  }

  resetPassword(input: { username: string }, options: CommandOptions = {}): Promise<void> {
    return this.later((c) => c.resetPassword(this.#host, input, options));
  }

  confirmResetPassword(input: { code: string; password: string; username?: string }, options: CommandOptions = {}): Promise<void> {
    return this.later((c) => c.confirmResetPassword(this.#host, input, options));
  }

  /** Signs out; `global` revokes every token of the user on every device. Always ends signed out. */
  signOut(input: { global?: boolean } = {}, options: CommandOptions = {}): Promise<void> {
    return this.later((c) => c.signOut(this.#host, input, options));
  }

  // ── managed login (docs/cognito.md §11; federated-flow.ts) ──────────────────────────────

  /** Signs in with `provider` (`Google`, a SAML or OIDC name), or the provider an identifier (an email domain) picks. */
  signInWithProvider(request: ProviderRequest, options: CommandOptions = {}): Promise<void> {
    return this.later((c) => c.signInWithProvider(this.#host, request, options));
  }

  /**
   * Completes a return from the provider in `url` (the page's address), if it is one: the code is
   * exchanged and checked, and the person lands signed in. The page should then drop `code` and
   * `state` from its address (`<auth-flow>` does).
   */
  completeRedirect(url: string, options: CommandOptions = {}): Promise<void> {
    return this.later((c) => c.completeRedirect(this.#host, url, options));
  }

  // ── passwordless (docs/cognito.md §10; passwordless-flow.ts) ─────────────────────────────

  /** From a factor's screen back to the choice; a passkey sheet still open is closed. */
  chooseAnotherFactor(): void {
    // A factor's screen comes out of the machine, with these commands (docs/architecture.md §2):
    // while they are not here, there is no such screen to leave, so nothing to do (and no wait).
    laterCommandsNow()?.chooseAnotherFactor(this.#host);
  }

  /** Opens the browser's passkey sheet for the passkey challenge on screen (again, after a cancel). */
  signInWithPasskey(options: CommandOptions = {}): Promise<void> {
    return this.later((c) => c.signInWithPasskey(this.#host, options));
  }

  /** Creates a passkey for the signed-in person (`StartWebAuthnRegistration` → browser → `Complete…`). */
  registerPasskey(options: CommandOptions = {}): Promise<void> {
    return this.later((c) => c.registerPasskey(this.#host, options));
  }

  /** "Not now": the offer closes, signed in as before. */
  declinePasskey(): void {
    // The offer comes out of the machine too: see `chooseAnotherFactor`.
    laterCommandsNow()?.declinePasskey(this.#host);
  }

  /** The signed-in person's passkeys (for an account screen). */
  listPasskeys(options: CommandOptions = {}): Promise<Passkey[]> {
    return this.#query((c) => c.listPasskeys(this.backend, options));
  }

  deletePasskey(id: string, options: CommandOptions = {}): Promise<void> {
    return this.#query((c) => c.deletePasskey(this.backend, id, options));
  }

  /**
   * Offers `username`'s passkeys in the username field's autofill (WebAuthn conditional
   * mediation), on the sign-in screen of a `USER_AUTH` flow. Cognito gives request options only
   * for a username (docs/cognito.md §10), so this needs one, typically the last one signed in on
   * this device. Any command stops it; it fails silently, since the form works without it.
   */
  startPasskeyAutofill(username: string): Promise<void> {
    const signal = this.autofillSignal();
    return this.later((c) => c.startPasskeyAutofill(this.#host, username, signal), { asked: false });
  }

  // ── verifying a contact after sign-in (contact-verification.ts) ─────────────────────────

  /** Sends a code to the contact chosen (or the one being verified), then asks for it. */
  async sendContactCode(input: { attribute?: string } = {}, options: CommandOptions = {}): Promise<void> {
    return (await contactVerification()).sendCode(this.#host, input, options);
  }

  /** Verifies the contact with its code; the session is refreshed so its claims say "verified". */
  async confirmContact(input: { code: string }, options: CommandOptions = {}): Promise<void> {
    return (await contactVerification()).confirm(this.#host, input, options);
  }

  /** "Skip for now": signed in as before. */
  skipContactVerification(): void {
    this.runner.abandon();
    this.apply({ type: 'contactVerificationSkipped' });
  }

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

  /**
   * `rememberDevice` as a sign-in (and the step table) takes it: `ask` or `always` where the
   * backend can keep devices (it can forget them); nothing for `never`, today's sign-in exactly.
   */
  #deviceInput(): { rememberDevice?: 'ask' | 'always' } {
    const rememberDevice = this.rememberDevice;
    return this.backend.forgetDevice && rememberDevice !== 'never' ? { rememberDevice } : {};
  }

  /** A query whose code loads on demand: if it cannot arrive, it rejects with the network error (no state changes). */
  #query<T>(query: (commands: LaterCommands) => Promise<T>): Promise<T> {
    const commands = laterCommandsNow();
    return commands ? query(commands) : loadLaterCommands().then(query, () => Promise.reject(new AuthError(KIT_ERROR_NAMES.network)));
  }

  /** A sign-in's answer: the step that follows, its events (core/sign-in-flow.ts, with the machine). */
  protected signInResult(result: SignInResult): Promise<void> {
    return this.later((c) => c.signInResult(this.#host, result));
  }

  /** Sign-in errors that are really steps (an unconfirmed user, a forced reset): the code the next screen needs is sent. */
  #diverted(error: ErrorInfo, username: string, run: Run): false | Promise<void> {
    if (error.code !== 'userNotConfirmed' && error.code !== 'passwordResetRequired') return false;
    return this.later((c) => c.signInDiverted(this.#host, error, username, run));
  }

  /** What the commands loaded on demand (core/later-commands.ts) may do to this controller. */
  readonly #host: CommandHost = this.#commandHost();

  /** This controller's protected members, for the commands loaded on demand alone. */
  #commandHost(): CommandHost {
    const controller = this;
    return {
      controller,
      runner: this.runner,
      get challenge() {
        return controller.challenge;
      },
      set challenge(handle) {
        controller.challenge = handle;
      },
      get factor() {
        return controller.factor;
      },
      set factor(factor) {
        controller.factor = factor;
      },
      get passwordTried() {
        return controller.passwordTried;
      },
      set passwordTried(tried) {
        controller.passwordTried = tried;
      },
      get passkeyRequest() {
        return controller.passkeyRequest;
      },
      set passkeyRequest(request) {
        controller.passkeyRequest = request;
      },
      get federatedProvider() {
        return controller.federatedProvider;
      },
      set federatedProvider(provider) {
        controller.federatedProvider = provider;
      },
      username: (value) => this.#username(value),
      deviceInput: () => this.#deviceInput(),
      begin: (options, username) => this.begin(options, username),
      perform: (run, call, onResult, onError, context) => this.perform(run, call, onResult, onError, context),
      settle: () => this.settle(),
      apply: (outcome) => this.apply(outcome),
      invalid: (values, fields, username) => this.invalid(values, fields, username),
      fail: (error) => this.fail(error),
      chooseFactor: (factor) => this.chooseFactor(factor),
    };
  }
}

function unsupported(): AuthError {
  return new AuthError(KIT_ERROR_NAMES.unsupported);
}
