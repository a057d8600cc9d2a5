/**
 * The checks a step form runs before a submit (docs/architecture.md §5): each field against its
 * rules in the view model, a phone number with the phone library once that is here; and what the
 * form does with an error after a submit (focus, the refused secret emptied, the error read out).
 * Not in the first load: a step element fetches it as it connects (form-checks-loader.ts, §11), so
 * the rules, the password policy's tests and their errors come later.
 */
import type { ErrorCode, ErrorInfo } from '../../core/errors.js';
import type { FieldSpec } from '../../core/fields.js';
import { rulesOf, validateFields, type FieldError } from '../../core/validation.js';
import { AuthAnnounceEvent } from './events.js';

/**
 * After these errors the field is emptied, and only this one: a wrong password should not stay on
 * screen for someone to read or a password manager to save, and a wrong code is useless (the
 * error, announced, says what to do). Everything else typed stays.
 */
const CLEAR_ON_ERROR: Partial<Record<ErrorCode, string>> = {
  incorrectCredentials: 'password',
  codeMismatch: 'code',
  codeExpired: 'code',
  invalidCodeFormat: 'code',
};

/** The named control of the step's form. */
const fieldOf = (step: HTMLElement, name: string): HTMLInputElement | null =>
  step.querySelector('form')?.elements.namedItem(name) as HTMLInputElement | null;

/** Every field error of `values`, in the form's order (the first rule failing per field). */
export function checkForm(
  values: Readonly<Record<string, string>>,
  fields: readonly FieldSpec[],
  isPhone?: (value: string) => boolean,
): FieldError[] {
  return validateFields(values, rulesOf(fields), isPhone);
}

/**
 * Reads field errors out through `<auth-flow>`'s live region: a change of `aria-describedby` is
 * not announced while focus stays in the field (a submit with Enter).
 */
function announceFieldErrors(step: HTMLElement, errors: readonly [field: string, message: string][]): void {
  const label = (name: string) => {
    const input = fieldOf(step, name);
    return (input?.id && step.querySelector(`label[for="${input.id}"]`)?.textContent?.trim()) || name;
  };
  const text = errors.map(([name, message]) => `${label(name)}: ${message}`).join(' ');
  if (text) step.dispatchEvent(new AuthAnnounceEvent(text));
}

/** The checks found errors (messages by field, in the form's order): focus on the first, all read out. */
export function showFieldErrors(step: HTMLElement, errors: readonly [field: string, message: string][]): void {
  fieldOf(step, errors[0][0])?.focus();
  announceFieldErrors(step, errors);
}

/**
 * The server refused: empty the secret it refused, put focus at the error's field (else that one),
 * and read out an error shown at a field (`message`; a form-level one is an alert already).
 */
export function showServerError(step: HTMLElement, error: ErrorInfo, message: string | null): void {
  const clear = CLEAR_ON_ERROR[error.code];
  const input = clear ? fieldOf(step, clear) : null;
  if (input) input.value = '';
  const target = (error.field && fieldOf(step, error.field)) || input;
  target?.focus();
  if (message && error.field) announceFieldErrors(step, [[error.field, message]]);
}
