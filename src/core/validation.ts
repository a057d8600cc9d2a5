/**
 * Field checks that need no server: run by the elements before a submit (instant, per field; they
 * fetch this module as they connect, elements/shared/form-checks.ts) and again by the controller,
 * so headless users get the same errors. Cognito stays the judge of everything else (code
 * correctness, and the password policy when the page does not declare it).
 */
import type { FieldSpec } from './fields.js';
import { KIT_ERROR_NAMES, type ErrorCode, type ErrorInfo } from './errors.js';
import type { PasswordPolicy } from './password-policy.js';
import { PASSWORD_RULES, unmetRules } from './password-rules.js';
import { normalizePhone } from './username-value.js';

/** A format, or the pool's password policy (a new password). `emailOrPhone`: an address when it has an `@`, else a number. */
export type FieldRule = 'required' | 'email' | 'phone' | 'emailOrPhone' | 'code' | { readonly password: PasswordPolicy };

export interface FieldError {
  field: string;
  code: ErrorCode;
}

// Deliberately loose: one @, no spaces, a dot in the domain. Cognito has the final word.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
// E.164, as Cognito's phone_number wants it.
const PHONE = /^\+[1-9]\d{6,14}$/;
const CODE = /^[0-9]{4,10}$/;

/** Drops empty optional attributes and puts the phone number in E.164. */
export function normalizeAttributes(attributes: Readonly<Record<string, string>>): Record<string, string> {
  const clean: Record<string, string> = {};
  for (const [name, raw] of Object.entries(attributes)) {
    const value = raw.trim();
    if (value !== '') clean[name] = name === 'phone_number' ? normalizePhone(value) : value;
  }
  return clean;
}

/** Codes are often pasted with spaces ("123 456"). */
export function normalizeCode(value: string): string {
  return value.replace(/\s/g, '');
}

/** The E.164 shape Cognito wants; a UI with a phone library passes a stricter check (the number exists). */
const isE164 = (value: string): boolean => PHONE.test(normalizePhone(value));

function check(rule: FieldRule, value: string, isPhone: (value: string) => boolean): FieldError['code'] | null {
  if (rule === 'required') return value === '' ? 'required' : null;
  if (value === '') return null; // optional and empty
  if (typeof rule === 'object') {
    const [unmet] = unmetRules(value, rule.password);
    return unmet ? PASSWORD_RULES.find(([name]) => name === unmet)![1] : null;
  }
  if (rule === 'emailOrPhone') rule = value.includes('@') ? 'email' : 'phone';
  if (rule === 'email') return EMAIL.test(value) ? null : 'invalidEmail';
  if (rule === 'phone') return isPhone(value) ? null : 'invalidPhone';
  return CODE.test(normalizeCode(value)) ? null : 'invalidCodeFormat';
}

/** Rules by field name, in form order, for `validateFields`. */
export function rulesOf(fields: readonly FieldSpec[]): Record<string, readonly FieldRule[]> {
  return Object.fromEntries(fields.map((spec) => [spec.name, spec.rules]));
}

/** Every field error, in the order of `rules` (the form's order), first rule failing per field. */
export function validateFields(
  values: Readonly<Record<string, string | undefined>>,
  rules: Readonly<Record<string, readonly FieldRule[]>>,
  isPhone = isE164,
): FieldError[] {
  const errors: FieldError[] = [];
  for (const [field, fieldRules] of Object.entries(rules)) {
    const value = (values[field] ?? '').trim();
    for (const rule of fieldRules) {
      const code = check(rule, value, isPhone);
      if (code) {
        errors.push({ field, code });
        break;
      }
    }
  }
  return errors;
}

export function validationError(error: FieldError): ErrorInfo {
  return { code: error.code, name: KIT_ERROR_NAMES.validation, field: error.field, retryable: false };
}
