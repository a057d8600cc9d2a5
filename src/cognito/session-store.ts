/**
 * Where the API backend keeps a signed-in person's tokens. The refresh token never leaves the
 * store and the backend; nothing here is ever logged or put in an event.
 *
 * The default keeps tokens in memory only (gone on reload). Persistence (sessionStorage /
 * localStorage) is opt-in through another `SessionStore` and must never happen unless asked.
 */

export interface StoredTokens {
  /** Canonical Cognito username. */
  username: string;
  idToken: string;
  accessToken: string;
  refreshToken?: string;
  /** Epoch milliseconds when the access token expires. */
  expiresAt: number;
}

/** Sync or async, so Web Storage and IndexedDB both fit. */
export interface SessionStore {
  load(): StoredTokens | null | Promise<StoredTokens | null>;
  save(tokens: StoredTokens): void | Promise<void>;
  clear(): void | Promise<void>;
}

/** The default store: one object in memory, per backend. */
export class MemorySessionStore implements SessionStore {
  private tokens: StoredTokens | null = null;

  load(): StoredTokens | null {
    return this.tokens && { ...this.tokens };
  }

  save(tokens: StoredTokens): void {
    this.tokens = { ...tokens };
  }

  clear(): void {
    this.tokens = null;
  }
}
