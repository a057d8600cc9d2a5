/**
 * The signed-in session on identity-js: reading what it cached, refreshing near expiry (once per
 * request, shared by concurrent callers), signing out locally or everywhere, and handing the app
 * its tokens or a ready `CognitoUser`.
 */
import { CognitoRefreshToken, type CognitoUser } from 'amazon-cognito-identity-js';
import type { AuthSession, CallOptions } from '../../core/backend.js';
import { AuthError } from '../../core/errors.js';
import { Call, toAuthError } from './client.js';
import { expiresAtOf, internals, toSession, userFor, userSession, type IdentityJsContext } from './context.js';
import { cachedTokens } from './storage.js';
import { currentOrRefreshed, SingleFlight } from '../session-policy.js';

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

  private async refresh(options: CallOptions): Promise<AuthSession> {
    const cached = cachedTokens(this.ctx.storage, this.ctx.clientId);
    if (!cached?.refreshToken) throw new AuthError('NotAuthorizedException', 'Not signed in.');
    const call = new Call<AuthSession>(options.signal, options.clientMetadata, this.ctx.timeout);
    const user = userFor(this.ctx, cached.username, call);
    const refreshToken = new CognitoRefreshToken({ RefreshToken: cached.refreshToken });
    return call.run(() =>
      user.refreshSession(
        refreshToken,
        (error, session) =>
          error ? call.fail(toAuthError(error, call.signal)) : call.ok(toSession(session, user.getUsername(), this.ctx.now())),
        options.clientMetadata,
      ),
    );
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
        await call.run(() =>
          user.getSession((error: Error | null) => {
            if (error) return failed(error);
            user.globalSignOut({ onSuccess: () => call.ok(), onFailure: failed });
          }),
        );
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
