/**
 * What every command of the controller shares: the state and its subscribers, the command runner
 * (one command at a time, latest wins, always settles), failures turned into error states, the
 * commands whose code loads on demand, and the refresh of a signed-in session shortly before it
 * expires. `AuthController` adds the commands.
 */
import type { AuthBackend, ChallengeHandle } from './backend.js';
import { CommandRunner, type CommandOptions, type Run } from './command-runner.js';
import { AuthErrorEvent, AuthStateChangeEvent, TypedEventTarget, type AuthControllerEventMap } from './controller-events.js';
import { describeErrorLater, networkError, prefetchErrorMapping, type ErrorInfo } from './errors.js';
import type { FieldSpec } from './fields.js';
import { entryMove } from './entry-moves.js';
import type { Outcome } from './machine.js';
import { laterCommandsNow, loadLaterCommands, type LaterCommands } from './on-demand.js';
import { RefreshTimer } from './refresh-timer.js';
import type { AuthState } from './steps.js';
import { rulesOf, validateFields, validationError } from './validation.js';

export abstract class ControllerBase extends TypedEventTarget<AuthControllerEventMap> {
  readonly backend: AuthBackend;
  #state: AuthState;
  #listeners = new Set<(state: AuthState) => void>();
  protected readonly runner = new CommandRunner();
  /** The challenge on screen (its handle hides Cognito's Session); never leaves the controller. */
  protected challenge: ChallengeHandle | null = null;
  #refreshTimer = new RefreshTimer(() => void this.#refresh());

  constructor(backend: AuthBackend, state: AuthState) {
    super();
    this.backend = backend;
    this.#state = state;
    // What a failure and the steps after sign-in need, fetched while nothing happens (a failure
    // offline still gets its message; a first sign-up or code does not wait for its command).
    globalThis.requestIdleCallback?.(() => {
      void prefetchErrorMapping().catch(() => {});
      void loadLaterCommands().catch(() => {});
    });
  }

  /** The current state; a new object on every change (immutable), so identity comparison works. */
  getSnapshot = (): AuthState => this.#state;

  /** Calls `listener` on every change; returns the unsubscribe function (`useSyncExternalStore` shape). */
  subscribe = (listener: (state: AuthState) => void): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  /** Stops the refresh timer; call when the controller is no longer used. */
  dispose(): void {
    this.runner.abandon();
    this.#refreshTimer.stop();
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
      if (session) this.apply({ type: 'sessionRestored', session });
      else this.fail({ code: 'tokenRevoked', name: 'NotAuthorizedException', retryable: false });
    } catch {
      // Offline or throttled: keep the session on screen and try again a little later.
      if (this.#state.step === 'signedIn') this.#refreshTimer.retry();
    }
  }

  /**
   * Runs one backend call for `run`: applies the result only while `run` is current (a late answer
   * for a screen the person left is dropped), and turns any failure into an error state, unless
   * `onError` handled it. A run aborted by its caller just stops being pending.
   */
  protected async perform<T>(
    run: Run,
    call: () => Promise<T>,
    onResult: (result: T) => void | Promise<void>,
    /** True (or what it still does) when it handled the error; false to show it. */
    onError?: (error: ErrorInfo) => boolean | Promise<void>,
    /** A sign-in reads an unknown user like a wrong password (it never says whether an account exists). */
    context: { signingIn?: boolean } = {},
  ): Promise<void> {
    const outcome = await this.runner.perform(run, call);
    // Checked again here: another command may have started while this answer was on its way.
    if (outcome.status === 'stale' || !run.isCurrent()) {
      if (run.isLatest()) this.settle();
      return;
    }
    if (outcome.status === 'done') return onResult(outcome.value);
    const error = await describeErrorLater(outcome.error, context);
    // Checked again: the mapping may have been fetched meanwhile, and another command started.
    if (!run.isCurrent()) {
      if (run.isLatest()) this.settle();
      return;
    }
    const handled = onError?.(error);
    if (!handled) this.fail(error);
    else await handled;
  }

  /**
   * Runs a command whose code loads on demand (core/on-demand.ts). When it is here, at once: the
   * command runs synchronously up to its first await, so pending, validation errors and events come
   * at the same tick as if it were written here. Else once it arrives, unless another command began
   * or the screen was left meanwhile (latest wins, as if it had begun); if it cannot arrive (offline,
   * a redeploy), the form says so (`network`), as a failed call would. What nobody asked for
   * (`asked: false`: another tab's change, the question after a sign-in) runs whatever began
   * meanwhile, and offline is dropped. While a person's command waits for its code the flow is
   * pending, so the form shows it busy and refuses a second submit; a command that then begins no
   * call (a validation error, nothing to do) settles it.
   */
  protected later(command: (commands: LaterCommands) => Promise<void> | void, { asked = true } = {}): Promise<void> {
    const commands = laterCommandsNow();
    if (commands) return Promise.resolve(command(commands));
    const generation = this.runner.generation;
    const stillWanted = () => !asked || this.runner.generation === generation;
    if (asked && !this.#state.pending) this.#update({ ...this.#state, pending: true });
    return loadLaterCommands().then(
      async (loaded) => {
        if (!stillWanted()) return;
        await command(loaded);
        if (asked && this.runner.generation === generation) this.settle();
      },
      () => {
        if (asked && stillWanted()) this.fail(networkError());
      },
    );
  }

  protected begin(options: CommandOptions, username?: string): Run {
    // What handles its answer (the machine, the later commands) comes while the call is on its way.
    void loadLaterCommands().catch(() => {});
    const run = this.runner.begin(options);
    this.apply({ type: 'submitted', username });
    return run;
  }

  protected settle(): void {
    if (this.#state.pending) this.#update({ ...this.#state, pending: false });
  }

  /** Validation failures become a field error state without a call; returns true when invalid. */
  protected invalid(values: Readonly<Record<string, string | undefined>>, fields: readonly FieldSpec[], username?: string): boolean {
    const [first] = validateFields(values, rulesOf(fields));
    if (!first) return false;
    if (username !== undefined && username !== this.#state.username) {
      this.#update({ ...this.#state, username });
    }
    this.fail(validationError(first));
    return true;
  }

  protected fail(error: ErrorInfo): void {
    this.apply({ type: 'failed', error });
    const state = this.#state;
    this.dispatchEvent(new AuthErrorEvent(state.error ?? error, state.step));
  }

  /**
   * Feeds an outcome to the machine (core/machine.ts, with the later commands). Before it is here
   * only the first screen's moves exist (core/entry-moves.ts): a state outside the entry steps
   * comes out of the machine alone (docs/architecture.md §2, §3).
   */
  protected apply(outcome: Outcome): void {
    this.#update((laterCommandsNow()?.transition ?? entryMove)(this.#state, outcome));
  }

  #update(next: AuthState): void {
    const previous = this.#state;
    if (next === previous) return;
    this.#state = next;
    // Back at the start (expired Session, cancel, sign-out): the old challenge can't be answered.
    if (next.step === 'signIn') this.challenge = null;
    if (next.step === 'signedIn') {
      if (previous.step !== 'signedIn' || next.session.expiresAt !== previous.session.expiresAt) {
        this.#refreshTimer.scheduleBefore(next.session.expiresAt);
      }
    } else this.#refreshTimer.stop();
    for (const listener of this.#listeners) listener(next);
    this.dispatchEvent(new AuthStateChangeEvent(next, previous));
  }
}
