/**
 * Example CUSTOM_AUTH triggers, written as the three Lambda functions a real pool would use
 * (Define, Create, VerifyAuthChallenge; event shapes as AWS documents them). The proxy loads this
 * module unless CUSTOM_AUTH_TRIGGERS names another.
 *
 * The flow: an optional password first (CUSTOM_AUTH with SRP_A → PASSWORD_VERIFIER), then a 6-digit
 * code emailed to the user. A wrong code gives another round with the same code; the third wrong
 * code fails the sign-in. The code travels between rounds in `challengeMetadata` ("CODE-123456"),
 * as in AWS's own email-OTP sample, so only the first round sends an email.
 *
 * Only `local.deliver` (the outbox, standing in for SES) and `local.generateCode` differ from a Lambda.
 */
import type {
  ChallengeResult,
  CreateAuthChallengeEvent,
  DefineAuthChallengeEvent,
  LocalServices,
  VerifyAuthChallengeResponseEvent,
} from '../src/custom-auth.js';
import { maskEmail } from '../src/delivery.js';

export const MAX_CODE_ATTEMPTS = 3;

const failedCodes = (session: ChallengeResult[]) =>
  session.filter((s) => s.challengeName === 'CUSTOM_CHALLENGE' && !s.challengeResult).length;

export async function defineAuthChallenge(event: DefineAuthChallengeEvent): Promise<DefineAuthChallengeEvent> {
  const { session, userNotFound, userAttributes } = event.request;
  const last = session.at(-1);
  const fail = () => Object.assign(event.response, { issueTokens: false, failAuthentication: true });
  const challenge = (challengeName: string) => Object.assign(event.response, { challengeName, issueTokens: false, failAuthentication: false });

  if (userNotFound || !userAttributes.email) fail();
  else if (!last) challenge('CUSTOM_CHALLENGE'); // CUSTOM_AUTH without SRP: the code is the only factor
  else if (last.challengeName === 'SRP_A') challenge('PASSWORD_VERIFIER');
  else if (last.challengeName === 'PASSWORD_VERIFIER') {
    if (last.challengeResult) challenge('CUSTOM_CHALLENGE');
    else fail();
  } else if (last.challengeName === 'CUSTOM_CHALLENGE' && last.challengeResult) {
    Object.assign(event.response, { issueTokens: true, failAuthentication: false });
  } else if (failedCodes(session) >= MAX_CODE_ATTEMPTS) fail();
  else challenge('CUSTOM_CHALLENGE');
  return event;
}

export async function createAuthChallenge(event: CreateAuthChallengeEvent, local: LocalServices): Promise<CreateAuthChallengeEvent> {
  if (event.request.challengeName !== 'CUSTOM_CHALLENGE') return event;
  const { session, userAttributes } = event.request;
  const email = userAttributes.email;
  const previous = [...session].reverse().find((s) => s.challengeName === 'CUSTOM_CHALLENGE');
  let code = /^CODE-(\d+)$/.exec(previous?.challengeMetadata ?? '')?.[1];
  if (!code) {
    code = local.generateCode();
    local.deliver({ username: event.userName, medium: 'EMAIL', destination: email, code });
  }
  const failed = failedCodes(session);
  const left = MAX_CODE_ATTEMPTS - failed;
  const where = `Enter the code we emailed to ${maskEmail(email)}.`;
  event.response.publicChallengeParameters = {
    prompt: failed ? `That code is not right. ${where} ${left} ${left === 1 ? 'attempt' : 'attempts'} left.` : where,
    label: 'Code',
    inputmode: 'numeric',
  };
  event.response.privateChallengeParameters = { answer: code };
  event.response.challengeMetadata = `CODE-${code}`;
  return event;
}

export async function verifyAuthChallengeResponse(event: VerifyAuthChallengeResponseEvent): Promise<VerifyAuthChallengeResponseEvent> {
  const expected = event.request.privateChallengeParameters.answer;
  event.response.answerCorrect = !!expected && event.request.challengeAnswer.trim() === expected;
  return event;
}
