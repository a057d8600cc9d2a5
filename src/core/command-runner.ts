/**
 * Runs the controller's commands one at a time, in the shape of Lit's Task: each run gets a call
 * id and its own AbortController; starting a run abandons the one before (latest wins); a run's
 * answer is applied only while it is still current, and every run ends in exactly one settlement.
 */
import type { CallOptions } from './backend.js';

export interface CommandOptions {
  signal?: AbortSignal;
  clientMetadata?: Record<string, string>;
}

/** How a run ended, as its caller should treat it. */
export type RunResult<T> =
  | { status: 'done'; value: T }
  | { status: 'failed'; error: unknown }
  /** Abandoned for a newer run (`latest: false`) or aborted by the caller's signal (`latest: true`). */
  | { status: 'stale'; latest: boolean };

export interface Run {
  /** What to pass to the backend: the run's signal (and the caller's) and client metadata. */
  readonly options: CallOptions;
  /** Its answer still matters: not abandoned, not aborted. */
  isCurrent(): boolean;
  /** No newer run started (it may still have been aborted by the caller's signal). */
  isLatest(): boolean;
}

export class CommandRunner {
  #callId = 0;
  #inFlight: AbortController | null = null;

  /** Starts a run, abandoning the one in flight. */
  begin(options: CommandOptions = {}): Run {
    this.abandon();
    const callId = this.#callId;
    const abort = new AbortController();
    this.#inFlight = abort;
    const signal = options.signal ? AbortSignal.any([abort.signal, options.signal]) : abort.signal;
    return {
      options: { signal, clientMetadata: options.clientMetadata },
      isCurrent: () => callId === this.#callId && !signal.aborted,
      isLatest: () => callId === this.#callId,
    };
  }

  /** Changes whenever a run begins or is abandoned: a command that waited for its code compares it. */
  get generation(): number {
    return this.#callId;
  }

  /** Drops the run in flight: its answer, if it ever comes, will not be applied. */
  abandon(): void {
    this.#callId++;
    this.#inFlight?.abort();
    this.#inFlight = null;
  }

  /** Awaits `call` for `run` and says how it ended. Never throws. */
  async perform<T>(run: Run, call: () => Promise<T>): Promise<RunResult<T>> {
    try {
      const value = await call();
      return run.isCurrent() ? { status: 'done', value } : { status: 'stale', latest: run.isLatest() };
    } catch (error) {
      return run.isCurrent() ? { status: 'failed', error } : { status: 'stale', latest: run.isLatest() };
    }
  }
}
