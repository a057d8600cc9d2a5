/**
 * The signed-in half of the API backend: keeping tokens, the current session (refreshed near
 * expiry, one refresh at a time), and sign-out. The refresh token stays in the session store and
 * never leaves this object.
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
  readonly #store: SessionStore;
  readonly #clientId: string;
  readonly #refreshMargin: number;
  readonly #now: () => number;
  readonly #refreshing = new SingleFlight<AuthSession>();

  constructor(options: { call: ApiCall; store: SessionStore; clientId: string; refreshMargin: number; now: () => number }) {
    this.#call = options.call;
    this.#store = options.store;
    this.#clientId = options.clientId;
    this.#refreshMargin = options.refreshMargin;
    this.#now = options.now;
  }

  async current(options: CallOptions): Promise<AuthSession | null> {
    const tokens = await this.#store.load();
    const held = tokens && {
      fresh: tokens.expiresAt - this.#now() > this.#refreshMargin,
      hasRefreshToken: !!tokens.refreshToken,
    };
    return currentOrRefreshed(held, {
      session: () => this.#toSession(tokens!),
      refresh: () => this.refresh(options),
      forget: () => this.#store.clear(),
    });
  }

  refresh(options: CallOptions): Promise<AuthSession> {
    return this.#refreshing.run(() => this.#refresh(options));
  }

  /**
   * `GetTokensFromRefreshToken`, which works whether the app client rotates refresh tokens or not
   * (REFRESH_TOKEN_AUTH is refused with rotation on); a rotated refresh token replaces the old one.
   */
  async #refresh(options: CallOptions): Promise<AuthSession> {
    const tokens = await this.#store.load();
    if (!tokens?.refreshToken) throw new AuthError('NotAuthorizedException', 'Not signed in.');
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
      if (error instanceof AuthError && SESSION_OVER.has(error.name)) await this.#store.clear();
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
    const tokens = await this.#store.load();
    try {
      if (tokens && global) {
        await this.#call('GlobalSignOut', { AccessToken: tokens.accessToken }, options);
      } else if (tokens?.refreshToken) {
        await this.#call('RevokeToken', { ClientId: this.#clientId, Token: tokens.refreshToken }, options);
      }
    } finally {
      await this.#store.clear();
    }
  }

  async tokens(options: CallOptions): Promise<SessionTokens | null> {
    if (!(await this.current(options))) return null;
    const tokens = await this.#store.load();
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
    await this.#store.save(tokens);
    return this.#toSession(tokens);
  }

  #toSession(tokens: StoredTokens): AuthSession {
    const idTokenClaims = Object.freeze(tokens.idToken ? decodeJwtPayload(tokens.idToken) : {});
    const accessTokenClaims = Object.freeze(decodeJwtPayload(tokens.accessToken));
    const username = str(accessTokenClaims.username) ?? str(idTokenClaims['cognito:username']) ?? tokens.username;
    return Object.freeze({ username, idTokenClaims, accessTokenClaims, expiresAt: tokens.expiresAt });
  }
}
