/**
 * The fields of the steps after the first screen (docs/architecture.md §2): a new password (with
 * the pool's policy), a code, a challenge's answer, the choices, an email address and "Remember this
 * device". They load with those steps (core/later-steps.ts) and the account page; core/fields.ts
 * holds what every field is, and the sign-in screen's username and password.
 */
import { field, type FieldSpec } from './fields.js';
import type { PasswordPolicy } from './password-policy.js';

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

/** A new password, checked against the pool's policy when the page declares it (null: Cognito alone judges). */
export function newPasswordField(policy: PasswordPolicy | null = null): FieldSpec {
  return policy
    ? field('password', 'newPassword', ['required', { password: policy }], { type: 'password', autocomplete: 'new-password', passwordPolicy: policy })
    : NEW_PASSWORD_FIELD;
}

