/**
 * InitiateAuth AuthFlow=USER_AUTH (choice-based sign-in, docs/cognito.md §8.4): the preferred
 * first factor at once when the user has it, else SELECT_CHALLENGE with the top-level
 * AvailableChallenges; and the start of each factor, shared with the SELECT_CHALLENGE answers
 * (user-auth-answers.ts). A Session from ConfirmSignUp signs the new user straight in.
 */
import { record, type Context } from '../context.js';
import { deviceKeyParameter } from '../device-sign-in.js';
import { maskEmail, maskPhone } from '../delivery.js';
import { errors } from '../errors.js';
import { availableFirstFactors } from '../first-factors.js';
import { requestOptions } from '../passkey-sign-in.js';
import type { ChallengeSession, PasskeyChallenge } from '../sessions.js';
import { signInWithConfirmation } from '../sign-in-after-sign-up.js';
import { afterFirstFactor, challenge, type Attempt } from '../steps.js';
import { FIRST_FACTOR_CHALLENGES, type FirstFactorChallenge } from '../user-auth-settings.js';
import type { Json } from '../upstream.js';
import { attribute, type AppClient, type StoredUser } from '../user-store.js';
import { checkPassword, refuseIfResetRequired, signInUser, startPasswordVerifier } from './sign-in.js';

/** What a first-factor Session keeps besides the offered factors: the code sent, or the passkey challenge. */
type StageFields = { code?: ChallengeSession['code']; passkey?: PasskeyChallenge };

export async function userAuth(ctx: Context, client: AppClient, body: Json): Promise<Json> {
  const params = record(body.AuthParameters);
  const user = await signInUser(ctx, client, params.USERNAME);
  const deviceKey = deviceKeyParameter(params.DEVICE_KEY);
  if (typeof body.Session === 'string' && body.Session) return signInWithConfirmation(ctx, client, user, body.Session, body.ClientMetadata, deviceKey);
  if (user.Enabled === false) throw errors.notAuthorized('User is disabled.');
  if (user.UserStatus === 'UNCONFIRMED') throw errors.userNotConfirmed();
  refuseIfResetRequired(ctx, client.UserPoolId, user);
  const preferred = params.PREFERRED_CHALLENGE;
  if (preferred !== undefined && !isFirstFactorChallenge(preferred)) {
    throw errors.invalidParameter(`PREFERRED_CHALLENGE must be one of ${FIRST_FACTOR_CHALLENGES.join(', ')}`);
  }
  const available = availableFirstFactors(ctx, client.UserPoolId, user);
  // Cognito does not say what a user with no usable factor gets; this is the local Cognito's answer.
  if (!available.length) throw errors.notAuthorized('No sign-in method is available for this user.');
  const attempt: Attempt = { client, username: user.Username, flow: 'USER_AUTH', clientMetadata: body.ClientMetadata, deviceKey };
  if (preferred && available.includes(preferred)) return startFirstFactor(ctx, attempt, user, available, preferred, params);
  return selectChallenge(ctx, attempt, user, available);
}

export function isFirstFactorChallenge(value: unknown): value is FirstFactorChallenge {
  return (FIRST_FACTOR_CHALLENGES as readonly unknown[]).includes(value);
}

/**
 * The factor picked (by PREFERRED_CHALLENGE or a SELECT_CHALLENGE answer), with what came along:
 * PASSWORD with `PASSWORD` is checked at once (then MFA as in every password flow), PASSWORD_SRP
 * with `SRP_A` starts PASSWORD_VERIFIER, the OTPs send a code, WEB_AUTHN asks for a passkey.
 */
export async function startFirstFactor(ctx: Context, attempt: Attempt, user: StoredUser, available: FirstFactorChallenge[], factor: FirstFactorChallenge, given: Json): Promise<Json> {
  const poolId = attempt.client.UserPoolId;
  switch (factor) {
    case 'PASSWORD':
      if (given.PASSWORD === undefined) return withoutPassword(ctx, attempt, user, available, factor, 'PASSWORD');
      checkPassword(ctx, poolId, user, given.PASSWORD);
      return afterFirstFactor(ctx, attempt, user);
    case 'PASSWORD_SRP': {
      if (given.SRP_A === undefined) return withoutPassword(ctx, attempt, user, available, factor, 'SRP_A');
      const verifier = await startPasswordVerifier(ctx, attempt.client, given, 'USER_AUTH', attempt.clientMetadata, user, undefined, attempt.deviceKey);
      return { ...verifier, AvailableChallenges: available };
    }
    case 'EMAIL_OTP':
    case 'SMS_OTP':
      return codeChallenge(ctx, attempt, user, available, factor);
    case 'WEB_AUTHN': {
      const { options, challenge: passkey } = requestOptions(ctx, poolId, user, ctx.settings.sessionTtlMs(attempt.client.AuthSessionValidity));
      return firstFactorChallenge(ctx, attempt, 'WEB_AUTHN', { CREDENTIAL_REQUEST_OPTIONS: JSON.stringify(options) }, available, { passkey });
    }
  }
}

/** SELECT_CHALLENGE: ChallengeParameters are empty unless `selectChallengeCredentialOptions` adds a passkey challenge. */
export function selectChallenge(ctx: Context, attempt: Attempt, user: StoredUser, available: FirstFactorChallenge[]): Json {
  if (ctx.settings.current.selectChallengeCredentialOptions && available.includes('WEB_AUTHN')) {
    const { options, challenge: passkey } = requestOptions(ctx, attempt.client.UserPoolId, user, ctx.settings.sessionTtlMs(attempt.client.AuthSessionValidity));
    return firstFactorChallenge(ctx, attempt, 'SELECT_CHALLENGE', { CREDENTIAL_REQUEST_OPTIONS: JSON.stringify(options) }, available, { passkey });
  }
  return firstFactorChallenge(ctx, attempt, 'SELECT_CHALLENGE', {}, available);
}

/** PASSWORD or PASSWORD_SRP picked without the secret: by `passwordPreferenceWithoutPassword`. */
function withoutPassword(ctx: Context, attempt: Attempt, user: StoredUser, available: FirstFactorChallenge[], factor: 'PASSWORD' | 'PASSWORD_SRP', missing: string): Json {
  switch (ctx.settings.current.passwordPreferenceWithoutPassword) {
    case 'PASSWORD_CHALLENGE':
      return firstFactorChallenge(ctx, attempt, factor, { USERNAME: user.Username }, available);
    case 'SELECT_CHALLENGE':
      return selectChallenge(ctx, attempt, user, available);
    case 'ERROR':
      throw errors.invalidParameter(`Missing required parameter ${missing}`);
  }
}

/** EMAIL_OTP / SMS_OTP as the first factor: a code (purpose SIGN_IN in the outbox), valid `firstFactorCodeTtlSeconds` in this Session only. */
function codeChallenge(ctx: Context, attempt: Attempt, user: StoredUser, available: FirstFactorChallenge[], factor: 'EMAIL_OTP' | 'SMS_OTP'): Json {
  const settings = ctx.settings.current;
  const medium = factor === 'EMAIL_OTP' ? 'EMAIL' : 'SMS';
  const destination = attribute(user, medium === 'EMAIL' ? 'email' : 'phone_number') ?? '';
  // Signing in again is the only way to resend; the earlier code then stops working.
  if (settings.otpResendSupersedes) ctx.sessions.supersede(attempt.client.UserPoolId, user.Username, (s) => !!s.firstFactor && !!s.code);
  const code = ctx.codes.generate(settings.firstFactorCodeLength);
  ctx.outbox.record({ username: user.Username, medium, destination, code, purpose: 'SIGN_IN' });
  return firstFactorChallenge(
    ctx,
    attempt,
    factor,
    { CODE_DELIVERY_DELIVERY_MEDIUM: medium, CODE_DELIVERY_DESTINATION: medium === 'SMS' ? maskPhone(destination) : maskEmail(destination) },
    available,
    { code: { value: code, expiresAt: Date.now() + settings.firstFactorCodeTtlSeconds * 1000 } },
  );
}

/** A first-factor challenge: its Session remembers what was offered; the reply lists it as AvailableChallenges. */
function firstFactorChallenge(ctx: Context, attempt: Attempt, name: string, parameters: Record<string, string>, available: FirstFactorChallenge[], { code, passkey }: StageFields = {}): Json {
  const reply = challenge(ctx, attempt, name, parameters, { ...(code ? { code } : {}), firstFactor: { available, ...(passkey ? { passkey } : {}) } });
  return { ...reply, AvailableChallenges: available };
}
