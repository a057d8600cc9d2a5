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
  /** The remembered device this session signed in on (its key only, never its secret). */
  deviceKey?: string;
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

/**
 * Keeps the ID and access tokens in `sessionStorage` or `localStorage`, so a reload stays signed in
 * until the access token expires (an hour by default). The refresh token never goes to storage: it
 * stays in this page's memory, so refreshing works only in the page that signed in. Storage that
 * refuses (private mode, quota) degrades to memory.
 */
export class WebStorageSessionStore implements SessionStore {
  private readonly memory = new MemorySessionStore();

  constructor(
    private readonly storage: Storage,
    private readonly key: string,
  ) {}

  load(): StoredTokens | null {
    const inMemory = this.memory.load();
    if (inMemory) return inMemory;
    try {
      const parsed: unknown = JSON.parse(this.storage.getItem(this.key) ?? 'null');
      return isStoredTokens(parsed) ? parsed : null;
    } catch {
      return null;
    }
  }

  save(tokens: StoredTokens): void {
    this.memory.save(tokens);
    const { refreshToken: _kept, ...persisted } = tokens;
    try {
      this.storage.setItem(this.key, JSON.stringify(persisted));
    } catch {
      // Memory only, then.
    }
  }

  clear(): void {
    this.memory.clear();
    try {
      this.storage.removeItem(this.key);
    } catch {
      // Nothing stored.
    }
  }
}

function isStoredTokens(value: unknown): value is StoredTokens {
  const v = value as StoredTokens | null;
  return (
    !!v &&
    typeof v.username === 'string' &&
    typeof v.idToken === 'string' &&
    typeof v.accessToken === 'string' &&
    typeof v.expiresAt === 'number' &&
    v.refreshToken === undefined
  );
}
