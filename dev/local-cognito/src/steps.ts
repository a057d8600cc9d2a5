/**
 * What follows once a sign-in factor is proven, shared by InitiateAuth and RespondToAuthChallenge:
 * NEW_PASSWORD_REQUIRED for an admin-created user, then the MFA step the profile calls for (or a
 * remembered device instead), the custom-auth rounds the triggers ask for, a known device's
 * DEVICE_SRP_AUTH, and finally tokens. Every challenge gets a proxy Session; cognito-local is asked
 * for tokens only at the very end (USER_PASSWORD_AUTH with the stored password), so it never sees
 * a challenge.
 */
import { record, type Context } from './context.js';
import type { ChallengeResult, TriggerContext } from './custom-auth.js';
import { maskEmail, maskPhone } from './delivery.js';
import { deviceReplacesMfa, namedDevice, newDeviceMetadata } from './device-sign-in.js';
import { CognitoError, errors } from './errors.js';
import { mfaStep } from './mfa.js';
import { MFA_CHALLENGES, type MfaType } from './profiles.js';
import type { AuthFlow, ChallengeSession } from './sessions.js';
import { reissueTokens, type TokenChanges } from './token-reissue.js';
import { decodeJwt } from './tokens.js';
import type { Json } from './upstream.js';
import { attribute, type AppClient, type StoredUser } from './user-store.js';

/** One sign-in in progress: who, through which client and flow, and with which remembered device. */
export interface Attempt {
  client: AppClient;
  username: string;
  flow: AuthFlow;
  clientMetadata?: unknown;
  /** The DEVICE_KEY sent (AuthParameters, or the latest ChallengeResponses). */
  deviceKey?: string;
}

type SessionFields = Partial<Omit<ChallengeSession, 'id' | 'expiresAt' | 'validityMinutes' | 'clientId' | 'poolId' | 'username' | 'challengeName' | 'flow'>>;

/** A challenge answer: `ChallengeName`, string `ChallengeParameters`, and a new proxy Session carrying `fields`. */
export function challenge(ctx: Context, attempt: Attempt, challengeName: string, parameters: Record<string, string>, fields: SessionFields = {}): Json {
  const session = ctx.sessions.create(
    {
      clientId: attempt.client.ClientId,
      poolId: attempt.client.UserPoolId,
      username: attempt.username,
      challengeName,
      flow: attempt.flow,
      clientMetadata: attempt.clientMetadata,
      ...(attempt.deviceKey ? { deviceKey: attempt.deviceKey } : {}),
      ...fields,
    },
    attempt.client.AuthSessionValidity,
  );
  return { ChallengeName: challengeName, ChallengeParameters: parameters, Session: session.id };
}

export async function currentUser(ctx: Context, attempt: Attempt): Promise<StoredUser> {
  const user = await ctx.store.findUser(attempt.client.UserPoolId, attempt.username);
  if (!user) throw errors.userNotFound();
  return user;
}

/** The first factor (password or custom rounds) is done: a new password if the admin set a temporary one, then MFA, then tokens. */
export async function afterFirstFactor(ctx: Context, attempt: Attempt, user: StoredUser): Promise<Json> {
  if (user.UserStatus === 'UNCONFIRMED') throw errors.userNotConfirmed();
  // A forgotten device is refused here, right after the first factor, where clients retry without it.
  namedDevice(ctx, attempt);
  if (user.UserStatus === 'FORCE_CHANGE_PASSWORD') return newPasswordChallenge(ctx, attempt, user);
  return afterNewPassword(ctx, attempt, user);
}

/** Cognito applies MFA to password flows only; custom-auth triggers own their flow's factors. */
export async function afterNewPassword(ctx: Context, attempt: Attempt, user: StoredUser): Promise<Json> {
  if (attempt.flow === 'CUSTOM_AUTH') return finishSignIn(ctx, attempt);
  const profile = ctx.profiles.get(attempt.client.UserPoolId, user.Username);
  const step = mfaStep(profile, user, ctx.settings.current.mfaConfiguration);
  const userId = userIds(attempt, user);
  // A remembered device replaces the MFA challenge (never MFA_SETUP: the user has no method yet).
  if ((step.kind === 'challenge' || step.kind === 'select') && deviceReplacesMfa(ctx, attempt)) return finishSignIn(ctx, attempt);
  switch (step.kind) {
    case 'none':
      return finishSignIn(ctx, attempt);
    case 'challenge':
      return mfaChallenge(ctx, attempt, user, step.type);
    case 'select':
      return challenge(ctx, attempt, 'SELECT_MFA_TYPE', { MFAS_CAN_CHOOSE: JSON.stringify(step.types.map((t) => MFA_CHALLENGES[t])), ...userId }, { mfaChoices: step.types });
    case 'setup':
      return challenge(
        ctx,
        attempt,
        'MFA_SETUP',
        { MFAS_CAN_SETUP: JSON.stringify(step.types.map((t) => MFA_CHALLENGES[t])), ...userId },
        { mfaSetup: { canSetUp: step.types } },
      );
  }
}

/**
 * An OTP or passkey proved the user (USER_AUTH): tokens, since Cognito ties MFA to a password
 * factor, unless `mfaAfterPasswordless` says otherwise or the passkey itself was the MFA.
 */
export async function afterPasswordlessFactor(ctx: Context, attempt: Attempt, user: StoredUser, passkeyWasMfa = false): Promise<Json> {
  namedDevice(ctx, attempt);
  if (ctx.settings.current.mfaAfterPasswordless && !passkeyWasMfa) return afterNewPassword(ctx, attempt, user);
  return finishSignIn(ctx, attempt);
}

/**
 * Who the challenge is for: USER_ID_FOR_SRP as in every password flow, and in USER_AUTH also
 * USERNAME, where clients read the canonical username after a password factor (docs/cognito.md §8.4).
 */
function userIds(attempt: Attempt, user: StoredUser): Record<string, string> {
  return attempt.flow === 'USER_AUTH' ? { USER_ID_FOR_SRP: user.Username, USERNAME: user.Username } : { USER_ID_FOR_SRP: user.Username };
}

/** Attributes as Cognito shows them in NEW_PASSWORD_REQUIRED: everything but `sub`. */
function shownAttributes(user: StoredUser): Record<string, string> {
  return Object.fromEntries((user.Attributes ?? []).filter((a) => a.Name !== 'sub').map((a) => [a.Name, a.Value]));
}

/** Attributes the pool requires (per the user's profile) that the user has no value for. */
export function missingAttributes(ctx: Context, poolId: string, user: StoredUser): string[] {
  const required = ctx.profiles.get(poolId, user.Username).requiredAttributes ?? [];
  return required.filter((name) => !attribute(user, name));
}

function newPasswordChallenge(ctx: Context, attempt: Attempt, user: StoredUser): Json {
  const missing = missingAttributes(ctx, attempt.client.UserPoolId, user);
  return challenge(ctx, attempt, 'NEW_PASSWORD_REQUIRED', {
    ...userIds(attempt, user),
    requiredAttributes: JSON.stringify(missing.map((name) => `userAttributes.${name}`)),
    userAttributes: JSON.stringify(shownAttributes(user)),
  });
}

/**
 * The challenge for one MFA method. SMS and email get a fresh code (outbox), valid for
 * `mfaCodeTtlSeconds` and only in this Session; `emailSetup` sends it to an address being set up.
 */
export function mfaChallenge(ctx: Context, attempt: Attempt, user: StoredUser, type: MfaType, emailSetup?: string): Json {
  const userId = userIds(attempt, user);
  if (type === 'TOTP') return challenge(ctx, attempt, 'SOFTWARE_TOKEN_MFA', userId);
  const destination = type === 'SMS' ? attribute(user, 'phone_number') : (emailSetup ?? attribute(user, 'email'));
  if (!destination) throw errors.invalidParameter(`User has no ${type === 'SMS' ? 'phone_number' : 'email'} to send the code to`);
  const code = ctx.codes.generate();
  const medium = type === 'SMS' ? 'SMS' : 'EMAIL';
  ctx.outbox.record({ username: user.Username, medium, destination, code, purpose: 'MFA' });
  return challenge(
    ctx,
    attempt,
    MFA_CHALLENGES[type],
    {
      CODE_DELIVERY_DELIVERY_MEDIUM: medium,
      CODE_DELIVERY_DESTINATION: medium === 'SMS' ? maskPhone(destination) : maskEmail(destination),
      ...userId,
    },
    { code: { value: code, expiresAt: Date.now() + ctx.settings.current.mfaCodeTtlSeconds * 1000 }, emailSetup },
  );
}

// ── custom auth ─────────────────────────────────────────────────────────────────────────────

export function triggerContext(attempt: Attempt, user: StoredUser): TriggerContext {
  const metadata = record(attempt.clientMetadata);
  return {
    poolId: attempt.client.UserPoolId,
    clientId: attempt.client.ClientId,
    userName: user.Username,
    userAttributes: {
      ...Object.fromEntries((user.Attributes ?? []).map((a) => [a.Name, a.Value])),
      'cognito:user_status': user.UserStatus,
    },
    clientMetadata: Object.keys(metadata).length ? (Object.fromEntries(Object.entries(metadata).map(([k, v]) => [k, String(v)])) as Record<string, string>) : undefined,
  };
}

/**
 * Asks DefineAuthChallenge what follows `history`, and acts on it. `startPasswordVerifier` is
 * there only at the start of CUSTOM_AUTH with SRP_A, the one moment Define may ask for the password.
 */
export async function continueCustomAuth(
  ctx: Context,
  attempt: Attempt,
  user: StoredUser,
  history: ChallengeResult[],
  startPasswordVerifier?: (history: ChallengeResult[]) => Promise<Json>,
): Promise<Json> {
  const who = triggerContext(attempt, user);
  const verdict = await ctx.customAuth.define(who, history);
  if (verdict.failAuthentication) throw errors.notAuthorized();
  if (verdict.issueTokens) return afterFirstFactor(ctx, attempt, user);
  if (verdict.challengeName === 'PASSWORD_VERIFIER' && startPasswordVerifier) return startPasswordVerifier(history);
  if (verdict.challengeName !== 'CUSTOM_CHALLENGE') {
    throw new CognitoError('InvalidLambdaResponseException', `Unrecognizable lambda output: challengeName ${String(verdict.challengeName)}`);
  }
  const round = await ctx.customAuth.create(who, history);
  return challenge(
    ctx,
    attempt,
    'CUSTOM_CHALLENGE',
    { ...round.publicChallengeParameters, USERNAME: user.Username },
    { custom: { history, privateChallengeParameters: round.privateChallengeParameters, challengeMetadata: round.challengeMetadata } },
  );
}

// ── tokens ──────────────────────────────────────────────────────────────────────────────────

/**
 * Every challenge is answered. A sign-in naming a known device proves it first (DEVICE_SRP_AUTH,
 * ops/device-challenges.ts); otherwise tokens, with a new device key in NewDeviceMetadata when
 * device tracking is on.
 */
export async function finishSignIn(ctx: Context, attempt: Attempt): Promise<Json> {
  if (namedDevice(ctx, attempt)) return challenge(ctx, attempt, 'DEVICE_SRP_AUTH', { USERNAME: attempt.username });
  const metadata = newDeviceMetadata(ctx, attempt);
  if (!metadata) return issueTokens(ctx, attempt);
  const result = await issueTokens(ctx, attempt, { deviceKey: metadata.DeviceKey });
  return { ...result, AuthenticationResult: { ...record(result.AuthenticationResult), NewDeviceMetadata: metadata } };
}

/**
 * cognito-local mints the tokens: USER_PASSWORD_AUTH with the password as stored now; the proxy
 * gives them the lifetimes in force and adds `changes` (token-reissue.ts).
 */
export async function issueTokens(ctx: Context, attempt: Attempt, changes: TokenChanges = {}): Promise<Json> {
  const user = await currentUser(ctx, attempt);
  let result: Json;
  try {
    result = await ctx.upstream.call('InitiateAuth', {
      AuthFlow: 'USER_PASSWORD_AUTH',
      ClientId: attempt.client.ClientId,
      AuthParameters: { USERNAME: user.Username, PASSWORD: user.Password },
    });
  } catch (error) {
    throw normaliseSignInError(error);
  }
  if (!result.AuthenticationResult) {
    // The proxy owns every challenge; cognito-local asking for one means its pool was changed.
    throw errors.internal(`cognito-local answered ${String(result.ChallengeName)} instead of tokens; keep its pool's MfaConfiguration OFF`);
  }
  const tokens = reissueTokens(record(result.AuthenticationResult), ctx.settings.current, changes);
  ctx.tokens.noteIssued(tokens);
  ctx.profiles.noteSignIn(attempt.client.UserPoolId, user.Username);
  await ctx.refreshTokenTrim.trim(attempt.client, user.Username);
  return { ChallengeParameters: {}, AuthenticationResult: completeTokens(tokens) };
}

/** cognito-local's sign-in error names → Cognito's (docs/cognito.md §8.1). */
export function normaliseSignInError(error: unknown): unknown {
  if (!(error instanceof CognitoError)) return error;
  if (error.type === 'InvalidPasswordException' && error.message === 'Invalid password') return errors.notAuthorized();
  if (error.type === 'NotAuthorizedException' && error.message === 'User not authorized') return errors.userNotFound();
  return error;
}

/** Tokens get Cognito's TokenType and ExpiresIn. */
export function completeTokens(tokens: Json): Json {
  const claims = decodeJwt(tokens.AccessToken)?.payload;
  const expiresIn = claims?.exp && claims.iat ? claims.exp - claims.iat : 3600;
  return { ...tokens, ExpiresIn: expiresIn, TokenType: 'Bearer' };
}
