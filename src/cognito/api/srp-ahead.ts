/**
 * SRP's `A = g^a mod N` does not depend on the password, so it is computed while the person types
 * (when the browser is idle) and taken by the next sign-in: after submit only the password's part
 * of the work is left. Each `a` serves one sign-in; the next one is prepared in the background.
 */
import type { SrpStart } from '../srp.js';
import { loadSrp } from './on-demand.js';

export class SrpAhead {
  #next: SrpStart | undefined;

  /** Computes the next `A` when the browser is idle (browsers without idle callbacks: on demand). */
  prepareWhenIdle(): void {
    globalThis.requestIdleCallback?.(() => {
      loadSrp().then(
        (srp) => {
          this.#next ??= srp.startSrp();
        },
        () => {}, // not here: the next sign-in fetches it and makes its own `A`
      );
    });
  }

  /** The prepared start, or a fresh one; either way never handed out twice. */
  async take(): Promise<SrpStart> {
    const ready = this.#next;
    this.#next = undefined;
    const start = ready ?? (await loadSrp()).startSrp();
    this.prepareWhenIdle();
    return start;
  }
}
