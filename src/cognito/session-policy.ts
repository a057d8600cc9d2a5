/**
 * What "the current session" means, for every backend: valid tokens are the session; tokens near
 * expiry are refreshed (one refresh at a time); no refresh token, or a refresh Cognito refuses,
 * means signed out. Network trouble during a refresh keeps the tokens and rejects.
 */
import type { AuthSession } from '../core/backend.js';
import { AuthError } from '../core/errors.js';

export interface HeldTokens {
  /** The access token is good for longer than the refresh margin. */
  fresh: boolean;
  hasRefreshToken: boolean;
}

export async function currentOrRefreshed(
  held: HeldTokens | null,
  actions: {
    session(): AuthSession;
    refresh(): Promise<AuthSession>;
    /** Drops the stale tokens (no refresh token to renew them). */
    forget(): void | Promise<void>;
  },
): Promise<AuthSession | null> {
  if (!held) return null;
  if (held.fresh) return actions.session();
  if (!held.hasRefreshToken) {
    await actions.forget();
    return null;
  }
  try {
    return await actions.refresh();
  } catch (error) {
    // A revoked or expired refresh token means signed out; network trouble keeps the tokens.
    if (error instanceof AuthError && (error.name === 'NotAuthorizedException' || error.name === 'RefreshTokenReuseException')) return null;
    throw error;
  }
}

/** Runs `task` once at a time: callers arriving while it runs share its answer. */
export class SingleFlight<T> {
  #running: Promise<T> | undefined;

  run(task: () => Promise<T>): Promise<T> {
    this.#running ??= task().finally(() => {
      this.#running = undefined;
    });
    return this.#running;
  }
}
