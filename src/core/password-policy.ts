/**
 * The pool's password policy, checked before sending and shown as a checklist while the person
 * types. Cognito stays the judge; these are its rules as the pool declares them, in the order
 * Cognito reports the first one broken (docs/cognito.md §5, dev/local-cognito/src/password-policy.ts).
 */
import type { ErrorCode } from './errors.js';

export interface PasswordPolicy {
  minLength: number;
  lowercase: boolean;
  uppercase: boolean;
  numbers: boolean;
  symbols: boolean;
}

/** Cognito's default policy. */
export const DEFAULT_PASSWORD_POLICY: PasswordPolicy = { minLength: 8, lowercase: true, uppercase: true, numbers: true, symbols: true };

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

/**
 * The `password-policy` attribute: empty for Cognito's default; `none` for no check here; the
 * pool's `PasswordPolicy` as JSON (`{"MinimumLength":10,"RequireSymbols":false,…}`, a missing
 * requirement being off); or a compact list, `min=8 lower upper digit symbol` (unlisted rules off).
 */
export function parsePasswordPolicy(value = ''): PasswordPolicy | null {
  const text = value.trim();
  if (!text) return DEFAULT_PASSWORD_POLICY;
  if (text === 'none') return null;
  if (text.startsWith('{')) {
    let json: Record<string, unknown>;
    try {
      json = JSON.parse(text) as Record<string, unknown>;
    } catch {
      return DEFAULT_PASSWORD_POLICY; // a typo in the page: the pool's own default, not nothing
    }
    return {
      minLength: Number(json.MinimumLength ?? 8),
      lowercase: !!json.RequireLowercase,
      uppercase: !!json.RequireUppercase,
      numbers: !!json.RequireNumbers,
      symbols: !!json.RequireSymbols,
    };
  }
  const has = (word: RegExp) => word.test(text);
  return {
    minLength: Number(/min=(\d+)/.exec(text)?.[1] ?? 8),
    lowercase: has(/\blower/),
    uppercase: has(/\bupper/),
    numbers: has(/\b(digit|number)/),
    symbols: has(/\bsymbol/),
  };
}
