/**
 * Fields for Cognito user attributes (sign-up, and the attributes NEW_PASSWORD_REQUIRED asks for):
 * the view model's field (input type, autocomplete, rules) with its label and hint.
 */
import type { FieldSpec } from '../../core/fields.js';
import { fieldLabel, type Translate } from '../../i18n/translate.js';
import type { FieldOptions } from './step-element.js';

export function attributeOptions(t: Translate, spec: FieldSpec): FieldOptions {
  const label = fieldLabel(t, spec.name);
  return {
    name: spec.name,
    label: spec.required ? label : t('field.optional', label),
    hint: spec.name === 'phone_number' ? t('field.phoneHint') : undefined,
    type: spec.type,
    autocomplete: spec.autocomplete,
    inputmode: spec.inputmode,
    required: spec.required,
  };
}

/** The attribute fields of a view, in order. */
export function attributeSpecs(fields: readonly FieldSpec[]): FieldSpec[] {
  return fields.filter((field) => field.kind === 'attribute');
}
