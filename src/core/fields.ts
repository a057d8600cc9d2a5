/**
 * The fields a step asks for, declared once: their rules (the controller validates against them)
 * and what the input needs (type, autocomplete, keyboard), which the elements and any headless UI
 * render from. Labels are the UI's (i18n), keyed by the field's name. Here: what a field is, and the
 * sign-in screen's username and password; the later steps' fields (later-fields.ts) and the attribute
 * fields with `form-fields` (attribute-fields.ts) load with those steps.
 */
import type { PasswordPolicy } from './password-policy.js';
import type { UsernameKind } from './username.js';
import type { FieldRule } from './validation.js';

export type FieldKind =
  | 'username'
  | 'password'
  | 'newPassword'
  | 'code'
  | 'answer'
  | 'email'
  | 'choice'
  /** A yes/no box (ticked: the form sends `on`). */
  | 'checkbox'
  /** A Cognito user attribute (`email`, `phone_number`, `custom:…`). */
  | 'attribute';

export type FieldType = 'text' | 'password' | 'email' | 'tel' | 'number' | 'checkbox' | 'select' | 'date';

/** A choice of a `select` field: its value, and the text shown (the value when none). */
export type FieldOption = string | { readonly value: string; readonly label?: string };

export interface FieldSpec {
  /** The form field's name, which is also what the command reads. */
  name: string;
  kind: FieldKind;
  rules: readonly FieldRule[];
  required: boolean;
  type: FieldType;
  autocomplete?: string;
  inputmode?: 'numeric' | 'email' | 'tel' | 'text';
  /** A new password's rules, which the UI shows as a checklist. */
  passwordPolicy?: PasswordPolicy;
  /** The page's own words for the field (`form-fields`); else the UI's catalogue. */
  label?: string;
  placeholder?: string;
  hint?: string;
  /** A `select` field's choices. */
  options?: readonly FieldOption[];
}

/**
 * How a page shows an attribute on a step (`form-fields`): a standard attribute (`given_name`) or
 * a `custom:` one, with its own label, hint, placeholder, input type, choices, autocomplete token,
 * whether it is required, and its place (`order`: the place among the step's own fields, counting
 * from 0 with `username` and `password` first, so 0 puts it first; without it a field keeps its
 * place, and one the step lacked comes last).
 */
export interface FormField {
  name: string;
  label?: string;
  placeholder?: string;
  hint?: string;
  required?: boolean;
  autocomplete?: string;
  type?: Exclude<FieldType, 'password'>;
  options?: readonly FieldOption[];
  order?: number;
}

/** `form-fields`, by step: the steps that ask for attributes. */
export interface FormFields {
  signUp?: readonly FormField[];
  newPasswordRequired?: readonly FormField[];
}

/** One attribute a form asks for: `email`, or `phone_number?` for an optional one. */
export interface AttributeRequest {
  name: string;
  required: boolean;
}

/** A field: its name, kind and rules, and what its input needs beyond a text field. */
export const field = (name: string, kind: FieldKind, rules: readonly FieldRule[], input: Partial<FieldSpec> = {}): FieldSpec =>
  Object.freeze({
    name,
    kind,
    rules,
    required: rules.includes('required'),
    type: 'text',
    ...input,
  });

export const USERNAME_FIELD = field('username', 'username', ['required'], { autocomplete: 'username' });
export const PASSWORD_FIELD = field('password', 'password', ['required'], { type: 'password', autocomplete: 'current-password' });
/** The username with passkeys offered in its autofill (WebAuthn conditional mediation). */
export const PASSKEY_USERNAME_FIELD = field('username', 'username', ['required'], { autocomplete: 'username webauthn' });

/** The username field for the pool's kind of username; with `passkeys`, they are offered in its autofill. */
export function usernameField(kind: UsernameKind = 'username', passkeys = false): FieldSpec {
  if (kind === 'username') return passkeys ? PASSKEY_USERNAME_FIELD : USERNAME_FIELD;
  // `username` alone: the token takes one field name, so `username email` is invalid (axe refuses it) and
  // password managers pair the new password with `username`; type and keyboard say it is an address.
  const webauthn = passkeys ? ' webauthn' : '';
  if (kind === 'email') return field('username', 'username', ['required', 'email'], { type: 'email', autocomplete: `username${webauthn}`, inputmode: 'email' });
  if (kind === 'phone') return field('username', 'username', ['required', 'phone'], { type: 'tel', autocomplete: `username${webauthn}`, inputmode: 'tel' });
  // Either: a text field (an email keyboard lacks an easy "+", a phone keyboard lacks "@").
  return field('username', 'username', ['required', 'emailOrPhone'], { autocomplete: `username${webauthn}` });
}
