/**
 * AssociateSoftwareToken / VerifySoftwareToken inside MFA_SETUP, authorised by the challenge
 * Session instead of an access token (cognito-local supports only the latter). Each call spends
 * the Session it got and hands back a new one, which the final MFA_SETUP answer must use. The
 * AccessToken forms (setting up TOTP after sign-in) are in mfa-preference.ts.
 */
import type { Context, OperationRequest } from '../context.js';
import { CognitoError, errors } from '../errors.js';
import { generateSecret, verifyTotp } from '../totp.js';

export async function associateSoftwareTokenBySession(ctx: Context, { body }: OperationRequest) {
  const session = ctx.sessions.openForSetup(body.Session);
  const setup = session.mfaSetup ?? { canSetUp: [] };
  if (!setup.canSetUp.includes('TOTP')) throw errors.invalidParameter('Software token MFA cannot be set up for this user.');
  const secret = generateSecret();
  const next = ctx.sessions.replace(session, { mfaSetup: { ...setup, secret, verified: false } });
  return { SecretCode: secret, Session: next.id };
}

export async function verifySoftwareTokenBySession(ctx: Context, { body }: OperationRequest) {
  const session = ctx.sessions.openForSetup(body.Session);
  const setup = session.mfaSetup ?? { canSetUp: [] };
  if (typeof body.UserCode !== 'string' || !body.UserCode) throw errors.invalidParameter('Missing required parameter UserCode');
  if (!setup.secret) throw new CognitoError('SoftwareTokenMFANotFoundException', 'Software token TOTP not found.');
  // A wrong code keeps the Session, so the person can type the next code.
  if (!verifyTotp(setup.secret, body.UserCode)) throw new CognitoError('EnableSoftwareTokenMFAException', 'Code mismatch and fail enable Software Token MFA');
  const next = ctx.sessions.replace(session, { mfaSetup: { ...setup, verified: true } });
  return { Status: 'SUCCESS', Session: next.id };
}
