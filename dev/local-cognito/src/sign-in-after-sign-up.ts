/**
 * Signing in straight after sign-up (docs/cognito.md §8.4): SignUp hands out a Session, ConfirmSignUp
 * another, and InitiateAuth USER_AUTH with that second one and only USERNAME issues tokens, once,
 * for a user who has never signed in, with no MFA step (the confirmation code was the factor). Only
 * app clients with ALLOW_USER_AUTH get these Sessions. By setting, ConfirmForgotPassword hands out
 * one too (Cognito's does not), good even for a user who has signed in before.
 */
import { flowAllowed } from './client-flows.js';
import type { Context } from './context.js';
import { CognitoError, MESSAGES, errors } from './errors.js';
import { CONFIRMED_SIGN_UP_SESSION, SIGN_UP_SESSION, type ChallengeSession } from './sessions.js';
import { finishSignIn } from './steps.js';
import type { Json } from './upstream.js';
import type { AppClient, StoredUser } from './user-store.js';

function create(ctx: Context, client: AppClient, username: string, kind: string, evenAfterSignIn?: boolean): string {
  const session = ctx.sessions.create(
    { clientId: client.ClientId, poolId: client.UserPoolId, username, challengeName: kind, flow: 'USER_AUTH', ...(evenAfterSignIn ? { evenAfterSignIn } : {}) },
    client.AuthSessionValidity,
    ctx.settings.signUpSessionTtlMs(client.AuthSessionValidity),
  );
  return session.id;
}

/** SignUp's Session (S1), for ALLOW_USER_AUTH clients only. */
export function signUpSession(ctx: Context, client: AppClient, username: string): string | undefined {
  return flowAllowed(client, 'USER_AUTH') ? create(ctx, client, username, SIGN_UP_SESSION) : undefined;
}

/**
 * ConfirmSignUp's Session (S2). SignUp's is not needed (common clients never send it) unless
 * `confirmSignUpRequiresSession`; then a missing or stale one means no Session (the user is
 * confirmed all the same).
 */
export function confirmedSignUpSession(ctx: Context, client: AppClient, username: string, sentSession: unknown): string | undefined {
  if (!flowAllowed(client, 'USER_AUTH')) return undefined;
  if (ctx.settings.current.confirmSignUpRequiresSession && !openFor(ctx, client, username, sentSession, SIGN_UP_SESSION)) return undefined;
  return create(ctx, client, username, CONFIRMED_SIGN_UP_SESSION);
}

/** ConfirmForgotPassword's Session, only with `confirmForgotPasswordSession`. */
export function passwordResetSession(ctx: Context, client: AppClient, username: string): string | undefined {
  if (!ctx.settings.current.confirmForgotPasswordSession || !flowAllowed(client, 'USER_AUTH')) return undefined;
  return create(ctx, client, username, CONFIRMED_SIGN_UP_SESSION, true);
}

/** InitiateAuth USER_AUTH with a Session: tokens, or "session is expired" for any Session that does not qualify. */
export async function signInWithConfirmation(ctx: Context, client: AppClient, user: StoredUser, sessionId: string, clientMetadata: unknown, deviceKey?: string): Promise<Json> {
  const session = openFor(ctx, client, user.Username, sessionId, CONFIRMED_SIGN_UP_SESSION);
  if (!session) throw errors.notAuthorized(MESSAGES.sessionExpired);
  ctx.sessions.consume(session);
  const signedInBefore = ctx.profiles.get(client.UserPoolId, user.Username).firstSignInAt !== undefined;
  if (signedInBefore && !session.evenAfterSignIn) throw errors.notAuthorized(MESSAGES.sessionExpired);
  if (user.Enabled === false) throw errors.notAuthorized('User is disabled.');
  return finishSignIn(ctx, { client, username: user.Username, flow: 'USER_AUTH', clientMetadata, deviceKey });
}

/** The live, unspent Session `id` of this kind, client and user; undefined for anything else. */
function openFor(ctx: Context, client: AppClient, username: string, id: unknown, kind: string): ChallengeSession | undefined {
  if (typeof id !== 'string' || !id) return undefined;
  try {
    const session = ctx.sessions.open(id, client.ClientId, kind);
    return session.username === username ? session : undefined;
  } catch (error) {
    if (error instanceof CognitoError) return undefined;
    throw error;
  }
}
