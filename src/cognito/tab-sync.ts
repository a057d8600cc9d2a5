/**
 * How the tabs (and the backends of one page) sharing a persisted session agree: a word that the
 * stored session changed (sign-in, refresh, rotation, sign-out), which each reads back from the
 * store itself, so no token ever travels; and one refresh at a time among them.
 *
 * The word goes by BroadcastChannel, else by a `storage` event (browsers without the channel).
 * The refresh goes under a Web Lock (`navigator.locks`) where the browser has them; without them,
 * one refresh at a time holds within a backend only.
 */
import { throwIfAborted } from './wire.js';

/** The word and the lock of one name: an app client's session in every tab, or in one tab. */
export class TabSync {
  readonly #name: string;
  readonly #channel: BroadcastChannel | null;
  readonly #listeners = new Set<() => void>();

  constructor(name: string) {
    this.#name = name;
    this.#channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(name) : null;
  }

  /** Tells the others the stored session changed. */
  announce(): void {
    if (this.#channel) this.#channel.postMessage(0);
    else {
      try {
        localStorage.setItem(this.#name, `${Date.now()}${Math.random()}`);
      } catch {
        // No storage either: only this page knows.
      }
    }
  }

  /** Calls `listener` whenever another tab or backend announces a change; returns the unsubscribe. */
  listen(listener: () => void): () => void {
    if (!this.#listeners.size) this.#attach(true);
    this.#listeners.add(listener);
    return () => {
      if (this.#listeners.delete(listener) && !this.#listeners.size) this.#attach(false);
    };
  }

  /**
   * Runs `task` while no other holder of this name runs one (a refresh), waiting for its turn; the
   * caller's signal stops the wait (the kit's abort error, as for a request).
   */
  async exclusive<T>(task: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    const locks = globalThis.navigator?.locks;
    if (!locks) return task();
    try {
      return await locks.request(`${this.#name}:refresh`, signal ? { signal } : {}, task);
    } catch (error) {
      throwIfAborted(signal);
      throw error;
    }
  }

  readonly #onMessage = (): void => {
    for (const listener of [...this.#listeners]) listener();
  };

  readonly #onStorage = (event: StorageEvent): void => {
    if (event.key === this.#name) this.#onMessage();
  };

  // Listening only while someone listens: an idle channel keeps nothing alive.
  #attach(on: boolean): void {
    const method = on ? 'addEventListener' : 'removeEventListener';
    if (this.#channel) this.#channel[method]('message', this.#onMessage);
    else globalThis[method]?.('storage', this.#onStorage as EventListener);
  }
}
