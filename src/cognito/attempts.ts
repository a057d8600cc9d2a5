/**
 * The sign-ins in progress, for every backend: the opaque handles given to the controller, what
 * each handle answers, and what "send a new code" needs. Cognito has no resend for MFA codes, so a
 * resend starts the same sign-in again; for that an attempt holds its start input (password
 * included) in memory for a short window, dropped as soon as the sign-in ends or the window closes
 * (docs/cognito.md §6.2).
 */
import type { CallOptions, ChallengeAnswer, ChallengeHandle, MfaType, SignInInput, SignInResult } from '../core/backend.js';
import { AuthError } from '../core/errors.js';

/** Longer than a challenge Session can live (3 minutes by default); after it, start again. */
export const RESTART_WINDOW_MS = 5 * 60_000;

/** What every backend keeps of one sign-in; each backend adds its own fields. */
export interface Attempt {
  /** The start input, for a resend; absent once the sign-in ended or the window closed. */
  restart?: SignInInput;
  /** The method chosen at SELECT_MFA_TYPE, chosen again when a restart asks anew. */
  selectedMfa?: MfaType;
  /** Closes the restart window early (the sign-in ended). */
  closeRestart?: () => void;
}

/** What a handle stands for: its sign-in, and the Cognito challenge it answers. */
export interface HandleTarget<A extends Attempt> {
  attempt: A;
  challengeName: string;
}

/** The error for a handle this backend does not know or no longer holds: start again. */
export function expiredSession(): AuthError {
  return new AuthError('NotAuthorizedException', 'Invalid session for the user, session is expired.');
}

export class SignInAttempts<A extends Attempt> {
  readonly #handles = new WeakMap<ChallengeHandle, HandleTarget<A>>();

  /**
   * Opens the restart window of a new attempt. The timer holds the attempt only weakly: once the
   * controller drops every handle of it (back to sign-in, a newer sign-in, sign-out), nothing keeps
   * its password or Session alive.
   */
  open(attempt: A, input: SignInInput): A {
    attempt.restart = input;
    const ref = new WeakRef(attempt);
    const timer = setTimeout(() => {
      const held = ref.deref();
      if (held) this.end(held);
    }, RESTART_WINDOW_MS);
    attempt.closeRestart = () => clearTimeout(timer);
    return attempt;
  }

  /** Ends `attempt` when `started` fails: no handle was given out, nothing can resend it. */
  async started<T>(attempt: A, started: Promise<T>): Promise<T> {
    try {
      return await started;
    } catch (error) {
      this.end(attempt);
      throw error;
    }
  }

  /** The sign-in ended (tokens, or given up): forget what a restart needed. */
  end(attempt: A): void {
    attempt.closeRestart?.();
    delete attempt.closeRestart;
    delete attempt.restart;
  }

  /** A new handle for the challenge `challengeName` of `attempt`. */
  handle(attempt: A, challengeName: string): ChallengeHandle {
    const handle = Object.freeze({}) as ChallengeHandle;
    this.#handles.set(handle, { attempt, challengeName });
    return handle;
  }

  /** What `handle` stands for; an unknown handle reads as an expired Session. */
  get(handle: ChallengeHandle): HandleTarget<A> {
    const target = this.#handles.get(handle);
    if (!target) throw expiredSession();
    return target;
  }

  /**
   * "Send a new code": starts the sign-in behind `handle` again and, when Cognito asks to choose
   * an MFA method anew, chooses the one chosen before.
   */
  async resend(
    handle: ChallengeHandle,
    flow: {
      signIn(input: SignInInput, options: CallOptions): Promise<SignInResult>;
      answerChallenge(handle: ChallengeHandle, answer: ChallengeAnswer, options: CallOptions): Promise<SignInResult>;
    },
    options: CallOptions,
  ): Promise<SignInResult> {
    const { restart, selectedMfa } = this.get(handle).attempt;
    if (!restart) throw expiredSession();
    const result = await flow.signIn(restart, options);
    if (result.kind === 'challenge' && result.challenge.type === 'selectMfa' && selectedMfa) {
      return flow.answerChallenge(result.handle, { mfaType: selectedMfa }, options);
    }
    return result;
  }
}
