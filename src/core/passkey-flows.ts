/**
 * The passkey ceremonies, loaded the first time a passkey is in play (a `WEB_AUTHN` challenge, the
 * offer after sign-in, autofill), so pages that never see one do not pay for them: the sign-in
 * assertion, creating a passkey, and autofill's wait for a picked passkey (docs/cognito.md §10).
 * They talk to the browser and the backend only; the commands that run them, and what the answers
 * do to the flow, are core/passwordless-flow.ts's.
 */
import type { AuthBackend, CallOptions, ChallengeHandle, SignInResult } from './backend.js';
import { unsupportedHere } from './create-passkey.js';
import type { PasswordlessController } from './controller-passwordless.js';

export { createPasskey } from './create-passkey.js';

type Parties = Pick<PasswordlessController, 'backend' | 'passkeys'>;

/** The browser's sheet for Cognito's request, then the assertion as the challenge's answer. */
export async function answerWithPasskey({ backend, passkeys }: Parties, handle: ChallengeHandle, request: string, options: CallOptions): Promise<SignInResult> {
  if (!passkeys?.available()) throw unsupportedHere();
  const credential = await passkeys.get(request, { signal: options.signal });
  return backend.answerChallenge(handle, { credential }, options);
}

/** True when the signed-in person has no passkey yet; not knowing (offline) reads as "has one": no nagging. */
export async function hasNoPasskey(backend: AuthBackend): Promise<boolean> {
  try {
    return (await backend.listPasskeys!()).length === 0;
  } catch {
    return false;
  }
}

/**
 * Autofill's wait: a `USER_AUTH` start preferring `WEB_AUTHN` for `username`, then a conditional
 * request that waits, unseen, until the person picks a passkey in the username field's
 * suggestions. Null when there is nothing to offer or `signal` stopped it.
 */
export async function autofillPick(
  { backend, passkeys }: Parties,
  username: string,
  signal: AbortSignal,
): Promise<{ handle: ChallengeHandle; credential: string } | null> {
  if (!passkeys || !(await passkeys.autofillAvailable()) || signal.aborted) return null;
  const start = await backend.signIn({ username, authFlowType: 'USER_AUTH', preferredChallenge: 'WEB_AUTHN' }, { signal });
  if (start.kind !== 'challenge' || start.challenge.type !== 'passkey' || signal.aborted) return null;
  const credential = await passkeys.get(start.challenge.requestOptions, { signal, autofill: true });
  return signal.aborted ? null : { handle: start.handle, credential };
}
