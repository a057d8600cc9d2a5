/**
 * The first factor each person used last on this device (`USER_AUTH`), in `localStorage`, keyed by
 * a hash of the username so the store does not list who signed in. The controller reads it once it
 * is here, with the flow's parts (docs/architecture.md §11).
 */
import type { FirstFactor } from '../../core/backend.js';
import type { FactorMemory } from '../../core/auth-controller.js';
import { storage } from './device-memory.js';

const FACTORS_KEY = 'cognito-auth-flow:factors';

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
