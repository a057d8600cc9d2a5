/**
 * `persist`: the signed-in session kept across reloads, sealed (sealed-store.ts), never in plain
 * text. `local` shares it with every tab of the origin; `session` keeps it to this tab (its sealed
 * bytes in sessionStorage, gone with the tab). Nothing is cached here: every `load()` reads the
 * store, so a rotation in another tab is what the next refresh sends, never the old token.
 * Loaded only when `persist` is set (api/backend.ts imports it on demand).
 */
import { openSealedStore, type SecretStore } from './sealed-store.js';
import type { SessionStore, StoredTokens } from './session-store.js';
import { TabSync } from './tab-sync.js';

export type PersistScope = 'local' | 'session';

const ENTRY = 'session';
const TAB_KEY = 'cognito-auth-flow:tab';

/** The store for `persist="<scope>"` and one app client. */
export function openPersistedSession(scope: PersistScope, clientId: string): SessionStore {
  const namespace = `cognito-auth-flow:${clientId}`;
  const webStorage = scope === 'local' ? globalThis.localStorage : globalThis.sessionStorage;
  try {
    // What earlier versions kept in plain Web Storage (ID and access tokens) goes.
    webStorage.removeItem(namespace);
  } catch {
    // No Web Storage: nothing to remove.
  }
  const secrets = openSealedStore(namespace, scope === 'session' ? { blobs: webStorage } : {});
  // The tab's own name keeps other tabs out of its word and lock (a reload keeps the name).
  const sync = new TabSync(scope === 'session' ? `${namespace}:${tabId()}` : namespace);
  return new PersistedSession(secrets, sync);
}

class PersistedSession implements SessionStore {
  readonly #secrets: SecretStore;
  readonly #sync: TabSync;

  constructor(secrets: SecretStore, sync: TabSync) {
    this.#secrets = secrets;
    this.#sync = sync;
  }

  async load(): Promise<StoredTokens | null> {
    const text = await this.#secrets.get(ENTRY);
    try {
      const tokens: unknown = JSON.parse(text ?? 'null');
      return isStoredTokens(tokens) ? tokens : null;
    } catch {
      return null;
    }
  }

  async save(tokens: StoredTokens): Promise<void> {
    await this.#secrets.set(ENTRY, JSON.stringify(tokens));
    this.#sync.announce();
  }

  async clear(): Promise<void> {
    await this.#secrets.delete(ENTRY);
    this.#sync.announce();
  }

  exclusive<T>(task: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    return this.#sync.exclusive(task, signal);
  }

  subscribe(listener: (tokens: StoredTokens | null) => void): () => void {
    return this.#sync.listen(() => void this.load().then(listener));
  }
}

function tabId(): string {
  try {
    let id = sessionStorage.getItem(TAB_KEY);
    if (!id) sessionStorage.setItem(TAB_KEY, (id = randomName()));
    return id;
  } catch {
    return randomName(); // no sessionStorage: this page alone
  }
}

/** A name, not a secret. */
const randomName = () => Math.random().toString(36).slice(2);

function isStoredTokens(value: unknown): value is StoredTokens {
  const v = value as StoredTokens | null;
  return !!v && typeof v.username === 'string' && typeof v.idToken === 'string' && typeof v.accessToken === 'string' && typeof v.expiresAt === 'number';
}
