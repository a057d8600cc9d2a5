/**
 * What this device remembers between visits, in `localStorage`, none of it secret: only when the
 * app asks (`remember-username`), the last username, for passkey autofill (the first screen reads
 * it); the first factor each person used last is factor-memory.ts. Storage that throws (private
 * modes, blocked cookies) is treated as empty.
 */
const USERNAME_KEY = 'cognito-auth-flow:username';

/** `localStorage`, or null where reading it throws. */
export function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

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
