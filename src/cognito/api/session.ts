/**
 * The signed-in half of the API backend: keeping tokens, the current session (refreshed near
 * expiry, one refresh at a time, across tabs when the store is shared), and sign-out. The refresh
 * token stays in the session store and never leaves this object.
 */
import type { AuthSession, CallOptions } from '../../core/backend.js';
import { AuthError, KIT_ERROR_NAMES } from '../../core/errors.js';
import { currentOrRefreshed, SingleFlight } from '../session-policy.js';
import type { SessionStore, StoredTokens } from '../session-store.js';
import { throwIfAborted, decodeJwtPayload, isUnknownDevice, str, type AuthenticationResult, type Json } from '../wire.js';

/** The tokens a signed-in app may use for its own API calls (never the refresh token). */
export interface SessionTokens {
  idToken: string;
  accessToken: string;
  expiresAt: number;
}

/** A refresh refused with these means the session is over: the tokens are dropped. */
const SESSION_OVER = new Set(['NotAuthorizedException', 'RefreshTokenReuseException']);

/** Sends one Cognito operation for the backend. */
export type ApiCall = (operation: string, input: Json, options: CallOptions) => Promise<Json>;

export class ApiSession {
  readonly #call: ApiCall;
  /** A promise: a persisted store loads on demand. */
  readonly #store: Promise<SessionStore>;
  readonly #clientId: string;
  readonly #refreshMargin: number;
  readonly #now: () => number;
  readonly #refreshing = new SingleFlight<AuthSession>();

  constructor(options: { call: ApiCall; store: SessionStore | Promise<SessionStore>; clientId: string; refreshMargin: number; now: () => number }) {
    this.#call = options.call;
    this.#store = Promise.resolve(options.store);
    this.#clientId = options.clientId;
    this.#refreshMargin = options.refreshMargin;
    this.#now = options.now;
  }

  async current(options: CallOptions): Promise<AuthSession | null> {
    const store = await this.#store;
    const tokens = await store.load();
    const held = tokens && {
      fresh: tokens.expiresAt - this.#now() > this.#refreshMargin,
      hasRefreshToken: !!tokens.refreshToken,
    };
    return currentOrRefreshed(held, {
      session: () => this.#toSession(tokens!),
      refresh: () => this.refresh(options),
      forget: () => store.clear(),
    });
  }

  /** One refresh at a time in this backend and, with a shared store, among the tabs sharing it. */
  refresh(options: CallOptions): Promise<AuthSession> {
    return this.#refreshing.run(async () => {
      const store = await this.#store;
      const seen = (await store.load())?.accessToken;
      const task = () => this.#refresh(store, seen, options);
      return store.exclusive ? store.exclusive(task, options.signal) : task();
    });
  }

  /**
   * `GetTokensFromRefreshToken`, which works whether the app client rotates refresh tokens or not
   * (REFRESH_TOKEN_AUTH is refused with rotation on); a rotated refresh token replaces the old one.
   * Tokens other than those `seen` before waiting for the turn are another tab's refresh: taken
   * as they are, so this tab never sends a refresh token that tab has rotated away.
   */
  async #refresh(store: SessionStore, seen: string | undefined, options: CallOptions): Promise<AuthSession> {
    const tokens = await store.load();
    if (!tokens?.refreshToken) throw new AuthError('NotAuthorizedException', 'Not signed in.');
    if (tokens.accessToken !== seen) return this.#toSession(tokens);
    let out: Json;
    // With a remembered device, its key (without it Cognito issues another device); a device
    // forgotten meanwhile (another browser's account page) is dropped and the refresh sent without it.
    const { refreshToken: RefreshToken, deviceKey: DeviceKey } = tokens;
    const send = (input: Json) => this.#call('GetTokensFromRefreshToken', input, options);
    try {
      out = await send(DeviceKey ? { RefreshToken, DeviceKey } : { RefreshToken }).catch((error) => {
        if (!DeviceKey || !isUnknownDevice(error)) throw error;
        delete tokens.deviceKey;
        return send({ RefreshToken });
      });
    } catch (error) {
      if (error instanceof AuthError && SESSION_OVER.has(error.name)) await store.clear();
      throw error;
    }
    const result = out.AuthenticationResult as AuthenticationResult | undefined;
    if (!result?.AccessToken) throw new AuthError(KIT_ERROR_NAMES.unknown, 'Refresh returned no tokens.');
    throwIfAborted(options.signal);
    return this.keep({ ...result, RefreshToken: result.RefreshToken ?? tokens.refreshToken }, tokens.username, tokens.deviceKey);
  }

  /**
   * `GlobalSignOut` when `global`, otherwise `RevokeToken` of the refresh token; the local tokens
   * are dropped either way, before this settles. It rejects only when the server call failed.
   */
  async signOut(global: boolean, options: CallOptions): Promise<void> {
    const store = await this.#store;
    const tokens = await store.load();
    try {
      if (tokens && global) {
        await this.#call('GlobalSignOut', { AccessToken: tokens.accessToken }, options);
      } else if (tokens?.refreshToken) {
        await this.#call('RevokeToken', { ClientId: this.#clientId, Token: tokens.refreshToken }, options);
      }
    } finally {
      await store.clear();
    }
  }

  /** Drops the tokens without asking Cognito (the account was deleted: they are dead already). */
  async forget(): Promise<void> {
    await (await this.#store).clear();
  }

  async tokens(options: CallOptions): Promise<SessionTokens | null> {
    if (!(await this.current(options))) return null;
    const tokens = await (await this.#store).load();
    return tokens && { idToken: tokens.idToken, accessToken: tokens.accessToken, expiresAt: tokens.expiresAt };
  }

  /** Stores the tokens of a finished sign-in (or refresh) and returns what the page may see. */
  async keep(result: AuthenticationResult, username: string, deviceKey?: string): Promise<AuthSession> {
    const accessToken = result.AccessToken!;
    const exp = decodeJwtPayload(accessToken).exp;
    const expiresIn = typeof result.ExpiresIn === 'number' ? result.ExpiresIn : 3600;
    const expiresAt = typeof exp === 'number' ? exp * 1000 : this.#now() + expiresIn * 1000;
    const tokens: StoredTokens = { username, idToken: result.IdToken ?? '', accessToken, expiresAt };
    if (result.RefreshToken) tokens.refreshToken = result.RefreshToken;
    if (deviceKey) tokens.deviceKey = deviceKey;
    await (await this.#store).save(tokens);
    return this.#toSession(tokens);
  }

  /** Another tab (or backend) sharing the store signed in, refreshed or signed out. */
  watch(listener: (session: AuthSession | null) => void): () => void {
    let watching = true;
    let stop: (() => void) | undefined;
    void this.#store.then((store) => {
      if (watching) stop = store.subscribe?.((tokens) => listener(tokens && this.#toSession(tokens)));
    });
    return () => {
      watching = false;
      stop?.();
    };
  }

  #toSession(tokens: StoredTokens): AuthSession {
    const idTokenClaims = Object.freeze(tokens.idToken ? decodeJwtPayload(tokens.idToken) : {});
    const accessTokenClaims = Object.freeze(decodeJwtPayload(tokens.accessToken));
    const username = str(accessTokenClaims.username) ?? str(idTokenClaims['cognito:username']) ?? tokens.username;
    return Object.freeze({ username, idTokenClaims, accessTokenClaims, expiresAt: tokens.expiresAt });
  }
}
