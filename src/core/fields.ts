/**
 * The fields a step asks for, declared once: their rules (the controller validates against them)
 * and what the input needs (type, autocomplete, keyboard), which the elements and any headless UI
 * render from. Labels are the UI's (i18n), keyed by the field's name.
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

export interface FieldSpec {
  /** The form field's name, which is also what the command reads. */
  name: string;
  kind: FieldKind;
  rules: readonly FieldRule[];
  required: boolean;
  type: 'text' | 'password' | 'email' | 'tel' | 'checkbox';
  autocomplete?: string;
  inputmode?: 'numeric' | 'email' | 'tel' | 'text';
  /** A new password's rules, which the UI shows as a checklist. */
  passwordPolicy?: PasswordPolicy;
}

/** One attribute a form asks for: `email`, or `phone_number?` for an optional one. */
export interface AttributeRequest {
  name: string;
  required: boolean;
}

/** Parses a list such as `"email phone_number?"`: names separated by spaces or commas, `?` marking optional ones. */
export function parseAttributeList(value: string): AttributeRequest[] {
  return value
    .split(/[\s,]+/)
    .filter(Boolean)
    .map((token) => ({ name: token.replace(/\?$/, ''), required: !token.endsWith('?') }));
}

const field = (name: string, kind: FieldKind, rules: readonly FieldRule[], input: Partial<FieldSpec> = {}): FieldSpec =>
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
export const NEW_PASSWORD_FIELD = field('password', 'newPassword', ['required'], { type: 'password', autocomplete: 'new-password' });
export const CODE_FIELD = field('code', 'code', ['required', 'code'], { autocomplete: 'one-time-code', inputmode: 'numeric' });
export const ANSWER_FIELD = field('answer', 'answer', ['required']);
export const EMAIL_FIELD = field('email', 'email', ['required', 'email'], { type: 'email', autocomplete: 'email', inputmode: 'email' });
export const MFA_CHOICE_FIELD = field('mfaType', 'choice', ['required']);
export const FACTOR_FIELD = field('factor', 'choice', ['required']);
/** Which contact to verify after sign-in (email or phone number). */
export const CONTACT_CHOICE_FIELD = field('attribute', 'choice', []);
/** "Remember this device" at MFA (`remember-device="ask"`, docs/cognito.md §13). */
export const REMEMBER_DEVICE_FIELD = field('rememberDevice', 'checkbox', [], { type: 'checkbox' });
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

/** A new password, checked against the pool's policy when the page declares it (null: Cognito alone judges). */
export function newPasswordField(policy: PasswordPolicy | null = null): FieldSpec {
  return policy
    ? field('password', 'newPassword', ['required', { password: policy }], { type: 'password', autocomplete: 'new-password', passwordPolicy: policy })
    : NEW_PASSWORD_FIELD;
}

/** Input hints for the standard Cognito attributes. */
const ATTRIBUTE_INPUT: Readonly<Record<string, Partial<FieldSpec>>> = {
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

export function attributeField({ name, required }: AttributeRequest): FieldSpec {
  const format: FieldRule[] = name === 'email' ? ['email'] : name === 'phone_number' ? ['phone'] : [];
  const input = Object.hasOwn(ATTRIBUTE_INPUT, name) ? ATTRIBUTE_INPUT[name] : {};
  return field(name, 'attribute', required ? ['required', ...format] : format, input);
}

/** Rules by field name, in form order, for `validateFields`. */
export function rulesOf(fields: readonly FieldSpec[]): Record<string, readonly FieldRule[]> {
  return Object.fromEntries(fields.map((spec) => [spec.name, spec.rules]));
}
