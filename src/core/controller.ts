/**
 * `AuthController`: the framework-neutral flow. Commands are intents (one per user action); it
 * calls the backend, feeds the outcome to the pure machine and announces the new state. It keeps
 * no keystrokes and no secrets: a password is passed through to the backend and dropped, and the
 * challenge handle (which hides Cognito's Session) never leaves this object.
 */
import type { AuthBackend, AuthFlowType, CallOptions, ChallengeHandle, SignInResult } from './backend.js';
import { answerChecks, challengeResponses, type ChallengeAnswer } from './challenge-answers.js';
import {
  AuthCodeSentEvent,
  AuthErrorEvent,
  AuthPasswordResetEvent,
  AuthSignedInEvent,
  AuthSignedOutEvent,
  AuthSignedUpEvent,
  AuthStateChangeEvent,
  TypedEventTarget,
  type AuthControllerEventMap,
} from './controller-events.js';
import { describeError, type ErrorInfo } from './errors.js';
import { transition, type Outcome } from './machine.js';
import { RefreshTimer } from './refresh-timer.js';
import { initialState, type AuthState, type EntryStep } from './steps.js';
import { normalizeAttributes, normalizeCode, validateFields, validationError, type FieldRule } from './validation.js';

export interface AuthControllerOptions {
  initialStep?: EntryStep;
  authFlowType?: AuthFlowType;
}

export interface CommandOptions {
  signal?: AbortSignal;
  clientMetadata?: Record<string, string>;
}

/** One command in flight: its abort switch and whether its answer still matters. */
interface Run {
  options: CallOptions;
  /** Its answer still matters: not abandoned, not aborted. */
  isCurrent(): boolean;
  /** No newer command started (it may still have been aborted by the caller's signal). */
  isLatest(): boolean;
}

export class AuthController extends TypedEventTarget<AuthControllerEventMap> {
  readonly backend: AuthBackend;
  authFlowType: AuthFlowType;
  #state: AuthState;
  #listeners = new Set<(state: AuthState) => void>();
  #inFlight: AbortController | null = null;
  #generation = 0;
  #challenge: { name: string; handle: ChallengeHandle } | null = null;
  #refreshTimer = new RefreshTimer(() => void this.#refresh());

  constructor(backend: AuthBackend, options: AuthControllerOptions = {}) {
    super();
    this.backend = backend;
    this.authFlowType = options.authFlowType ?? 'USER_SRP_AUTH';
    this.#state = initialState(options.initialStep);
  }

  /** The current state; a new object on every change (immutable), so identity comparison works. */
  getSnapshot = (): AuthState => this.#state;

  /** Calls `listener` on every change; returns the unsubscribe function (`useSyncExternalStore` shape). */
  subscribe = (listener: (state: AuthState) => void): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  /** Shows the signed-in view when the backend still holds a valid (or refreshable) session. */
  async restore(options: CommandOptions = {}): Promise<void> {
    const run = this.#begin(options, { silent: true });
    try {
      const session = await this.backend.currentSession(run.options);
      if (session && run.isCurrent()) this.#apply({ type: 'sessionRestored', session });
    } catch {
      // No usable session: stay where we are.
    } finally {
      if (run.isCurrent()) this.#settle();
    }
  }

  async signIn(
    input: { username: string; password?: string; authFlowType?: AuthFlowType },
    options: CommandOptions = {},
  ): Promise<void> {
    const username = input.username.trim();
    const authFlowType = input.authFlowType ?? this.authFlowType;
    const rules: Record<string, FieldRule[]> = { username: ['required'] };
    if (authFlowType !== 'CUSTOM_WITHOUT_SRP') rules.password = ['required'];
    if (this.#invalid({ username, password: input.password }, rules, username)) return;
    const run = this.#begin(options, { username });
    await this.#perform(
      run,
      () => this.backend.signIn({ username, password: input.password, authFlowType }, run.options),
      (result) => this.#signInResult(result),
      (error) => this.#signInFailed(error, username, run),
    );
  }

  async signUp(
    input: { username: string; password: string; attributes?: Record<string, string> },
    options: CommandOptions = {},
  ): Promise<void> {
    const username = input.username.trim();
    const attributes = normalizeAttributes(input.attributes ?? {});
    const rules: Record<string, FieldRule[]> = { username: ['required'], password: ['required'] };
    if ('email' in attributes) rules.email = ['email'];
    if ('phone_number' in attributes) rules.phone_number = ['phone'];
    if (this.#invalid({ username, password: input.password, ...attributes }, rules, username)) return;
    const run = this.#begin(options, { username });
    await this.#perform(
      run,
      () => this.backend.signUp({ username, password: input.password, attributes }, run.options),
      (result) => {
        this.#apply({ type: 'signedUp', username, result });
        this.dispatchEvent(new AuthSignedUpEvent(username, result.userConfirmed));
        if (result.codeDelivery) this.dispatchEvent(new AuthCodeSentEvent(result.codeDelivery, 'confirmSignUp'));
      },
    );
  }

  async confirmSignUp(input: { code: string; username?: string }, options: CommandOptions = {}): Promise<void> {
    const username = (input.username ?? this.#state.username).trim();
    const code = normalizeCode(input.code);
    if (this.#invalid({ username, code }, { username: ['required'], code: ['required', 'code'] }, username)) return;
    const run = this.#begin(options, { username });
    await this.#perform(
      run,
      () => this.backend.confirmSignUp({ username, code }, run.options),
      () => this.#apply({ type: 'signUpConfirmed' }),
      (error) => {
        // Confirmed already (another tab, an email link): the goal is reached.
        if (error.code !== 'alreadyConfirmed') return false;
        this.#apply({ type: 'signUpConfirmed' });
        return true;
      },
    );
  }

  /** Sends a new code for the step on screen: sign-up confirmation, password reset, SMS or email MFA. */
  async resendCode(options: CommandOptions = {}): Promise<void> {
    const { step, username } = this.#state;
    if (step === 'confirmResetPassword') return this.#sendResetCode(username, this.#begin(options));
    if (step === 'confirmSignUp') return this.#sendSignUpCode(username, this.#begin(options));
    const challenge = this.#challenge;
    if (!challenge || (step !== 'confirmSignInWithSmsCode' && step !== 'confirmSignInWithEmailCode')) return;
    const run = this.#begin(options);
    await this.#perform(
      run,
      () => this.backend.resendChallengeCode(challenge.handle, run.options),
      (result) => {
        this.#signInResult(result);
        const state = this.#state;
        if ('codeDelivery' in state && state.codeDelivery) this.#apply({ type: 'codeResent', codeDelivery: state.codeDelivery });
      },
    );
  }

  /** Answers the challenge on screen: an MFA code, an MFA choice, a new password or a custom answer. */
  async confirmSignIn(answer: ChallengeAnswer, options: CommandOptions = {}): Promise<void> {
    const challenge = this.#challenge;
    if (!challenge) return;
    const normalized = 'code' in answer ? { code: normalizeCode(answer.code) } : answer;
    const { values, rules } = answerChecks(normalized);
    if (this.#invalid(values, rules)) return;
    const step = this.#state.step;
    if (step === 'selectMfaSetupType' && 'mfaType' in normalized) {
      this.#apply({ type: 'mfaSetupChosen', mfaType: normalized.mfaType });
      if (this.getSnapshot().step === 'setUpTotp') await this.#associateTotp(options);
      return;
    }
    const run = this.#begin(options);
    if (step === 'setUpTotp' && 'code' in normalized) {
      await this.#perform(
        run,
        () => this.backend.verifyTotpSetup(challenge.handle, { code: normalized.code }, run.options),
        (result) => this.#signInResult(result),
      );
      return;
    }
    const responses = challengeResponses(challenge.name, normalized);
    if (!responses) {
      this.#settle();
      return;
    }
    await this.#perform(
      run,
      () => this.backend.respondToChallenge(challenge.handle, responses, run.options),
      (result) => this.#signInResult(result),
    );
  }

  /** Stops the refresh timer; call when the controller is no longer used. */
  dispose(): void {
    this.#abandon();
    this.#refreshTimer.stop();
  }

  async resetPassword(input: { username: string }, options: CommandOptions = {}): Promise<void> {
    const username = input.username.trim();
    if (this.#invalid({ username }, { username: ['required'] }, username)) return;
    await this.#sendResetCode(username, this.#begin(options, { username }));
  }

  async confirmResetPassword(
    input: { code: string; password: string; username?: string },
    options: CommandOptions = {},
  ): Promise<void> {
    const username = (input.username ?? this.#state.username).trim();
    const code = normalizeCode(input.code);
    const values = { username, code, password: input.password };
    const rules: Record<string, FieldRule[]> = { code: ['required', 'code'], password: ['required'] };
    if (this.#invalid(values, rules, username)) return;
    const run = this.#begin(options, { username });
    await this.#perform(
      run,
      () => this.backend.confirmForgotPassword({ username, code, password: input.password }, run.options),
      () => {
        this.#apply({ type: 'passwordReset' });
        this.dispatchEvent(new AuthPasswordResetEvent(username));
      },
    );
  }

  /** Signs out; `global` revokes every token of the user on every device. Always ends signed out. */
  async signOut(input: { global?: boolean } = {}, options: CommandOptions = {}): Promise<void> {
    const username = this.#state.username;
    const run = this.#begin(options);
    try {
      await this.backend.signOut(input, run.options);
    } catch {
      // The backend drops its tokens whatever the server said; the person is signed out here.
    }
    this.#challenge = null;
    this.#apply({ type: 'signedOut' });
    this.dispatchEvent(new AuthSignedOutEvent(username));
  }

  /** Moves to a screen that needs no server state; a command in flight is abandoned. */
  goTo(step: EntryStep, input: { username?: string } = {}): void {
    this.#abandon();
    this.#apply({ type: 'navigated', step, username: input.username?.trim() });
  }

  /** Abandons whatever is in progress and returns to sign-in, keeping the username. */
  cancel(): void {
    this.goTo('signIn');
  }

  // ── internals ────────────────────────────────────────────────────────────────────────────

  #signInResult(result: SignInResult): void {
    this.#challenge = result.kind === 'challenge' ? { name: result.name, handle: result.handle } : null;
    this.#apply({ type: 'signInResult', result });
    const state = this.#state;
    if (state.step === 'signedIn') this.dispatchEvent(new AuthSignedInEvent(state.session));
    else if (state.step === 'setUpTotp') void this.#associateTotp({});
    else if ('codeDelivery' in state && state.codeDelivery) {
      this.dispatchEvent(new AuthCodeSentEvent(state.codeDelivery, state.step));
    } else if (state.error) this.dispatchEvent(new AuthErrorEvent(state.error, state.step));
  }

  /** MFA_SETUP with an authenticator app: fetch the secret the screen shows. */
  async #associateTotp(options: CommandOptions): Promise<void> {
    const challenge = this.#challenge;
    if (!challenge) return;
    const run = this.#begin(options);
    await this.#perform(
      run,
      () => this.backend.associateTotp(challenge.handle, run.options),
      ({ secretCode }) => this.#apply({ type: 'totpSecretReady', secretCode }),
    );
  }

  /**
   * Shortly before the access token expires, asks the backend for the current session (which
   * refreshes it). If it is gone, the person is signed out and told why.
   */
  async #refresh(): Promise<void> {
    if (this.#state.step !== 'signedIn') return;
    try {
      const session = await this.backend.currentSession();
      if (this.#state.step !== 'signedIn') return;
      if (session) this.#apply({ type: 'sessionRestored', session });
      else this.#fail({ code: 'tokenRevoked', name: 'NotAuthorizedException', retryable: false });
    } catch {
      // Offline or throttled: keep the session on screen and try again a little later.
      if (this.#state.step === 'signedIn') this.#refreshTimer.retry();
    }
  }

  /** Sign-in errors that are really steps: send the code the next screen needs. */
  #signInFailed(error: ErrorInfo, username: string, run: Run): boolean {
    if (error.code === 'userNotConfirmed') {
      this.#apply({ type: 'failed', error });
      void this.#sendSignUpCode(username, run);
      return true;
    }
    if (error.code === 'passwordResetRequired') {
      this.#apply({ type: 'failed', error });
      void this.#sendResetCode(username, run);
      return true;
    }
    return false;
  }

  async #sendSignUpCode(username: string, run: Run): Promise<void> {
    await this.#perform(
      run,
      () => this.backend.resendSignUpCode({ username }, run.options),
      (codeDelivery) => {
        this.#apply({ type: 'codeResent', codeDelivery });
        this.dispatchEvent(new AuthCodeSentEvent(codeDelivery, 'confirmSignUp'));
      },
      (error) => {
        if (error.code !== 'alreadyConfirmed') return false;
        this.#apply({ type: 'signUpConfirmed' });
        return true;
      },
    );
  }

  async #sendResetCode(username: string, run: Run): Promise<void> {
    await this.#perform(
      run,
      () => this.backend.forgotPassword({ username }, run.options),
      (codeDelivery) => {
        this.#apply({ type: 'resetCodeSent', username, codeDelivery });
        this.dispatchEvent(new AuthCodeSentEvent(codeDelivery, 'confirmResetPassword'));
      },
    );
  }

  /**
   * Runs one backend call for `run`: applies the result only while `run` is current (a late answer
   * for a screen the person left is dropped), and turns any failure into an error state, unless
   * `onError` handled it.
   */
  async #perform<T>(
    run: Run,
    call: () => Promise<T>,
    onResult: (result: T) => void,
    onError?: (error: ErrorInfo) => boolean,
  ): Promise<void> {
    let result: T;
    try {
      result = await call();
    } catch (thrown) {
      if (!run.isCurrent()) {
        if (run.isLatest()) this.#settle(); // aborted by the caller: no error, just not pending
        return;
      }
      const error = describeError(thrown, { signingIn: this.#state.step === 'signIn' });
      if (onError?.(error)) return;
      this.#fail(error);
      return;
    }
    if (run.isCurrent()) onResult(result);
  }

  #begin(options: CommandOptions, start: { username?: string; silent?: boolean } = {}): Run {
    this.#abandon();
    const generation = this.#generation;
    const abort = new AbortController();
    this.#inFlight = abort;
    const signal = options.signal ? AbortSignal.any([abort.signal, options.signal]) : abort.signal;
    if (!start.silent) this.#apply({ type: 'submitted', username: start.username });
    return {
      options: { signal, clientMetadata: options.clientMetadata },
      isCurrent: () => generation === this.#generation && !signal.aborted,
      isLatest: () => generation === this.#generation,
    };
  }

  /** Drops the command in flight: its answer, if it ever comes, will not be applied. */
  #abandon(): void {
    this.#generation++;
    this.#inFlight?.abort();
    this.#inFlight = null;
  }

  #settle(): void {
    if (this.#state.pending) this.#update({ ...this.#state, pending: false });
  }

  /** Validation failures become a field error state without a call; returns true when invalid. */
  #invalid(
    values: Readonly<Record<string, string | undefined>>,
    rules: Readonly<Record<string, readonly FieldRule[]>>,
    username?: string,
  ): boolean {
    const [first] = validateFields(values, rules);
    if (!first) return false;
    if (username !== undefined && username !== this.#state.username) {
      this.#update({ ...this.#state, username });
    }
    this.#fail(validationError(first));
    return true;
  }

  #fail(error: ErrorInfo): void {
    this.#apply({ type: 'failed', error });
    const state = this.#state;
    this.dispatchEvent(new AuthErrorEvent(state.error ?? error, state.step));
  }

  #apply(outcome: Outcome): void {
    this.#update(transition(this.#state, outcome));
  }

  #update(next: AuthState): void {
    const previous = this.#state;
    if (next === previous) return;
    this.#state = next;
    // Back at the start (expired Session, cancel, sign-out): the old challenge can't be answered.
    if (next.step === 'signIn') this.#challenge = null;
    if (next.step === 'signedIn') {
      if (previous.step !== 'signedIn' || next.session.expiresAt !== previous.session.expiresAt) {
        this.#refreshTimer.scheduleBefore(next.session.expiresAt);
      }
    } else this.#refreshTimer.stop();
    for (const listener of this.#listeners) listener(next);
    this.dispatchEvent(new AuthStateChangeEvent(next, previous));
  }
}
