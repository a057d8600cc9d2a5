/**
 * Where the API backend keeps a signed-in person's tokens. The refresh token never leaves the
 * store and the backend; nothing here is ever logged or put in an event.
 *
 * The default keeps tokens in memory only (gone on reload). Persistence is opt-in (`persist`):
 * persisted-session.ts seals the tokens (sealed-store.ts) and shares them between tabs; nothing is
 * ever stored in plain text.
 */

export interface StoredTokens {
  /** Canonical Cognito username. */
  username: string;
  idToken: string;
  accessToken: string;
  refreshToken?: string;
  /** Epoch milliseconds when the access token expires. */
  expiresAt: number;
  /** The remembered device this session signed in on (its key only, never its secret). */
  deviceKey?: string;
}

/** Sync or async, so memory and IndexedDB both fit. */
export interface SessionStore {
  load(): StoredTokens | null | Promise<StoredTokens | null>;
  save(tokens: StoredTokens): void | Promise<void>;
  clear(): void | Promise<void>;
  /**
   * A store shared by tabs: runs `task` (a refresh) while no other tab or backend sharing it runs
   * one. `load()` inside it reads what the last one stored.
   */
  exclusive?<T>(task: () => Promise<T>, signal?: AbortSignal): Promise<T>;
  /** A store shared by tabs: calls `listener` with what is stored after another tab or backend changed it. */
  subscribe?(listener: (tokens: StoredTokens | null) => void): () => void;
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

