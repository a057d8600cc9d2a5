/**
 * How one run-time setting is read: its environment variable and default for the start value, and
 * the check a `PUT /_local/settings` value must pass. The USER_AUTH and passkey settings are
 * declared with these (user-auth-settings.ts, passkey-settings.ts); settings.ts applies them.
 */
import { errors } from './errors.js';

export interface SettingRule<T> {
  /** Environment variable with the start value (text; lists comma-separated). */
  env: string;
  fallback: T;
  fromEnv(text: string): T;
  /** The value a PUT may set; throws InvalidParameterException naming `key`. */
  check(value: unknown, key: string): T;
}

export type Rules<T> = { [K in keyof T]: SettingRule<T[K]> };

const bad = (key: string, why: string) => errors.invalidParameter(`${key} ${why}`);

export function booleanRule(env: string, fallback: boolean): SettingRule<boolean> {
  return {
    env,
    fallback,
    fromEnv: (text) => {
      if (/^(1|true)$/i.test(text)) return true;
      if (/^(0|false)$/i.test(text)) return false;
      throw new Error(`${env} must be true or false`);
    },
    check: (value, key) => {
      if (typeof value !== 'boolean') throw bad(key, 'must be true or false');
      return value;
    },
  };
}

export function numberRule(env: string, fallback: number, minimum: number, maximum = Number.MAX_SAFE_INTEGER, integer = false): SettingRule<number> {
  const valid = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n) && n >= minimum && n <= maximum && (!integer || Number.isInteger(n));
  const rule = `must be ${integer ? 'a whole number' : 'a number'} from ${minimum}${maximum < Number.MAX_SAFE_INTEGER ? ` to ${maximum}` : ' up'}`;
  return {
    env,
    fallback,
    fromEnv: (text) => {
      const n = Number(text);
      if (!valid(n)) throw new Error(`${env} ${rule}`);
      return n;
    },
    check: (value, key) => {
      if (!valid(value)) throw bad(key, rule);
      return value;
    },
  };
}

/** Seconds > 0, or null for "the app client's AuthSessionValidity". */
export function secondsOrNullRule(env: string): SettingRule<number | null> {
  const valid = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n) && n > 0;
  return {
    env,
    fallback: null,
    fromEnv: (text) => {
      const n = Number(text);
      if (!valid(n)) throw new Error(`${env} must be a positive number of seconds`);
      return n;
    },
    check: (value, key) => {
      if (value !== null && !valid(value)) throw bad(key, 'must be a positive number of seconds, or null');
      return value as number | null;
    },
  };
}

export function enumRule<T extends string>(env: string, values: readonly T[], fallback: T): SettingRule<T> {
  const valid = (v: unknown): v is T => values.includes(v as T);
  return {
    env,
    fallback,
    fromEnv: (text) => {
      if (!valid(text)) throw new Error(`${env} must be one of ${values.join(', ')}`);
      return text;
    },
    check: (value, key) => {
      if (!valid(value)) throw bad(key, `must be one of ${values.join(', ')}`);
      return value;
    },
  };
}

/** A list of distinct members of `values` (at least one unless `allowEmpty`), in the order given. */
export function listRule<T extends string>(env: string, values: readonly T[], fallback: T[], allowEmpty = false): SettingRule<T[]> {
  const parse = (list: unknown, fail: (why: string) => Error): T[] => {
    if (!Array.isArray(list) || list.some((v) => !values.includes(v as T))) throw fail(`must be a list of ${values.join(', ')}`);
    if (!allowEmpty && !list.length) throw fail('must not be empty');
    return [...new Set(list as T[])];
  };
  return {
    env,
    fallback,
    fromEnv: (text) => parse(splitList(text), (why) => new Error(`${env} ${why}`)),
    check: (value, key) => parse(value, (why) => bad(key, why)),
  };
}

/** `a, b,c` → ['a', 'b', 'c']; an empty text is an empty list. */
export function splitList(text: string): string[] {
  return text
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}

/** The start values: each rule's environment variable when set, else its fallback. */
export function startValues<T>(rules: Rules<T>, env: NodeJS.ProcessEnv): T {
  const values = {} as T;
  for (const key of Object.keys(rules) as (keyof T)[]) {
    const rule = rules[key];
    const text = env[rule.env];
    values[key] = text === undefined || text === '' ? rule.fallback : rule.fromEnv(text);
  }
  return values;
}
