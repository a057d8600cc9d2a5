/**
 * The passwordless commands after the first screen (docs/cognito.md §10), as controller commands:
 * back from a factor's screen to the choice, the passkey challenge on screen, the offer after
 * sign-in (create a passkey, or "Not now"), listing and deleting passkeys, and passkey autofill on
 * the sign-in screen. Loaded on demand (core/on-demand.ts). The ceremonies with the browser are
 * core/passkey-flows.ts's, fetched in turn the first time a passkey is in play.
 */
import type { AuthBackend, Passkey } from './backend.js';
import type { CommandHost } from './command-host.js';
import type { CommandOptions } from './command-runner.js';
import { AuthPasskeyOfferEvent } from './controller-events.js';
import { AuthError, KIT_ERROR_NAMES, type ErrorInfo } from './errors.js';
import { loadOnce } from './load-once.js';
import { signInResult } from './sign-in-flow.js';

/**
 * The ceremonies (core/passkey-flows.ts). If they cannot arrive (offline, a redeploy), the command
 * fails as a call would, with the retryable network error, and the next try fetches them afresh.
 */
export const passkeyCeremonies = loadOnce(() =>
  import('./passkey-flows.js').catch((cause: unknown) => {
    throw new AuthError(KIT_ERROR_NAMES.network, 'The passkey code could not be loaded.', { cause });
  }),
);

/** A Cognito challenge Session lasts 3 minutes: autofill asks for a fresh one before that. */
const AUTOFILL_RENEW_MS = 150_000;

/** From a factor's screen back to the choice; a passkey sheet still open is closed. */
export function chooseAnotherFactor(host: CommandHost): void {
  host.runner.abandon();
  host.apply({ type: 'otherFactorRequested' });
}

/** Opens the browser's passkey sheet for the passkey challenge on screen (again, after a cancel). */
export async function signInWithPasskey(host: CommandHost, options: CommandOptions): Promise<void> {
  const { controller } = host;
  const handle = host.challenge;
  const request = host.passkeyRequest;
  if (controller.getSnapshot().step !== 'confirmSignInWithPasskey' || !handle || !request) return;
  host.factor = 'WEB_AUTHN';
  const run = host.begin(options);
  await host.perform(
    run,
    async () => (await passkeyCeremonies()).answerWithPasskey(controller, handle, request, run.options),
    (result) => signInResult(host, result),
    (error) => passkeyRefused(host, error),
  );
}

/** Creates a passkey for the signed-in person (`StartWebAuthnRegistration` → browser → `Complete…`). */
export async function registerPasskey(host: CommandHost, options: CommandOptions): Promise<void> {
  const { backend, passkeys } = host.controller;
  const run = host.begin(options);
  await host.perform(
    run,
    async () => (await passkeyCeremonies()).createPasskey(backend, passkeys, run.options),
    // Away from the offer (an app's own button, signed in) there is nothing to close: it just settles.
    () => {
      if (!closeOffer(host, true)) host.settle();
    },
  );
}

/** "Not now": the offer closes, signed in as before. */
export function declinePasskey(host: CommandHost): void {
  if (host.controller.getSnapshot().step !== 'offerPasskey') return;
  host.runner.abandon();
  closeOffer(host, false);
}

/** False when the offer is not on screen. */
function closeOffer(host: CommandHost, registered: boolean): boolean {
  const { controller } = host;
  if (controller.getSnapshot().step !== 'offerPasskey') return false;
  host.apply({ type: 'passkeyOfferClosed', registered });
  controller.dispatchEvent(new AuthPasskeyOfferEvent(registered, controller.getSnapshot().username));
  return true;
}

/** The signed-in person's passkeys (for an account screen). */
export function listPasskeys(backend: AuthBackend, options: CommandOptions): Promise<Passkey[]> {
  return backend.listPasskeys ? backend.listPasskeys(options) : Promise.reject(unsupported());
}

export function deletePasskey(backend: AuthBackend, id: string, options: CommandOptions): Promise<void> {
  return backend.deletePasskey ? backend.deletePasskey(id, options) : Promise.reject(unsupported());
}

/**
 * Passkey autofill for `username` on the sign-in screen of a `USER_AUTH` flow, until `signal`
 * stops it (any command does, core/controller-passwordless.ts): renewed before its Session
 * expires; a passkey picked in the suggestions signs the person in. It fails silently, since the
 * form works without it.
 */
export async function startPasskeyAutofill(host: CommandHost, username: string, signal: AbortSignal): Promise<void> {
  const { controller } = host;
  // A command that began while this code was on its way has stopped it already.
  if (signal.aborted || controller.authFlowType !== 'USER_AUTH' || !username || !controller.passkeys?.available() || controller.getSnapshot().step !== 'signIn') return;
  const renew = setTimeout(() => void controller.startPasskeyAutofill(username), AUTOFILL_RENEW_MS);
  signal.addEventListener('abort', () => clearTimeout(renew));
  try {
    const picked = await (await passkeyCeremonies()).autofillPick(controller, username, signal);
    if (!picked) return;
    controller.stopPasskeyAutofill();
    host.chooseFactor('WEB_AUTHN');
    const run = host.begin({}, username);
    await host.perform(
      run,
      () => controller.backend.answerChallenge(picked.handle, { credential: picked.credential }, run.options),
      (result) => signInResult(host, result),
      (error) => passkeyRefused(host, error),
    );
  } catch {
    // No autofill this time (offline, no passkey, the sheet dismissed): the form is unaffected.
  }
}

/** Cognito refused the assertion: say it is the passkey, not "wrong password". */
function passkeyRefused(host: CommandHost, error: ErrorInfo): boolean {
  if (error.code !== 'incorrectCredentials') return false;
  host.fail({ ...error, code: 'passkeyFailed', retryable: true });
  return true;
}

function unsupported(): AuthError {
  return new AuthError(KIT_ERROR_NAMES.unsupported, 'This backend cannot manage passkeys.');
}
