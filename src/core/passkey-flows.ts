/**
 * The controller's passkey flows, loaded the first time a passkey is in play (a `WEB_AUTHN`
 * challenge, the offer after sign-in, autofill), so pages that never see one do not pay for them:
 * the sign-in ceremony, creating a passkey, and autofill (docs/cognito.md §10).
 */
import type { AuthBackend, ChallengeHandle, FirstFactor, SignInResult } from './backend.js';
import { createPasskey, unsupportedHere } from './create-passkey.js';
import type { CommandOptions, Run } from './command-runner.js';
import type { PasswordlessController } from './controller-passwordless.js';
import type { ErrorInfo } from './errors.js';

/** What the flows may do to the controller, beyond its public API. */
export interface PasskeyFlowHost {
  controller: PasswordlessController;
  begin(options: CommandOptions, username?: string): Run;
  perform<T>(run: Run, call: () => Promise<T>, onResult: (result: T) => void, onError?: (error: ErrorInfo) => boolean): Promise<void>;
  fail(error: ErrorInfo): void;
  signInResult(result: SignInResult): void;
  chooseFactor(factor: FirstFactor): void;
  stopAutofill(): void;
}

/** Cognito refused the assertion: say it is the passkey, not "wrong password". */
function passkeyRefused(host: PasskeyFlowHost, error: ErrorInfo): boolean {
  if (error.code !== 'incorrectCredentials') return false;
  host.fail({ ...error, code: 'passkeyFailed', retryable: true });
  return true;
}

/** The browser's sheet for Cognito's request, then the assertion as the answer. */
export async function signInWithPasskey(host: PasskeyFlowHost, run: Run, handle: ChallengeHandle, request: string): Promise<void> {
  const { backend, passkeys } = host.controller;
  await host.perform(
    run,
    async () => {
      if (!passkeys?.available()) throw unsupportedHere();
      const credential = await passkeys.get(request, { signal: run.options.signal });
      return backend.answerChallenge(handle, { credential }, run.options);
    },
    (result) => host.signInResult(result),
    (error) => passkeyRefused(host, error),
  );
}

/** True when the signed-in person has no passkey yet; not knowing (offline) reads as "has one": no nagging. */
export async function hasNoPasskey(backend: AuthBackend): Promise<boolean> {
  try {
    return (await backend.listPasskeys!()).length === 0;
  } catch {
    return false;
  }
}

export async function registerPasskey(host: PasskeyFlowHost, run: Run, done: () => void): Promise<void> {
  const { backend, passkeys } = host.controller;
  await host.perform(run, () => createPasskey(backend, passkeys, run.options), done);
}

/**
 * Autofill: a `USER_AUTH` start preferring `WEB_AUTHN` for `username`, then a conditional request
 * that waits, unseen, until the person picks a passkey in the username field's suggestions.
 */
export async function passkeyAutofill(host: PasskeyFlowHost, username: string, signal: AbortSignal): Promise<void> {
  const { backend, passkeys } = host.controller;
  try {
    if (!passkeys || !(await passkeys.autofillAvailable()) || signal.aborted) return;
    const start = await backend.signIn({ username, authFlowType: 'USER_AUTH', preferredChallenge: 'WEB_AUTHN' }, { signal });
    if (start.kind !== 'challenge' || start.challenge.type !== 'passkey' || signal.aborted) return;
    const credential = await passkeys.get(start.challenge.requestOptions, { signal, autofill: true });
    if (signal.aborted) return;
    host.stopAutofill();
    host.chooseFactor('WEB_AUTHN');
    const run = host.begin({}, username);
    await host.perform(
      run,
      () => backend.answerChallenge(start.handle, { credential }, run.options),
      (result) => host.signInResult(result),
      (error) => passkeyRefused(host, error),
    );
  } catch {
    // No autofill this time (offline, no passkey, the sheet dismissed): the form is unaffected.
  }
}
