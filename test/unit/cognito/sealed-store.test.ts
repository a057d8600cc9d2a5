/** The sealed store in Chromium's own IndexedDB and WebCrypto: what is stored is ciphertext under a key no script can read out. */
import { expect } from '@open-wc/testing';
import { openSealedStore, type SecretStore } from '../../../src/cognito/sealed-store.js';

const DB = 'cognito-auth-flow';
let names = 0;
/** A namespace no other test (or earlier run in this profile) used. */
const fresh = () => `sealed-test:${Date.now().toString(36)}:${++names}`;
const SECRET = `refresh-${crypto.randomUUID()}`;

function database(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/** One record of the kit's database, read (or replaced) the way any script of the page could. */
async function record<T>(store: 'keys' | 'sealed', key: string, replace?: (value: T) => T): Promise<T | undefined> {
  const db = await database();
  try {
    return await new Promise<T | undefined>((resolve, reject) => {
      const transaction = db.transaction(store, 'readwrite');
      const objects = transaction.objectStore(store);
      const request = objects.get(key);
      request.onsuccess = () => {
        if (replace && request.result !== undefined) objects.put(replace(request.result as T), key);
      };
      transaction.oncomplete = () => resolve(request.result as T | undefined);
      transaction.onerror = () => reject(transaction.error);
    });
  } finally {
    db.close();
  }
}

const bytesOf = (text: string) => new TextEncoder().encode(text);

/** True when `needle` occurs in `haystack`, byte for byte. */
function contains(haystack: Uint8Array, needle: Uint8Array): boolean {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

describe('sealed store', () => {
  let namespace: string;
  let store: SecretStore;
  beforeEach(() => {
    namespace = fresh();
    store = openSealedStore(namespace);
  });

  it('gives back what was set, until it is deleted; a second store of the namespace reads it too (a reload)', async () => {
    expect(await store.get('token')).to.equal(null);
    await store.set('token', SECRET);
    expect(await store.get('token')).to.equal(SECRET);
    expect(await openSealedStore(namespace).get('token')).to.equal(SECRET);
    await store.set('token', `${SECRET}-2`);
    expect(await store.get('token')).to.equal(`${SECRET}-2`);
    await store.delete('token');
    expect(await store.get('token')).to.equal(null);
    expect(await record('sealed', `${namespace}:token`), 'the sealed record is gone').to.equal(undefined);
  });

  it('keeps its key in IndexedDB, non-extractable: usable by the page, never readable', async () => {
    await store.set('token', SECRET);
    const key = await record<CryptoKey>('keys', namespace);
    expect(key).to.be.instanceOf(CryptoKey);
    expect(key!.extractable).to.equal(false);
    expect(key!.algorithm).to.deep.include({ name: 'AES-GCM', length: 256 });
    let refused = '';
    await crypto.subtle.exportKey('raw', key!).catch((error: DOMException) => (refused = error.name));
    expect(refused).to.equal('InvalidAccessError');
  });

  it('stores ciphertext only: no plain text in the record, a fresh IV each time', async () => {
    await store.set('token', SECRET);
    const first = await record<Uint8Array>('sealed', `${namespace}:token`);
    expect(first).to.be.instanceOf(Uint8Array);
    expect(contains(first!, bytesOf(SECRET)), 'the plain value').to.equal(false);
    expect(contains(first!, bytesOf(SECRET.slice(8, 24))), 'a piece of it').to.equal(false);
    expect(contains(first!, bytesOf(btoa(SECRET).slice(0, 16))), 'its base64').to.equal(false);
    await store.set('token', SECRET);
    const second = await record<Uint8Array>('sealed', `${namespace}:token`);
    expect([...second!.subarray(0, 12)]).not.to.deep.equal([...first!.subarray(0, 12)]);
  });

  it('a tampered record opens as nothing (signed out), and is dropped', async () => {
    await store.set('token', SECRET);
    await record<Uint8Array>('sealed', `${namespace}:token`, (sealed) => {
      const changed = sealed.slice();
      changed[changed.length - 20] ^= 1;
      return changed;
    });
    expect(await store.get('token')).to.equal(null);
    expect(await record('sealed', `${namespace}:token`)).to.equal(undefined);
  });

  it('a record copied under another name does not open (the name is sealed in)', async () => {
    await store.set('token', SECRET);
    const sealed = await record<Uint8Array>('sealed', `${namespace}:token`);
    await store.set('other', 'placeholder');
    await record<Uint8Array>('sealed', `${namespace}:other`, () => sealed!);
    expect(await store.get('other')).to.equal(null);
    expect(await store.get('token')).to.equal(SECRET);
  });

  it('two stores of a new namespace at once (two tabs) agree on one key', async () => {
    const other = openSealedStore(namespace);
    await Promise.all([store.set('a', 'one'), other.set('b', 'two')]);
    expect(await store.get('b')).to.equal('two');
    expect(await other.get('a')).to.equal('one');
  });

  it('with blobs in sessionStorage: base64 ciphertext there, the key in IndexedDB, nothing in its sealed records', async () => {
    const tabStore = openSealedStore(namespace, { blobs: sessionStorage });
    try {
      await tabStore.set('token', SECRET);
      const stored = sessionStorage.getItem(`${namespace}:token:sealed`);
      expect(stored).to.be.a('string');
      const bytes = Uint8Array.from(atob(stored!), (c) => c.charCodeAt(0));
      expect(contains(bytes, bytesOf(SECRET))).to.equal(false);
      expect(stored).not.to.contain(SECRET);
      expect(await record('sealed', `${namespace}:token`)).to.equal(undefined);
      expect(await record<CryptoKey>('keys', namespace)).to.be.instanceOf(CryptoKey);
      expect(await openSealedStore(namespace, { blobs: sessionStorage }).get('token')).to.equal(SECRET);
      // A tampered copy in Web Storage opens as nothing too.
      sessionStorage.setItem(`${namespace}:token:sealed`, btoa(String.fromCharCode(...bytes.map((b, i) => (i === 20 ? b ^ 1 : b)))));
      expect(await tabStore.get('token')).to.equal(null);
    } finally {
      await tabStore.delete('token');
    }
  });

  it('where IndexedDB is refused (private mode), keeps values in memory, silently', async () => {
    // A fresh instance of the module, so no database opened by the tests above is reused.
    const url = `/src/cognito/sealed-store.ts?refused=${Date.now()}`;
    const original = Object.getOwnPropertyDescriptor(window, 'indexedDB')!;
    Object.defineProperty(window, 'indexedDB', {
      configurable: true,
      get: () => ({
        open() {
          throw new DOMException('The user denied permission to access the database.', 'InvalidStateError');
        },
      }),
    });
    try {
      const isolated = (await import(url)) as typeof import('../../../src/cognito/sealed-store.js');
      const refused = isolated.openSealedStore(namespace);
      await refused.set('token', SECRET);
      expect(await refused.get('token')).to.equal(SECRET);
      expect(await isolated.openSealedStore(namespace).get('token'), 'shared within the page').to.equal(SECRET);
      await refused.delete('token');
      expect(await refused.get('token')).to.equal(null);
    } finally {
      Object.defineProperty(window, 'indexedDB', original);
    }
    expect(await record('keys', namespace), 'no key was made').to.equal(undefined);
  });
});
