/**
 * Verifying a contact right after sign-in (`verify-contact="prompt"`, docs/cognito.md §12.3): when
 * the ID token shows an email address or phone number but neither is verified, the person is offered
 * a code to verify one (a verified contact is how a forgotten password is reset), and may skip it.
 * The controller's commands for it, loaded after a sign-in (the first screen does not need them).
 */
import type { ContactAttribute } from './account-port.js';
import type { AuthSession, CodeDelivery } from './backend.js';
import type { CommandHost } from './command-host.js';
import type { CommandOptions } from './command-runner.js';
import { AuthCodeSentEvent } from './controller-events.js';
import { fieldsOf } from './step-table.js';
import type { ContactChoice } from './steps.js';
import { normalizeCode } from './validation.js';

export type VerifyContact = 'prompt' | 'never';

const CONTACTS: readonly ContactAttribute[] = ['email', 'phone_number'];

/** Cognito's ID token carries `email_verified` as a boolean; some issuers write the string. */
const isVerified = (claims: Readonly<Record<string, unknown>>, name: ContactAttribute) =>
  claims[`${name}_verified`] === true || claims[`${name}_verified`] === 'true';

/** The contacts to offer, or none when one is verified already (or the account has none). */
export function unverifiedContacts(claims: Readonly<Record<string, unknown>>): ContactChoice[] {
  if (CONTACTS.some((name) => isVerified(claims, name))) return [];
  return CONTACTS.flatMap((attribute) => {
    const value = claims[attribute];
    return typeof value === 'string' && value ? [{ attribute, value }] : [];
  });
}

/** After a sign-in: offers the unverified contacts, if any; true when it did. */
export function offer(host: CommandHost): boolean {
  const state = host.controller.getSnapshot();
  if (state.step !== 'signedIn') return false;
  const contacts = unverifiedContacts(state.session.idTokenClaims);
  if (contacts.length) host.apply({ type: 'contactVerificationOffered', contacts });
  return contacts.length > 0;
}

/** Sends a code to the contact chosen (or the one being verified), then asks for it. */
export async function sendCode(host: CommandHost, input: { attribute?: string }, options: CommandOptions): Promise<void> {
  const { controller } = host;
  const state = controller.getSnapshot();
  const send = controller.backend.sendAttributeCode?.bind(controller.backend);
  if ((state.step !== 'verifyContact' && state.step !== 'confirmContact') || !send) return;
  const offered = state.step === 'verifyContact' ? state.contacts.map((contact) => contact.attribute) : [state.attribute];
  const attribute = offered.find((name) => name === input.attribute) ?? offered[0];
  const run = host.begin(options);
  await host.perform(
    run,
    () => send(attribute, run.options),
    (codeDelivery: CodeDelivery) => {
      host.apply({ type: 'contactCodeSent', attribute, codeDelivery });
      controller.dispatchEvent(new AuthCodeSentEvent(codeDelivery, 'confirmContact'));
    },
  );
}

/** Verifies the contact with its code; the session is refreshed so its claims say "verified". */
export async function confirm(host: CommandHost, input: { code: string }, options: CommandOptions): Promise<void> {
  const { controller } = host;
  const state = controller.getSnapshot();
  const verify = controller.backend.verifyAttribute?.bind(controller.backend);
  if (state.step !== 'confirmContact' || !verify) return;
  const code = normalizeCode(input.code);
  if (host.invalid({ code }, fieldsOf(state, controller.stepConfig))) return;
  const run = host.begin(options);
  await host.perform(
    run,
    async (): Promise<AuthSession> => {
      await verify({ name: state.attribute, code }, run.options);
      // Verified whatever happens next; fresh claims are a bonus (offline: the old ones).
      return controller.backend.refreshSession(run.options).catch(() => state.session);
    },
    (session) => host.apply({ type: 'contactVerified', session }),
  );
}
