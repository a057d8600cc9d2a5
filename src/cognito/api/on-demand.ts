/**
 * Code the sign-in screen does not need before the first submit: SRP's arithmetic and the
 * challenge wire format. Each loads on first use and is fetched as soon as the browser is idle, so
 * the first screen does not wait for it and, in practice, neither does a sign-in.
 */
let srp: Promise<typeof import('../srp.js')> | undefined;
let challenges: Promise<typeof import('../challenges.js')> | undefined;
let passkeys: Promise<typeof import('./passkeys.js')> | undefined;
let account: Promise<typeof import('./account.js')> | undefined;

export const loadSrp = () => (srp ??= import('../srp.js'));
export const loadChallenges = () => (challenges ??= import('../challenges.js'));
/** Passkey registration, listing and deleting: only an account screen or the passkey offer needs them. */
export const loadPasskeys = () => (passkeys ??= import('./passkeys.js'));
/** The account page's operations (profile, password, MFA methods, deleting the account). */
export const loadAccount = () => (account ??= import('./account.js'));

/** The challenge format, fetched when the browser is idle (SRP comes with SrpAhead's first `A`). */
export function prefetchWhenIdle(): void {
  globalThis.requestIdleCallback?.(() => void loadChallenges());
}
