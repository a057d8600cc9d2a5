/**
 * The signed-in session on identity-js: reading what it cached, refreshing near expiry (once per
 * request, shared by concurrent callers), signing out locally or everywhere, and handing the app
 * its tokens or a ready `CognitoUser`.
 */
import type { CognitoUser } from 'amazon-cognito-identity-js';
import type { AuthSession, CallOptions, FederatedTokens } from '../../core/backend.js';
import { AuthError } from '../../core/errors.js';
import { Call, toAuthError } from './client.js';
import { expiresAtOf, internals, toSession, userFor, userSession, type IdentityJsContext } from './context.js';
import { cachedTokens } from './storage.js';
import { currentOrRefreshed, SingleFlight } from '../session-policy.js';
import { decodeJwtPayload, str, type Json } from '../wire.js';

/** A refresh refused with these means the session is over: the cached tokens are dropped. */
const SESSION_OVER = new Set(['NotAuthorizedException', 'RefreshTokenReuseException']);

/** The tokens a signed-in app may use for its own API calls (never the refresh token). */
export interface SessionTokens {
  idToken: string;
  accessToken: string;
  expiresAt: number;
}

export class IdentityJsSession {
  private readonly refreshing = new SingleFlight<AuthSession>();

  constructor(private readonly ctx: IdentityJsContext) {}

  async currentSession(options: CallOptions = {}): Promise<AuthSession | null> {
    const { ctx } = this;
    const cached = cachedTokens(ctx.storage, ctx.clientId);
    if (!cached?.accessToken || !cached.idToken) return null;
    const { accessToken, idToken, username } = cached;
    const held = {
      fresh: expiresAtOf(accessToken, ctx.now()) - ctx.now() > ctx.refreshMargin,
      hasRefreshToken: !!cached.refreshToken,
    };
    return currentOrRefreshed(held, {
      session: () => toSession(userSession({ idToken, accessToken }), username, ctx.now()),
      refresh: () => this.refreshSession(options),
      forget: () => userFor(ctx, username).signOut(), // drops what identity-js cached
    });
  }

  refreshSession(options: CallOptions = {}): Promise<AuthSession> {
    return this.refreshing.run(() => this.refresh(options));
  }

  /**
   * `GetTokensFromRefreshToken` through identity-js's client (its own refresh uses
   * REFRESH_TOKEN_AUTH, which Cognito refuses when the app client rotates refresh tokens); the
   * new tokens, a rotated refresh token included, are cached where identity-js keeps them.
   */
  private async refresh(options: CallOptions): Promise<AuthSession> {
    const cached = cachedTokens(this.ctx.storage, this.ctx.clientId);
    if (!cached?.refreshToken) throw new AuthError('NotAuthorizedException', 'Not signed in.');
    const { refreshToken } = cached;
    const call = new Call<AuthSession>(options.signal, options.clientMetadata, this.ctx.timeout);
    const user = userFor(this.ctx, cached.username, call);
    const request = { ClientId: this.ctx.clientId, RefreshToken: refreshToken };
    const refreshed = (error: unknown, out: Json | undefined) => {
      const result = (out?.AuthenticationResult ?? {}) as Json;
      const accessToken = str(result.AccessToken);
      if (error || !accessToken) {
        const failure = toAuthError(error ?? new AuthError('UnknownError', 'Refresh returned no tokens.'), call.signal);
        if (SESSION_OVER.has(failure.name)) user.signOut(); // drops what identity-js cached
        return call.fail(failure);
      }
      const session = userSession({ idToken: str(result.IdToken), accessToken, refreshToken: str(result.RefreshToken) ?? refreshToken });
      user.setSignInUserSession(session);
      call.ok(toSession(session, user.getUsername(), this.ctx.now()));
    };
    return call.run(() => internals(user).client.request('GetTokensFromRefreshToken', request, refreshed));
  }

  /**
   * Signs out: `globalSignOut` when `global` (after `getSession`, which refreshes an expired access
   * token first), otherwise RevokeToken of the refresh token. The cached tokens are dropped either
   * way before this settles; it rejects only when the server call failed.
   */
  async signOut(input: { global?: boolean } = {}, options: CallOptions = {}): Promise<void> {
    const cached = cachedTokens(this.ctx.storage, this.ctx.clientId);
    if (!cached) return;
    const call = new Call<void>(options.signal, options.clientMetadata, this.ctx.timeout);
    const user = userFor(this.ctx, cached.username, call);
    const failed = (error: unknown) => call.fail(toAuthError(error, call.signal));
    try {
      if (input.global) {
        // Fresh tokens first (our refresh, not identity-js's getSession: see refresh()).
        await this.currentSession(options);
        const fresh = cachedTokens(this.ctx.storage, this.ctx.clientId) ?? cached;
        user.setSignInUserSession(userSession({ idToken: fresh.idToken, accessToken: fresh.accessToken ?? '', refreshToken: fresh.refreshToken }));
        await call.run(() => user.globalSignOut({ onSuccess: () => call.ok(), onFailure: failed }));
      } else if (cached.refreshToken) {
        // Not `user.signOut(callback)`: it revokes only tokens carrying an `origin_jti` claim.
        const token = cached.refreshToken;
        const done = (error?: unknown) => (error ? failed(error) : call.ok());
        const { revokeToken, client } = internals(user);
        await call.run(() =>
          revokeToken
            ? revokeToken.call(user, { token, callback: done })
            : client.request('RevokeToken', { Token: token, ClientId: this.ctx.clientId }, done),
        );
      }
    } finally {
      user.signOut(); // no callback: identity-js only drops the cached tokens
    }
  }

  /** Managed-login tokens as identity-js's own session (cached where it caches, refreshed as ever). */
  adopt(tokens: FederatedTokens): AuthSession {
    const username = str(decodeJwtPayload(tokens.accessToken).username) ?? '';
    const session = userSession({ idToken: tokens.idToken, accessToken: tokens.accessToken, refreshToken: tokens.refreshToken });
    userFor(this.ctx, username).setSignInUserSession(session);
    return toSession(session, username, this.ctx.now());
  }

  async tokens(options: CallOptions = {}): Promise<SessionTokens | null> {
    if (!(await this.currentSession(options))) return null;
    const cached = cachedTokens(this.ctx.storage, this.ctx.clientId);
    if (!cached?.accessToken || !cached.idToken) return null;
    return { idToken: cached.idToken, accessToken: cached.accessToken, expiresAt: expiresAtOf(cached.accessToken, this.ctx.now()) };
  }

  async cognitoUser(options: CallOptions = {}): Promise<CognitoUser | null> {
    if (!(await this.currentSession(options))) return null;
    const cached = cachedTokens(this.ctx.storage, this.ctx.clientId);
    if (!cached?.accessToken) return null;
    const user = userFor(this.ctx, cached.username);
    user.setSignInUserSession(userSession({ idToken: cached.idToken, accessToken: cached.accessToken, refreshToken: cached.refreshToken }));
    return user;
  }
}
