/**
 * Where the API backend keeps a remembered device per person (docs/cognito.md §13): its key, its
 * group key and its secret, which together sign in without MFA. The secret must never be stored in
 * plain text, so entries go through a `SecretStore`: memory by default (gone on reload), or a
 * sealed one (AES-GCM under a key the page cannot read) that an app plugs in. Entries are keyed by
 * a hash of the pool and the username, so not even the username is stored in clear.
 */

/** Async key → string storage that keeps what it holds unreadable at rest (or in memory only). */
/** Where secrets go: the sealed store (sealed-store.ts), or memory. */
export type { SecretStore } from './sealed-store.js';
import type { SecretStore } from './sealed-store.js';

/** A `SecretStore`, or a function that makes one (so a sealed store can load on first use). */
export type SecretStoreSource = SecretStore | (() => SecretStore | Promise<SecretStore>);

/** Memory only: for tests, and the default (a reload forgets every device). */
export class MemorySecretStore implements SecretStore {
  readonly #values = new Map<string, string>();

  async get(key: string): Promise<string | null> {
    return this.#values.get(key) ?? null;
  }

  async set(key: string, value: string): Promise<void> {
    this.#values.set(key, value);
  }

  async delete(key: string): Promise<void> {
    this.#values.delete(key);
  }
}

/** What remembering one device takes: never in an event, a log or plain storage. */
export interface StoredDevice {
  deviceKey: string;
  groupKey: string;
  /** The device's random password (base64 of 40 random bytes). */
  secret: string;
}

function isStoredDevice(value: unknown): value is StoredDevice {
  const v = value as StoredDevice | null;
  return !!v && typeof v.deviceKey === 'string' && typeof v.groupKey === 'string' && typeof v.secret === 'string';
}

/** One remembered device per username of one pool, in a `SecretStore`. */
export class DeviceStore {
  #store: Promise<SecretStore> | undefined;

  constructor(
    private readonly source: SecretStoreSource,
    private readonly userPoolId: string,
  ) {}

  /** The store, made on first use; a source that fails leaves devices in memory, silently. */
  #secrets(): Promise<SecretStore> {
    const source = this.source;
    return (this.#store ??= Promise.resolve()
      .then(() => (typeof source === 'function' ? source() : source))
      .catch(() => new MemorySecretStore()));
  }

  /** SHA-256 of pool and username (lower case: Cognito's default usernames ignore case), in hex. */
  async #key(username: string): Promise<string> {
    const hash = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`${this.userPoolId}\n${username.toLowerCase()}`));
    return `device.${Array.from(new Uint8Array(hash), (byte) => byte.toString(16).padStart(2, '0')).join('')}`;
  }

  async get(username: string): Promise<StoredDevice | null> {
    try {
      const value: unknown = JSON.parse((await (await this.#secrets()).get(await this.#key(username))) ?? 'null');
      return isStoredDevice(value) ? value : null;
    } catch {
      return null; // unreadable (tampered, another version): as if none
    }
  }

  async set(username: string, device: StoredDevice): Promise<void> {
    const { deviceKey, groupKey, secret } = device;
    await (await this.#secrets()).set(await this.#key(username), JSON.stringify({ deviceKey, groupKey, secret }));
  }

  /** Forgets the device of `username`; with `deviceKey`, only when it is that one. */
  async delete(username: string, deviceKey?: string): Promise<void> {
    if (deviceKey && (await this.get(username))?.deviceKey !== deviceKey) return;
    await (await this.#secrets()).delete(await this.#key(username));
  }
}
