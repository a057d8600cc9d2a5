/**
 * Code the sign-in screen does not need before the first submit: SRP's arithmetic and the
 * challenge wire format. Each loads on first use and is fetched as soon as the browser is idle, so
 * the first screen does not wait for it and, in practice, neither does a sign-in.
 */
import { loadOnce } from '../../core/load-once.js';

export const loadSrp = loadOnce(() => import('../srp.js'));
export const loadChallenges = loadOnce(() => import('../challenges.js'));
/** Passkey registration, listing and deleting: only an account screen or the passkey offer needs them. */
export const loadPasskeys = loadOnce(() => import('./passkeys.js'));
/** The account page's operations (profile, password, MFA methods, deleting the account). */
export const loadAccount = loadOnce(() => import('./account.js'));

/** The challenge format, fetched when the browser is idle (SRP comes with SrpAhead's first `A`). */
export function prefetchWhenIdle(): void {
  // Not here (offline, or the page left meanwhile): the sign-in that needs it fetches it again.
  globalThis.requestIdleCallback?.(() => void loadChallenges().catch(() => {}));
}
