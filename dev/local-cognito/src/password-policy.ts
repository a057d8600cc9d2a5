/**
 * The user-pool password policy, which cognito-local never enforces. Messages follow Cognito
 * ("Password did not conform with policy: …", first failing rule only).
 */
import { errors } from './errors.js';

export interface PasswordPolicy {
  MinimumLength: number;
  RequireUppercase: boolean;
  RequireLowercase: boolean;
  RequireNumbers: boolean;
  RequireSymbols: boolean;
}

/** Cognito's default policy, used when the pool does not say otherwise. */
export const DEFAULT_POLICY: PasswordPolicy = {
  MinimumLength: 8,
  RequireUppercase: true,
  RequireLowercase: true,
  RequireNumbers: true,
  RequireSymbols: true,
};

/** The special characters Cognito counts as symbols (a space inside the password counts too). */
const SYMBOLS = new Set('^$*.[]{}()?"!@#%&/\\,><\':;|_~`=+- ');

/** The API-level constraint, checked before the policy, surfaces as a raw validation error. */
const API_PATTERN = /^[\S]+.*[\S]+$/su;

/**
 * Throws InvalidParameterException / InvalidPasswordException; `member` names the request field.
 * Cognito words the prefix differently per operation (SignUp: "did not conform with").
 */
export function enforcePasswordPolicy(
  password: unknown,
  policy: Partial<PasswordPolicy> = {},
  member = 'password',
  prefix = 'Password did not conform with policy',
): void {
  if (typeof password !== 'string') {
    throw errors.invalidParameter(`1 validation error detected: Value null at '${member}' failed to satisfy constraint: Member must not be null`);
  }
  if (!API_PATTERN.test(password) || password.length > 256) {
    throw errors.invalidParameter(
      `1 validation error detected: Value at '${member}' failed to satisfy constraint: Member must satisfy regular expression pattern: ^[\\S]+.*[\\S]+$`,
    );
  }
  const failure = policyFailure(password, { ...DEFAULT_POLICY, ...policy });
  if (failure) throw errors.invalidPassword(`${prefix}: ${failure}`);
}

export function policyFailure(password: string, policy: PasswordPolicy): string | undefined {
  const chars = [...password];
  if (chars.length < policy.MinimumLength) return 'Password not long enough';
  if (policy.RequireLowercase && !chars.some((c) => c >= 'a' && c <= 'z')) return 'Password must have lowercase characters';
  if (policy.RequireUppercase && !chars.some((c) => c >= 'A' && c <= 'Z')) return 'Password must have uppercase characters';
  if (policy.RequireNumbers && !chars.some((c) => c >= '0' && c <= '9')) return 'Password must have numeric characters';
  if (policy.RequireSymbols && !chars.some((c) => SYMBOLS.has(c))) return 'Password must have symbol characters';
  return undefined;
}
