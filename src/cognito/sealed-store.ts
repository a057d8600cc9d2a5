/**
 * Secrets kept across reloads without ever being stored in plain text: each value is sealed with
 * AES-GCM under a non-extractable WebCrypto key that lives in IndexedDB (stored by structured
 * clone, so page script can use it but never read it out). The sealed bytes live in IndexedDB, or
 * in a Web Storage the caller names (sessionStorage: gone with the tab). A copy of the storage, a
 * sync, a log or a disk dump holds only ciphertext (docs/architecture.md §8).
 *
 * Where IndexedDB or WebCrypto is refused (private mode, an insecure origin), values stay in this
 * page's memory, silently: nothing survives a reload then, and nothing is stored either.
 */

/** Async get / set / delete of secret strings, by key. */
export interface SecretStore {
  get(key: string): Promise<string | null>;
  set(key: string, value: string): Promise<void>;
  delete(key: string): Promise<void>;
}

export interface SealedStoreOptions {
  /** Keep the sealed bytes here instead of IndexedDB (the key stays in IndexedDB). */
  blobs?: Storage;
}

type Bytes = Uint8Array<ArrayBuffer>;

/** Where sealed bytes are kept: IndexedDB or a Web Storage. */
interface Blobs {
  read(id: string): Promise<Bytes | null>;
  write(id: string, sealed: Bytes): Promise<void>;
  remove(id: string): Promise<void>;
}

const DB_NAME = 'cognito-auth-flow';
const KEYS = 'keys';
const SEALED = 'sealed';
/** IndexedDB that does not open in this long (blocked, broken) counts as refused. */
const OPEN_TIMEOUT_MS = 5_000;
const IV_BYTES = 12;

/** The fallback when IndexedDB is refused, shared by the stores of one page. */
const memory = new Map<string, string>();
let database: Promise<IDBDatabase> | undefined;

/** Opens a store of secrets under `namespace` (one key per namespace). Nothing happens until first use. */
export function openSealedStore(namespace: string, options: SealedStoreOptions = {}): SecretStore {
  let opened: Promise<{ key: CryptoKey; blobs: Blobs } | null> | undefined;
  const ready = () =>
    (opened ??= openDatabase()
      .then(async (db) => ({ key: await keyFor(db, namespace), blobs: options.blobs ? storageBlobs(options.blobs) : databaseBlobs(db) }))
      .catch(() => null));
  // The namespace and key are sealed in with the value: a blob moved to another name does not open.
  const idOf = (key: string) => `${namespace}:${key}`;

  return {
    async get(key) {
      const id = idOf(key);
      const store = await ready();
      if (!store || memory.has(id)) return memory.get(id) ?? null;
      const sealed = await store.blobs.read(id).catch(() => null);
      if (!sealed) return null;
      try {
        const plain = await crypto.subtle.decrypt(aesGcm(sealed.subarray(0, IV_BYTES), id), store.key, sealed.subarray(IV_BYTES));
        return new TextDecoder().decode(plain);
      } catch {
        // Tampered with, or sealed under a key that is gone: unreadable for good.
        await store.blobs.remove(id).catch(() => {});
        return null;
      }
    },

    async set(key, value) {
      const id = idOf(key);
      const store = await ready();
      const stored = store && (await seal(store.key, id, value).then((sealed) => store.blobs.write(id, sealed)).then(() => true, () => false));
      // Refused (no IndexedDB, quota): this page keeps it, nothing is stored.
      if (stored) memory.delete(id);
      else memory.set(id, value);
    },

    async delete(key) {
      const id = idOf(key);
      memory.delete(id);
      await (await ready())?.blobs.remove(id).catch(() => {});
    },
  };
}

/** A fresh IV, then the ciphertext (with its tag). */
async function seal(key: CryptoKey, id: string, value: string): Promise<Bytes> {
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const plain = new TextEncoder().encode(value);
  const sealed = new Uint8Array(await crypto.subtle.encrypt(aesGcm(iv, id), key, plain));
  plain.fill(0);
  return concat(iv, sealed);
}

function aesGcm(iv: Bytes, id: string): AesGcmParams {
  return { name: 'AES-GCM', iv, additionalData: new TextEncoder().encode(id) };
}

function concat(a: Bytes, b: Bytes): Bytes {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

function openDatabase(): Promise<IDBDatabase> {
  database ??= Promise.race([
    openStores(),
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error('IndexedDB did not open')), OPEN_TIMEOUT_MS)),
  ]);
  const opening = database;
  opening.catch(() => {
    if (database === opening) database = undefined;
  });
  return opening;
}

/**
 * The database with both stores. Opened at its current version; one that lacks a store (made by
 * someone who opened the name without creating them) is upgraded once to add it.
 */
function openStores(version?: number): Promise<IDBDatabase> {
  return new Promise<IDBDatabase>((resolve, reject) => {
    const request = version ? indexedDB.open(DB_NAME, version) : indexedDB.open(DB_NAME);
    request.onupgradeneeded = () => {
      for (const name of [KEYS, SEALED]) if (!request.result.objectStoreNames.contains(name)) request.result.createObjectStore(name);
    };
    request.onsuccess = () => {
      const db = request.result;
      if (!version && ![KEYS, SEALED].every((name) => db.objectStoreNames.contains(name))) {
        db.close();
        resolve(openStores(db.version + 1));
        return;
      }
      // Another tab upgrading, or the browser clearing site data: open afresh next time.
      db.onversionchange = db.onclose = () => {
        db.close();
        database = undefined;
      };
      resolve(db);
    };
    request.onerror = request.onblocked = () => reject(request.error);
  });
}

/** One request in its own transaction; settles when the transaction does (a write is then durable). */
function run<T>(db: IDBDatabase, store: string, mode: IDBTransactionMode, act: (objects: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    const transaction = db.transaction(store, mode);
    const request = act(transaction.objectStore(store));
    transaction.oncomplete = () => resolve(request.result);
    transaction.onerror = transaction.onabort = () => reject(transaction.error ?? request.error);
  });
}

/** The namespace's key, made on first use; when two tabs make one at once, the first stored wins. */
async function keyFor(db: IDBDatabase, namespace: string): Promise<CryptoKey> {
  const stored = await run<CryptoKey | undefined>(db, KEYS, 'readonly', (keys) => keys.get(namespace));
  if (stored) return stored;
  const made = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
  try {
    await run(db, KEYS, 'readwrite', (keys) => keys.add(made, namespace)); // `add` never replaces one
    return made;
  } catch {
    return (await run<CryptoKey | undefined>(db, KEYS, 'readonly', (keys) => keys.get(namespace)))!;
  }
}

function databaseBlobs(db: IDBDatabase): Blobs {
  return {
    read: async (id) => {
      const value: unknown = await run(db, SEALED, 'readonly', (sealed) => sealed.get(id));
      return value instanceof Uint8Array ? (value as Bytes) : null;
    },
    write: (id, sealed) => run(db, SEALED, 'readwrite', (objects) => objects.put(sealed, id)).then(() => {}),
    remove: (id) => run(db, SEALED, 'readwrite', (objects) => objects.delete(id)),
  };
}

/** Sealed bytes as base64 in a Web Storage (its own key, so they never clash with plain entries). */
function storageBlobs(storage: Storage): Blobs {
  const name = (id: string) => `${id}:sealed`;
  return {
    read: async (id) => {
      const text = storage.getItem(name(id));
      return text === null ? null : Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
    },
    write: async (id, sealed) => storage.setItem(name(id), btoa(String.fromCharCode(...sealed))),
    remove: async (id) => storage.removeItem(name(id)),
  };
}
