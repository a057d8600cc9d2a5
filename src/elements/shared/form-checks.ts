/**
 * The checks a step form runs before a submit (docs/architecture.md §5): each field against its
 * rules in the view model, a phone number with the phone library once that is here. Not in the first
 * load: a step element fetches it as it connects (form-checks-loader.ts, §11), so the rules, the
 * password policy's tests and their errors come later.
 */
import type { FieldSpec } from '../../core/fields.js';
import { rulesOf, validateFields, type FieldError } from '../../core/validation.js';

/** Every field error of `values`, in the form's order (the first rule failing per field). */
export function checkForm(
  values: Readonly<Record<string, string>>,
  fields: readonly FieldSpec[],
  isPhone?: (value: string) => boolean,
): FieldError[] {
  return validateFields(values, rulesOf(fields), isPhone);
}
