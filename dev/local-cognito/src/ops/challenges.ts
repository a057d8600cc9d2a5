/**
 * RespondToAuthChallenge: every answer is checked against the proxy Session it names (client,
 * challenge, lifetime, single use). Wrong MFA codes keep the Session for another try, as Cognito
 * does; a new password that breaks the policy or lacks a required attribute keeps it too. The
 * USER_AUTH first-factor answers are in user-auth-answers.ts.
 */
import { EMAIL_PATTERN } from '../contact-formats.js';
import { record, type Context, type OperationRequest, type OperationResult } from '../context.js';
import { answerDeviceKey } from '../device-sign-in.js';
import { CognitoError, MESSAGES, errors } from '../errors.js';
import { enforcePasswordPolicy } from '../password-policy.js';
import { mfaTypeOfChallenge } from '../profiles.js';
import { acceptSessionCode } from '../session-code.js';
import { CONFIRMED_SIGN_UP_SESSION, SIGN_UP_SESSION, type ChallengeSession } from '../sessions.js';
import { afterNewPassword, continueCustomAuth, currentUser, finishSignIn, mfaChallenge, missingAttributes, triggerContext, type Attempt } from '../steps.js';
import { verifyTotp } from '../totp.js';
import { refuseUnwritable } from '../writable-attributes.js';
import type { Json } from '../upstream.js';
import type { AppClient } from '../user-store.js';
import { answerDevicePasswordVerifier, answerDeviceSrpAuth } from './device-challenges.js';
import { answerPasswordVerifier } from './sign-in.js';
import { answerFirstFactorCode, answerPasskey, answerPasswordChallenge, answerPasswordSrpChallenge, answerSelectChallenge } from './user-auth-answers.js';

export async function respondToAuthChallenge(ctx: Context, { body, sourceIp }: OperationRequest): Promise<OperationResult> {
  const client = await ctx.store.client(body.ClientId);
  const responses = record(body.ChallengeResponses);
  const session = ctx.sessions.open(body.Session, client.ClientId, body.ChallengeName, responses.PASSWORD_CLAIM_SECRET_BLOCK);
  if (session.challengeName === 'PASSWORD_VERIFIER') return answerPasswordVerifier(ctx, client, session, responses);
  if (session.challengeName === SIGN_UP_SESSION || session.challengeName === CONFIRMED_SIGN_UP_SESSION) {
    throw errors.invalidParameter('This Session is for InitiateAuth USER_AUTH, not for answering a challenge');
  }
  if (typeof responses.USERNAME !== 'string' || !responses.USERNAME) throw errors.invalidParameter('Missing required parameter USERNAME');
  const attempt: Attempt = {
    client,
    username: session.username,
    flow: session.flow,
    clientMetadata: body.ClientMetadata ?? session.clientMetadata,
    deviceKey: answerDeviceKey(responses, session),
  };
  // SELECT_CHALLENGE may also answer a WEB_AUTHN Session (switching factor; SessionStore.open allowed it).
  const answering = body.ChallengeName === 'SELECT_CHALLENGE' ? 'SELECT_CHALLENGE' : session.challengeName;
  switch (answering) {
    case 'NEW_PASSWORD_REQUIRED':
      return answerNewPassword(ctx, client, attempt, session, responses);
    case 'SMS_MFA':
      return answerCode(ctx, attempt, session, responses);
    case 'EMAIL_OTP':
      // The same name for email MFA and for the USER_AUTH first factor.
      return session.firstFactor ? answerFirstFactorCode(ctx, attempt, session, responses) : answerCode(ctx, attempt, session, responses);
    case 'SMS_OTP':
      return answerFirstFactorCode(ctx, attempt, session, responses);
    case 'SELECT_CHALLENGE':
      return answerSelectChallenge(ctx, attempt, session, responses);
    case 'PASSWORD':
      return answerPasswordChallenge(ctx, attempt, session, responses);
    case 'PASSWORD_SRP':
      return answerPasswordSrpChallenge(ctx, attempt, session, responses);
    case 'WEB_AUTHN':
      return answerPasskey(ctx, attempt, session, responses);
    case 'SOFTWARE_TOKEN_MFA':
      return answerTotp(ctx, attempt, session, responses);
    case 'SELECT_MFA_TYPE':
      return answerMfaSelection(ctx, attempt, session, responses);
    case 'MFA_SETUP':
      return answerMfaSetup(ctx, attempt, session, responses);
    case 'CUSTOM_CHALLENGE':
      return answerCustomChallenge(ctx, attempt, session, responses);
    case 'DEVICE_SRP_AUTH':
      return answerDeviceSrpAuth(ctx, attempt, session, responses);
    case 'DEVICE_PASSWORD_VERIFIER':
      return answerDevicePasswordVerifier(ctx, attempt, session, responses, sourceIp);
    default:
      throw errors.internal(`No handler for ${session.challengeName}`);
  }
}

function requiredString(responses: Json, name: string): string {
  const value = responses[name];
  if (typeof value !== 'string' || !value) throw errors.invalidParameter(`Missing required parameter ${name}`);
  return value;
}

async function answerNewPassword(ctx: Context, client: AppClient, attempt: Attempt, session: ChallengeSession, responses: Json) {
  const { Options } = await ctx.store.pool(session.poolId);
  enforcePasswordPolicy(responses.NEW_PASSWORD, Options.Policies?.PasswordPolicy, 'NEW_PASSWORD', 'Password does not conform to policy');
  const user = await currentUser(ctx, attempt);
  const given: { Name: string; Value: string }[] = [];
  for (const [key, value] of Object.entries(responses)) {
    if (!key.startsWith('userAttributes.')) continue;
    const name = key.slice('userAttributes.'.length);
    refuseUnwritable(name);
    if (typeof value === 'string') given.push({ Name: name, Value: value });
  }
  const missing = missingAttributes(ctx, client.UserPoolId, user).filter((name) => !given.some((a) => a.Name === name && a.Value.trim()));
  if (missing.length) throw errors.invalidParameter(`Invalid attributes given, ${missing.join(' and ')} is missing`);
  if (given.length) {
    await ctx.upstream.call('AdminUpdateUserAttributes', { UserPoolId: client.UserPoolId, Username: user.Username, UserAttributes: given });
  }
  await ctx.upstream.call('AdminSetUserPassword', { UserPoolId: client.UserPoolId, Username: user.Username, Password: responses.NEW_PASSWORD, Permanent: true });
  ctx.sessions.consume(session);
  return afterNewPassword(ctx, attempt, await currentUser(ctx, attempt));
}

/** SMS_MFA / EMAIL_OTP: the code sent for this Session (session-code.ts: wrong → retry, late → start again). */
async function answerCode(ctx: Context, attempt: Attempt, session: ChallengeSession, responses: Json) {
  acceptSessionCode(ctx, session, requiredString(responses, session.challengeName === 'SMS_MFA' ? 'SMS_MFA_CODE' : 'EMAIL_OTP_CODE'));
  const poolId = attempt.client.UserPoolId;
  if (session.emailSetup) {
    // Email MFA set up during MFA_SETUP: the address is now proven and the method enabled.
    await ctx.upstream.call('AdminUpdateUserAttributes', {
      UserPoolId: poolId,
      Username: session.username,
      UserAttributes: [
        { Name: 'email', Value: session.emailSetup },
        { Name: 'email_verified', Value: 'true' },
      ],
    });
    ctx.profiles.update(poolId, session.username, (profile) => {
      profile.mfa.email = true;
      profile.mfa.preferred ??= 'EMAIL';
    });
  }
  return finishSignIn(ctx, attempt);
}

async function answerTotp(ctx: Context, attempt: Attempt, session: ChallengeSession, responses: Json) {
  const code = requiredString(responses, 'SOFTWARE_TOKEN_MFA_CODE');
  const secret = ctx.profiles.get(attempt.client.UserPoolId, session.username).mfa.totpSecret;
  if (!secret || !verifyTotp(secret, code)) throw new CognitoError('CodeMismatchException', MESSAGES.totpCodeMismatch);
  ctx.sessions.consume(session);
  return finishSignIn(ctx, attempt);
}

async function answerMfaSelection(ctx: Context, attempt: Attempt, session: ChallengeSession, responses: Json) {
  const answer = requiredString(responses, 'ANSWER');
  const type = mfaTypeOfChallenge(answer);
  if (!type || !session.mfaChoices?.includes(type)) throw errors.invalidParameter(`Invalid MFA type ${answer} for this user`);
  const user = await currentUser(ctx, attempt);
  ctx.sessions.consume(session);
  return mfaChallenge(ctx, attempt, user, type);
}

/**
 * MFA_SETUP answered: with `EMAIL`, an EMAIL_OTP to that address (email MFA is enabled once the
 * code comes back); without, the TOTP secret associated and verified under this Session chain.
 */
async function answerMfaSetup(ctx: Context, attempt: Attempt, session: ChallengeSession, responses: Json) {
  const setup = session.mfaSetup ?? { canSetUp: [] };
  const poolId = attempt.client.UserPoolId;
  if (typeof responses.EMAIL === 'string' && responses.EMAIL) {
    if (!setup.canSetUp.includes('EMAIL')) throw errors.invalidParameter('Email MFA cannot be set up for this user.');
    if (!EMAIL_PATTERN.test(responses.EMAIL)) throw errors.invalidParameter('Invalid email address format.');
    const user = await currentUser(ctx, attempt);
    ctx.sessions.consume(session);
    return mfaChallenge(ctx, attempt, user, 'EMAIL', responses.EMAIL);
  }
  if (!setup.secret || !setup.verified) {
    throw errors.invalidParameter('Software token MFA is not verified for this session: call AssociateSoftwareToken and VerifySoftwareToken with it first, or answer with EMAIL.');
  }
  ctx.sessions.consume(session);
  const secret = setup.secret;
  ctx.profiles.update(poolId, session.username, (profile) => {
    profile.mfa.totpSecret = secret;
    delete profile.mfa.totpDisabled;
    profile.mfa.preferred ??= 'TOTP';
  });
  return finishSignIn(ctx, attempt);
}

/** One round: Verify judges the answer, the result joins the history, Define decides what follows. */
async function answerCustomChallenge(ctx: Context, attempt: Attempt, session: ChallengeSession, responses: Json) {
  const answer = requiredString(responses, 'ANSWER');
  ctx.sessions.consume(session);
  const user = await currentUser(ctx, attempt);
  const round = session.custom ?? { history: [] };
  const correct = await ctx.customAuth.verify(triggerContext(attempt, user), round.privateChallengeParameters ?? {}, answer);
  const history = [...round.history, { challengeName: 'CUSTOM_CHALLENGE', challengeResult: correct, challengeMetadata: round.challengeMetadata }];
  return continueCustomAuth(ctx, attempt, user, history);
}
