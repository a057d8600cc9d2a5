/**
 * What this device remembers between visits, in `localStorage`, none of it secret: the first factor
 * each person used last (keyed by a hash of the username, so the store does not list who signed
 * in), and, only when the app asks (`remember-username`), the last username, for passkey autofill.
 * Storage that throws (private modes, blocked cookies) is treated as empty.
 */
import type { FirstFactor } from '../../core/backend.js';
import type { FactorMemory } from '../../core/auth-controller.js';

const FACTORS_KEY = 'cognito-auth-flow:factors';
const USERNAME_KEY = 'cognito-auth-flow:username';

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/** FNV-1a: enough to tell usernames apart on one device, and not to read them back. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (const char of text.toLowerCase()) h = Math.imul(h ^ char.codePointAt(0)!, 0x01000193);
  return (h >>> 0).toString(36);
}

function read(): Record<string, FirstFactor> {
  try {
    const parsed: unknown = JSON.parse(storage()?.getItem(FACTORS_KEY) ?? '{}');
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, FirstFactor>) : {};
  } catch {
    return {};
  }
}

export const deviceFactorMemory: FactorMemory = {
  get: (username) => read()[hash(username)] ?? null,
  set(username, factor) {
    try {
      storage()?.setItem(FACTORS_KEY, JSON.stringify({ ...read(), [hash(username)]: factor }));
    } catch {
      // full or blocked: the choice is simply not remembered
    }
  },
};

export const lastUsername = {
  get: (): string => {
    try {
      return storage()?.getItem(USERNAME_KEY) ?? '';
    } catch {
      return '';
    }
  },
  set(username: string): void {
    try {
      storage()?.setItem(USERNAME_KEY, username);
    } catch {
      // not remembered
    }
  },
};
