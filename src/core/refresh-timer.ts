/**
 * When to refresh a signed-in session: once, a little before the access token expires, and again
 * a little later when a refresh could not reach the server.
 */

/** Refresh this long before the access token expires. */
const LEAD_MS = 30_000;
const MIN_DELAY_MS = 1_000;
const RETRY_MS = 30_000;
/** setTimeout's ceiling (about 24.8 days). */
const MAX_DELAY_MS = 2 ** 31 - 1;

export class RefreshTimer {
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly onDue: () => void,
    private readonly now: () => number = Date.now,
  ) {}

  /** Calls back `LEAD_MS` before `expiresAt` (or soon, when that has passed). */
  scheduleBefore(expiresAt: number): void {
    this.#start(expiresAt - this.now() - LEAD_MS);
  }

  retry(): void {
    this.#start(RETRY_MS);
  }

  stop(): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  #start(delay: number): void {
    this.stop();
    this.#timer = setTimeout(this.onDue, Math.min(Math.max(delay, MIN_DELAY_MS), MAX_DELAY_MS));
  }
}
