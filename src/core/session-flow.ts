/**
 * The signed-in session, as controller commands: the one question that may follow a sign-in
 * (verify a contact, or add a passkey), signing out, and following another tab that signed in,
 * refreshed or signed out. Loaded on demand (core/on-demand.ts).
 */
import type { AuthSession, FirstFactor } from './backend.js';
import type { CommandOptions } from './command-runner.js';
import type { CommandHost } from './command-host.js';
import { AuthSignedOutEvent } from './controller-events.js';
import { endFederatedSession } from './federated-flow.js';
import { passkeyCeremonies } from './passwordless-flow.js';
import { specOf } from './step-table.js';

/**
 * After tokens: offers to verify a contact (contact-verification.ts), else a passkey when the
 * sign-in (by `used`) did not use one, the browser and backend can make one, and the person has none.
 */
export async function afterSignIn(host: CommandHost, used: FirstFactor | null): Promise<void> {
  const { controller } = host;
  const { backend, passkeys } = controller;
  if (await offerContactVerification(host)) return; // one question after sign-in at a time
  if (controller.passkeyPrompt !== 'after-sign-in' || controller.authFlowType !== 'USER_AUTH' || used === 'WEB_AUTHN') return;
  if (!passkeys?.available() || !backend.listPasskeys || !backend.startPasskeyRegistration) return;
  // If the ceremonies cannot arrive (offline), no passkey could be made: no offer this time.
  const ceremonies = await passkeyCeremonies().catch(() => null);
  if (ceremonies && (await ceremonies.hasNoPasskey(backend))) {
    if (controller.getSnapshot().step === 'signedIn') host.apply({ type: 'passkeyOffered' });
  }
}

/** After a sign-in with no verified email or phone (`verify-contact="prompt"`): true when it offered one. */
async function offerContactVerification(host: CommandHost): Promise<boolean> {
  const { controller } = host;
  if (controller.verifyContact !== 'prompt' || host.federatedProvider !== null) return false;
  if (!controller.backend.sendAttributeCode || !controller.backend.verifyAttribute) return false;
  return (await import('./contact-verification.js')).offer(host);
}

/** Signs out; `global` revokes every token of the user on every device. Always ends signed out. */
export async function signOut(host: CommandHost, input: { global?: boolean }, options: CommandOptions): Promise<void> {
  const { controller } = host;
  const username = controller.getSnapshot().username;
  const run = host.begin(options);
  // The backend drops its tokens whatever the server said; the person is signed out here.
  await host.runner.perform(run, () => controller.backend.signOut(input, run.options));
  if (!run.isLatest()) return; // a newer command (a new sign-in) owns the screen now
  signedOut(host, username);
  endFederatedSession(host);
}

/**
 * Another tab (or backend sharing the stored session) signed in, refreshed or signed out. A
 * sign-out there ends the session here; new tokens replace the ones on screen (and move the
 * refresh timer); a sign-in there shows here only on an untouched sign-in screen.
 */
export function sessionElsewhere(host: CommandHost, session: AuthSession | null): void {
  const { step, pending, username } = host.controller.getSnapshot();
  if (!session) {
    if (specOf(step).phase !== 'done') return;
    host.runner.abandon();
    signedOut(host, username);
  } else if (step === 'signedIn' || (step === 'signIn' && !pending)) {
    host.apply({ type: 'sessionRestored', session });
  }
}

function signedOut(host: CommandHost, username: string): void {
  host.challenge = null;
  host.factor = null;
  host.apply({ type: 'signedOut' });
  host.controller.dispatchEvent(new AuthSignedOutEvent(username));
}
