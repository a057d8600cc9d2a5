/**
 * The password policy's rules, checked before sending and shown as a checklist while the person
 * types. Cognito stays the judge; these are its rules as the pool declares them, in the order
 * Cognito reports the first one broken (docs/cognito.md §5, dev/local-cognito/src/password-policy.ts).
 */
import type { ErrorCode } from './errors.js';
import type { PasswordPolicy } from './password-policy.js';

export type PasswordRule = 'minLength' | 'lowercase' | 'uppercase' | 'numbers' | 'symbols';

/** Each rule, in Cognito's order, with the error a password breaking it gets. */
export const PASSWORD_RULES: readonly [PasswordRule, ErrorCode][] = [
  ['minLength', 'passwordTooShort'],
  ['lowercase', 'passwordNeedsLowercase'],
  ['uppercase', 'passwordNeedsUppercase'],
  ['numbers', 'passwordNeedsNumber'],
  ['symbols', 'passwordNeedsSymbol'],
];

// Cognito counts ASCII letters and digits only, and these symbols (a space inside counts too).
const TESTS: Record<Exclude<PasswordRule, 'minLength'>, RegExp> = {
  lowercase: /[a-z]/,
  uppercase: /[A-Z]/,
  numbers: /[0-9]/,
  symbols: /[\^$*.[\]{}()?"!@#%&/\\,><':;|_~`=+\- ]/,
};

/** The rules this policy has, in order. */
export function rulesOfPolicy(policy: PasswordPolicy): PasswordRule[] {
  return PASSWORD_RULES.map(([rule]) => rule).filter((rule) => (rule === 'minLength' ? policy.minLength > 0 : policy[rule]));
}

/** The policy's rules `password` does not meet yet, in order. */
export function unmetRules(password: string, policy: PasswordPolicy): PasswordRule[] {
  return rulesOfPolicy(policy).filter((rule) => (rule === 'minLength' ? [...password].length < policy.minLength : !TESTS[rule].test(password)));
}
