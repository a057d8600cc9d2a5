/**
 * Token storage for the identity-js backend, and reading what identity-js stored.
 *
 * identity-js keeps a signed-in user's tokens (the refresh token included) in its `Storage` under
 * `CognitoIdentityServiceProvider.<clientId>.<username>.<idToken|accessToken|refreshToken|clockDrift>`
 * and `CognitoIdentityServiceProvider.<clientId>.LastAuthUser`. Its default storage is
 * `localStorage`, which would put the refresh token where any script on the origin can read it and
 * keep it after the tab closes. The kit's rule is that the refresh token is never stored unless the
 * app asks, so the backend defaults to `MemoryCognitoStorage`; an app that wants identity-js's
 * behaviour (or to share the session with its own identity-js code) passes a storage itself.
 */
import type { ICognitoStorage } from 'amazon-cognito-identity-js';

/** An `ICognitoStorage` in memory, one per backend (identity-js's own `MemoryStorage` is module-wide). */
export class MemoryCognitoStorage implements ICognitoStorage {
  /** `#private`: what identity-js stores (the refresh token) is not a property path away. */
  readonly #items = new Map<string, string>();

  getItem(key: string): string | null {
    return this.#items.get(key) ?? null;
  }

  setItem(key: string, value: string): void {
    this.#items.set(key, String(value));
  }

  removeItem(key: string): void {
    this.#items.delete(key);
  }

  clear(): void {
    this.#items.clear();
  }

  get length(): number {
    return this.#items.size;
  }
}

export interface CachedTokens {
  username: string;
  idToken: string | null;
  accessToken: string | null;
  refreshToken: string | null;
}

/** The tokens identity-js cached for the last user who signed in through `clientId`, or null. */
export function cachedTokens(storage: ICognitoStorage, clientId: string): CachedTokens | null {
  const prefix = `CognitoIdentityServiceProvider.${clientId}`;
  const username = storage.getItem(`${prefix}.LastAuthUser`);
  if (!username) return null;
  const item = (name: string) => storage.getItem(`${prefix}.${username}.${name}`) || null;
  return { username, idToken: item('idToken'), accessToken: item('accessToken'), refreshToken: item('refreshToken') };
}
