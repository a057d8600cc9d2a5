/**
 * The end of every managed-login sign-in: an authorization code for the app, sent to its
 * redirect_uri with the request's `state` (`?code=…&state=…`, never in the fragment), and the
 * managed-login session cookie when the user has just authenticated. Errors found after the
 * request was read go to the same redirect_uri (`?error=…&error_description=…&state=…`).
 */
import type { Context } from '../context.js';
import type { AuthorizeRequest } from './authorize-request.js';
import { redirect, withParams, type Exchange } from './http.js';
import type { RedirectedError } from './oauth-errors.js';

export interface AuthenticatedUser {
  username: string;
  /** Epoch seconds of the authentication (earlier than now when a session is reused). */
  authTime: number;
}

export function completeSignIn(ctx: Context, exchange: Exchange, request: AuthorizeRequest, user: AuthenticatedUser, newSession = false): void {
  const code = ctx.managedLogin.codes.issue({
    clientId: request.client.ClientId,
    poolId: request.client.UserPoolId,
    redirectUri: request.redirectUri,
    username: user.username,
    scopes: request.scopes,
    codeChallenge: request.codeChallenge,
    nonce: request.nonce,
    authTime: user.authTime,
  });
  const cookie = newSession ? ctx.managedLogin.sessions.start({ poolId: request.client.UserPoolId, username: user.username, authTime: user.authTime }) : undefined;
  redirect(exchange.res, withParams(request.redirectUri, { code, state: request.state }), [cookie]);
}

export function redirectError(exchange: Exchange, redirectUri: string, state: string | undefined, error: RedirectedError): void {
  redirect(exchange.res, withParams(redirectUri, { error: error.error, error_description: error.description, state }));
}
