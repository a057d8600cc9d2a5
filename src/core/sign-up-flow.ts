/**
 * Signing up, as controller commands: the sign-up itself, its confirmation code (and a new one),
 * and the sign-in a confirmation may bring. Loaded on demand (core/on-demand.ts).
 */
import type { CommandOptions, Run } from './command-runner.js';
import type { CommandHost } from './command-host.js';
import { AuthCodeSentEvent, AuthSignedUpEvent } from './controller-events.js';
import type { ErrorInfo } from './errors.js';
import { attributeField } from './attribute-fields.js';
import { USERNAME_FIELD, type FieldSpec } from './fields.js';
import { signInResult } from './sign-in-flow.js';
import { STEPS } from './step-table.js';
import { usernameAttributeName } from './username-value.js';
import { normalizeAttributes, normalizeCode, validationError } from './validation.js';

export async function signUp(
  host: CommandHost,
  input: { username: string; password: string; attributes?: Record<string, string> },
  options: CommandOptions,
): Promise<void> {
  const { controller } = host;
  const username = host.username(input.username);
  // A pool whose usernames are email addresses or phone numbers stores the username as that attribute too.
  const own = usernameAttributeName(username, controller.usernameKind);
  const given = input.attributes ?? {};
  // A required attribute with no field at all is the form's fault, not the person's: say so.
  const lacking = controller.signUpAttributes.find(({ name, required }) => required && name !== own && !Object.hasOwn(given, name));
  if (lacking) return host.fail(validationError({ field: lacking.name, code: 'formLacksField' }));
  const attributes = normalizeAttributes(given);
  if (own && username) attributes[own] ??= username;
  const declared = STEPS.signUp.fields(controller.getSnapshot() as never, controller.stepConfig);
  const fields = [...declared, ...extraAttributeFields(attributes, declared)];
  if (host.invalid({ username, password: input.password, ...attributes }, fields, username)) return;
  const run = host.begin(options, username);
  await host.perform(
    run,
    () => controller.backend.signUp({ username, password: input.password, attributes }, run.options),
    (result) => {
      host.apply({ type: 'signedUp', username, result });
      controller.dispatchEvent(new AuthSignedUpEvent(username, result.userConfirmed));
      if (result.codeDelivery) controller.dispatchEvent(new AuthCodeSentEvent(result.codeDelivery, 'confirmSignUp'));
    },
  );
}

export async function confirmSignUp(host: CommandHost, input: { code: string; username?: string }, options: CommandOptions): Promise<void> {
  const { controller } = host;
  const { backend } = controller;
  const username = host.username(input.username ?? controller.getSnapshot().username);
  const code = normalizeCode(input.code);
  const fields = [USERNAME_FIELD, ...STEPS.confirmSignUp.fields()];
  if (host.invalid({ username, code }, fields, username)) return;
  const run = host.begin(options, username);
  await host.perform(
    run,
    async () => {
      const handle = await backend.confirmSignUp({ username, code }, run.options);
      // The app client allows USER_AUTH: the confirmation itself signs the person in.
      if (!handle || !backend.signInAfterConfirmation) return null;
      return backend.signInAfterConfirmation(handle, run.options).catch(() => null);
    },
    (signedIn) => (signedIn ? signInResult(host, signedIn) : host.apply({ type: 'signUpConfirmed' })),
    (error) => alreadyConfirmed(host, error),
  );
}

/** A new sign-up code, for `run` (the resend button, or a sign-in refused as unconfirmed). */
export async function sendSignUpCode(host: CommandHost, username: string, run: Run): Promise<void> {
  const { controller } = host;
  await host.perform(
    run,
    () => controller.backend.resendSignUpCode({ username }, run.options),
    (codeDelivery) => {
      host.apply({ type: 'codeResent', codeDelivery });
      controller.dispatchEvent(new AuthCodeSentEvent(codeDelivery, 'confirmSignUp'));
    },
    (error) => alreadyConfirmed(host, error),
  );
}

/** Confirmed already (another tab, an email link): the goal is reached. */
function alreadyConfirmed(host: CommandHost, error: ErrorInfo): boolean {
  if (error.code !== 'alreadyConfirmed') return false;
  host.apply({ type: 'signUpConfirmed' });
  return true;
}

/** Sign-up attributes the form did not declare are still checked for their format. */
function extraAttributeFields(attributes: Record<string, string>, fields: readonly FieldSpec[]): FieldSpec[] {
  const declared = new Set(fields.map(({ name }) => name));
  return Object.keys(attributes)
    .filter((name) => !declared.has(name))
    .map((name) => attributeField({ name, required: false }));
}
