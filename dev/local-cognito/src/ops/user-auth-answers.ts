/**
 * RespondToAuthChallenge answers of a USER_AUTH first factor (docs/cognito.md §8.4): the
 * SELECT_CHALLENGE pick (also sent on a WEB_AUTHN Session to switch factor, and in one shot with
 * PASSWORD, SRP_A or CREDENTIAL), the PASSWORD and PASSWORD_SRP challenges, the EMAIL_OTP / SMS_OTP
 * code, and the WEB_AUTHN assertion. What follows a password is MFA as in every password flow;
 * what follows an OTP or a passkey is tokens (steps.ts afterPasswordlessFactor).
 */
import type { Context } from '../context.js';
import { errors } from '../errors.js';
import { passkeyIsMfa } from '../first-factors.js';
import { mfaStep } from '../mfa.js';
import { verifyAssertion } from '../passkey-sign-in.js';
import { acceptSessionCode } from '../session-code.js';
import type { ChallengeSession, PasskeyChallenge } from '../sessions.js';
import { afterFirstFactor, afterPasswordlessFactor, currentUser, type Attempt } from '../steps.js';
import type { Json } from '../upstream.js';
import { attribute, type StoredUser } from '../user-store.js';
import { checkPassword, startPasswordVerifier } from './sign-in.js';
import { isFirstFactorChallenge, startFirstFactor } from './user-auth.js';

function requiredString(responses: Json, name: string): string {
  const value = responses[name];
  if (typeof value !== 'string' || !value) throw errors.invalidParameter(`Missing required parameter ${name}`);
  return value;
}

function stageOf(session: ChallengeSession): NonNullable<ChallengeSession['firstFactor']> {
  if (!session.firstFactor) throw errors.internal(`${session.challengeName} Session without a first-factor stage`);
  return session.firstFactor;
}

/** ANSWER must be one of the Session's AvailableChallenges (Cognito's reaction to others is undocumented). */
export async function answerSelectChallenge(ctx: Context, attempt: Attempt, session: ChallengeSession, responses: Json): Promise<Json> {
  const answer = requiredString(responses, 'ANSWER');
  const stage = stageOf(session);
  if (!isFirstFactorChallenge(answer) || !stage.available.includes(answer)) {
    throw errors.invalidParameter(`Invalid ANSWER ${answer}: not one of the AvailableChallenges of this sign-in`);
  }
  const user = await currentUser(ctx, attempt);
  ctx.sessions.consume(session);
  if (answer === 'WEB_AUTHN' && responses.CREDENTIAL !== undefined) {
    // One shot: only a Session that already issued a passkey challenge has one to verify against.
    if (!stage.passkey) throw errors.invalidParameter('No passkey challenge was issued in this Session: answer WEB_AUTHN without CREDENTIAL first');
    return passkeyAnswer(ctx, attempt, user, stage.passkey, responses.CREDENTIAL);
  }
  return startFirstFactor(ctx, attempt, user, stage.available, answer, responses);
}

/** The PASSWORD challenge (issued when PASSWORD was picked without one): USERNAME, PASSWORD. */
export async function answerPasswordChallenge(ctx: Context, attempt: Attempt, session: ChallengeSession, responses: Json): Promise<Json> {
  const password = requiredString(responses, 'PASSWORD');
  const user = await currentUser(ctx, attempt);
  ctx.sessions.consume(session);
  checkPassword(ctx, attempt.client.UserPoolId, user, password);
  return afterFirstFactor(ctx, attempt, user);
}

/** The PASSWORD_SRP challenge: USERNAME, SRP_A → PASSWORD_VERIFIER. */
export async function answerPasswordSrpChallenge(ctx: Context, attempt: Attempt, session: ChallengeSession, responses: Json): Promise<Json> {
  requiredString(responses, 'SRP_A');
  const user = await currentUser(ctx, attempt);
  ctx.sessions.consume(session);
  const verifier = await startPasswordVerifier(ctx, attempt.client, responses, 'USER_AUTH', attempt.clientMetadata, user, undefined, attempt.deviceKey);
  return { ...verifier, AvailableChallenges: stageOf(session).available };
}

/** EMAIL_OTP_CODE / SMS_OTP_CODE; a right code also proves an unverified address when `unverifiedContactOtp` is VERIFY. */
export async function answerFirstFactorCode(ctx: Context, attempt: Attempt, session: ChallengeSession, responses: Json): Promise<Json> {
  const email = session.challengeName === 'EMAIL_OTP';
  acceptSessionCode(ctx, session, requiredString(responses, email ? 'EMAIL_OTP_CODE' : 'SMS_OTP_CODE'));
  const user = await currentUser(ctx, attempt);
  const name = email ? 'email' : 'phone_number';
  const value = attribute(user, name);
  if (ctx.settings.current.unverifiedContactOtp === 'VERIFY' && value && attribute(user, `${name}_verified`) !== 'true') {
    await ctx.upstream.call('AdminUpdateUserAttributes', {
      UserPoolId: attempt.client.UserPoolId,
      Username: user.Username,
      UserAttributes: [
        { Name: name, Value: value },
        { Name: `${name}_verified`, Value: 'true' },
      ],
    });
  }
  return afterPasswordlessFactor(ctx, attempt, user);
}

/** CREDENTIAL (a JSON string): the challenge is spent whatever the outcome. */
export async function answerPasskey(ctx: Context, attempt: Attempt, session: ChallengeSession, responses: Json): Promise<Json> {
  const credential = requiredString(responses, 'CREDENTIAL');
  const user = await currentUser(ctx, attempt);
  ctx.sessions.consume(session);
  const passkey = stageOf(session).passkey;
  if (!passkey) throw errors.internal('WEB_AUTHN Session without a passkey challenge');
  return passkeyAnswer(ctx, attempt, user, passkey, credential);
}

/** With passkey MFA (pool and user) a passkey must verify the user, and then it is the MFA too. */
async function passkeyAnswer(ctx: Context, attempt: Attempt, user: StoredUser, challenge: PasskeyChallenge, credential: unknown): Promise<Json> {
  const settings = ctx.settings.current;
  const profile = ctx.profiles.get(attempt.client.UserPoolId, user.Username);
  const asMfa = passkeyIsMfa(settings, profile) && mfaStep(profile, user, settings.mfaConfiguration).kind !== 'none';
  await verifyAssertion(ctx, attempt.client.UserPoolId, user, challenge, credential, challenge.userVerification === 'required' || asMfa);
  return afterPasswordlessFactor(ctx, attempt, user, asMfa);
}
