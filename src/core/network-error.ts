/**
 * The network's failure as the screen shows it: the one error the first screen can show before the
 * rest of the kit's code is here (a module of its own, so the first load does not carry errors.ts:
 * docs/architecture.md §11). errors.ts re-exports it.
 */
import type { ErrorInfo } from './errors.js';

/** `KIT_ERROR_NAMES.network`. */
export const NETWORK_ERROR_NAME = 'NetworkError';

/** The network failed (or the kit's own code could not be fetched): a fresh one each time, so the screen sees a new error. */
export function networkError(): ErrorInfo {
  return { code: 'network', name: NETWORK_ERROR_NAME, retryable: true };
}
