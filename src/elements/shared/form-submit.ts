/**
 * A submitted step form, from `<auth-flow>` to its controller: single-flight (one submit until the
 * command starts), announced as the cancelable `auth-submit` (without the secret fields, and with
 * `waitUntil` for the app's own checks), then run as the step's command.
 */
import type { AuthController } from '../../core/auth-controller.js';
import type { StepName } from '../../core/steps.js';
import { emit, type AuthSubmitDetail } from './events.js';
import { valuesOf } from './form.js';
import { slotNameFor } from './step-host.js';

/** Form fields that are the person's secrets: never copied into an event. */
const SECRET_FIELDS: ReadonlySet<string> = new Set(['password', 'newPassword', 'code', 'answer']);

/** The button's intent (`submit`, `resend`, `signOut`…), from a `name="intent"` submitter. */
function intentOf(event: SubmitEvent): string {
  const submitter = event.submitter as HTMLButtonElement | null;
  return submitter?.name === 'intent' && submitter.value ? submitter.value : 'submit';
}

/** The form's fields without the secret ones, for `auth-submit` listeners. */
function publicValues(values: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(values).filter(([name]) => !SECRET_FIELDS.has(name) && name !== 'intent'));
}

/**
 * The named fields of the markup an app puts around the step (`<step>-header`, `<step>-footer`):
 * they join the submission (a terms checkbox, ticked or not, for an `auth-submit` listener to judge).
 */
function slottedValues(host: HTMLElement, step: StepName): Record<string, string> {
  const slot = slotNameFor(step);
  const values: Record<string, string> = {};
  const around = `:scope>:is([slot=${slot}-header],[slot=${slot}-footer])`;
  const control = ':is(input,select,textarea)[name]';
  for (const field of host.querySelectorAll<HTMLInputElement>(`${around} ${control},${around}${control}`)) {
    if (!field.disabled && (!'checkbox radio'.includes(field.type) || field.checked)) values[field.name] = field.value;
  }
  return values;
}

export class FormSubmitter {
  /** A submit is on its way (from the first click, whatever `auth-submit` listeners do). */
  #submitting = false;

  constructor(private readonly host: HTMLElement) {}

  async submit(event: SubmitEvent, controller: AuthController | null): Promise<void> {
    const form = event.target;
    if (!(form instanceof HTMLFormElement)) return;
    event.preventDefault();
    const state = controller?.getSnapshot();
    if (!controller || !state || state.pending || this.#submitting) return;
    const intent = intentOf(event);
    const values = { ...slottedValues(this.host, state.step), ...valuesOf(event, form) };
    this.#submitting = true;
    try {
      const waits: Promise<unknown>[] = [];
      const detail: AuthSubmitDetail = {
        step: state.step,
        intent,
        values: publicValues(values),
        clientMetadata: {},
        waitUntil: (promise) => void waits.push(promise),
      };
      if (!emit(this.host, 'auth-submit', detail, true)) return;
      try {
        await Promise.all(waits);
      } catch {
        return; // a listener refused the submit
      }
      const clientMetadata = Object.keys(detail.clientMetadata).length ? detail.clientMetadata : undefined;
      // The command sets pending at once; the flag covers only the wait before it.
      const running = controller.submit(values, intent, { clientMetadata });
      this.#submitting = false;
      await running;
    } finally {
      this.#submitting = false;
    }
  }
}
