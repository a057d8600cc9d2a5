/**
 * Verifying a contact right after sign-in (`verify-contact="prompt"`, docs/cognito.md §12.3): when
 * the ID token shows an email address or phone number but neither is verified, the person is offered
 * a code to verify one (a verified contact is how a forgotten password is reset), and may skip it.
 * The controller's commands for it, loaded after a sign-in (the first screen does not need them).
 */
import type { ContactAttribute } from './account-port.js';
import type { AuthBackend, AuthSession, CodeDelivery } from './backend.js';
import type { CommandOptions, Run } from './command-runner.js';
import { AuthCodeSentEvent } from './controller-events.js';
import type { ErrorInfo } from './errors.js';
import type { Outcome } from './machine.js';
import { fieldsOf, type StepConfig } from './step-table.js';
import type { AuthState, ContactChoice } from './steps.js';
import { normalizeCode } from './validation.js';

export type VerifyContact = 'prompt' | 'never';

/** What the commands may do to the controller, beyond its public API. */
export interface ContactVerificationHost {
  readonly backend: AuthBackend;
  stepConfig(): StepConfig;
  getSnapshot(): AuthState;
  dispatchEvent(event: Event): boolean;
  begin(options: CommandOptions): Run;
  perform<T>(run: Run, call: () => Promise<T>, onResult: (result: T) => void, onError?: (error: ErrorInfo) => boolean): Promise<void>;
  apply(outcome: Outcome): void;
  invalid(values: Readonly<Record<string, string | undefined>>, fields: ReturnType<typeof fieldsOf>): boolean;
}

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
export function offer(host: ContactVerificationHost): boolean {
  const state = host.getSnapshot();
  if (state.step !== 'signedIn') return false;
  const contacts = unverifiedContacts(state.session.idTokenClaims);
  if (contacts.length) host.apply({ type: 'contactVerificationOffered', contacts });
  return contacts.length > 0;
}

/** Sends a code to the contact chosen (or the one being verified), then asks for it. */
export async function sendCode(host: ContactVerificationHost, input: { attribute?: string }, options: CommandOptions): Promise<void> {
  const state = host.getSnapshot();
  const send = host.backend.sendAttributeCode?.bind(host.backend);
  if ((state.step !== 'verifyContact' && state.step !== 'confirmContact') || !send) return;
  const offered = state.step === 'verifyContact' ? state.contacts.map((contact) => contact.attribute) : [state.attribute];
  const attribute = offered.find((name) => name === input.attribute) ?? offered[0];
  const run = host.begin(options);
  await host.perform(
    run,
    () => send(attribute, run.options),
    (codeDelivery: CodeDelivery) => {
      host.apply({ type: 'contactCodeSent', attribute, codeDelivery });
      host.dispatchEvent(new AuthCodeSentEvent(codeDelivery, 'confirmContact'));
    },
  );
}

/** Verifies the contact with its code; the session is refreshed so its claims say "verified". */
export async function confirm(host: ContactVerificationHost, input: { code: string }, options: CommandOptions): Promise<void> {
  const state = host.getSnapshot();
  const verify = host.backend.verifyAttribute?.bind(host.backend);
  if (state.step !== 'confirmContact' || !verify) return;
  const code = normalizeCode(input.code);
  if (host.invalid({ code }, fieldsOf(state, host.stepConfig()))) return;
  const run = host.begin(options);
  await host.perform(
    run,
    async (): Promise<AuthSession> => {
      await verify({ name: state.attribute, code }, run.options);
      // Verified whatever happens next; fresh claims are a bonus (offline: the old ones).
      return host.backend.refreshSession(run.options).catch(() => state.session);
    },
    (session) => host.apply({ type: 'contactVerified', session }),
  );
}
