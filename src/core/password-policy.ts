/**
 * The pool's password policy as the page declares it (`password-policy`). Its rules, checked before
 * sending and shown as a checklist while the person types, are in password-rules.ts, which loads
 * with those checks and that checklist, not in the first load (docs/architecture.md §11).
 */

export interface PasswordPolicy {
  minLength: number;
  lowercase: boolean;
  uppercase: boolean;
  numbers: boolean;
  symbols: boolean;
}

/** Cognito's default policy. */
export const DEFAULT_PASSWORD_POLICY: PasswordPolicy = { minLength: 8, lowercase: true, uppercase: true, numbers: true, symbols: true };

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
