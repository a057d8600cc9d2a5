/**
 * Fields for Cognito user attributes (sign-up, and the attributes NEW_PASSWORD_REQUIRED asks for):
 * the right input type, autocomplete token and label, and the checks each needs.
 */
import type { FieldRule } from '../../core/validation.js';
import { fieldLabel, type Translate } from '../../i18n/translate.js';
import type { FieldOptions } from './step-element.js';

const INPUT_FOR: Record<string, Partial<FieldOptions>> = {
  email: { type: 'email', autocomplete: 'email', inputmode: 'email' },
  phone_number: { type: 'tel', autocomplete: 'tel', inputmode: 'tel' },
  name: { autocomplete: 'name' },
  given_name: { autocomplete: 'given-name' },
  family_name: { autocomplete: 'family-name' },
  nickname: { autocomplete: 'nickname' },
  birthdate: { autocomplete: 'bday' },
  address: { autocomplete: 'street-address' },
  website: { autocomplete: 'url' },
};

export function attributeField(t: Translate, name: string, required: boolean): FieldOptions {
  const label = fieldLabel(t, name);
  return {
    name,
    label: required ? label : t('field.optional', label),
    hint: name === 'phone_number' ? t('field.phoneHint') : undefined,
    ...INPUT_FOR[name],
  };
}

export function attributeRules(name: string, required: boolean): FieldRule[] {
  const format: FieldRule[] = name === 'email' ? ['email'] : name === 'phone_number' ? ['phone'] : [];
  return required ? ['required', ...format] : format;
}
