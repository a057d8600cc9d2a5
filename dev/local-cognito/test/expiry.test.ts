/** Lifetimes, shortened through the proxy's environment: challenge sessions and codes. */
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, before, describe, it } from 'node:test';
import {
  PASSWORD,
  assertError,
  assertOk,
  call,
  createUser,
  currentTotp,
  expectChallenge,
  latestCode,
  respond,
  signInWithPassword,
  start,
  uniqueName,
  type CallResult,
  type LocalCognito,
} from './helpers.js';
import { TestSrpClient } from './srp-client.js';

const SESSION_MS = 1500;
/** MFA codes: shorter than a Session, so a late code is told apart from a late Session. */
const MFA_CODE_MS = 500;
/** Sign-up and reset codes: a resent one must still be usable in time on a busy machine. */
const CODE_MS = 1000;
const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
const EXPIRED = 'Invalid session for the user, session is expired.';

let lc: LocalCognito;
before(async () => {
  lc = await start({
    env: {
      AUTH_SESSION_TTL_SECONDS: String(SESSION_MS / 1000),
      MFA_CODE_TTL_SECONDS: String(MFA_CODE_MS / 1000),
      SIGN_UP_CODE_TTL_SECONDS: String(CODE_MS / 1000),
      RESET_CODE_TTL_SECONDS: String(CODE_MS / 1000),
    },
  });
});
after(() => lc?.stop());

async function passwordVerifier(client: TestSrpClient) {
  const body = assertOk(
    await call(lc, 'InitiateAuth', { AuthFlow: 'USER_SRP_AUTH', ClientId: lc.clientId, AuthParameters: { USERNAME: 'demo', SRP_A: client.srpA } }),
  );
  return { parameters: body.ChallengeParameters as Record<string, string>, session: body.Session as string };
}

// The three cases wait out their lifetimes side by side.
describe('lifetimes', { concurrency: true }, () => {
  it('an SRP session answered in time works; one answered late is expired', async () => {
    const quick = new TestSrpClient();
    const fresh = await passwordVerifier(quick);
    const answer = await quick.answer(lc.userPoolId, fresh.parameters, 'Demo-pass-1234');
    assertOk(await call(lc, 'RespondToAuthChallenge', { ChallengeName: 'PASSWORD_VERIFIER', ClientId: lc.clientId, Session: fresh.session, ChallengeResponses: answer }));

    const slow = new TestSrpClient();
    const stale = await passwordVerifier(slow);
    const lateAnswer = await slow.answer(lc.userPoolId, stale.parameters, 'Demo-pass-1234');
    await sleep(SESSION_MS + 200);
    assertError(
      await call(lc, 'RespondToAuthChallenge', { ChallengeName: 'PASSWORD_VERIFIER', ClientId: lc.clientId, Session: stale.session, ChallengeResponses: lateAnswer }),
      'NotAuthorizedException',
      'Invalid session for the user, session is expired.',
    );
  });

  it('a sign-up code used late is ExpiredCodeException; a resent one then works', async () => {
    const username = uniqueName('late');
    assertOk(await call(lc, 'SignUp', { ClientId: lc.clientId, Username: username, Password: 'Good-pass-123', UserAttributes: [{ Name: 'email', Value: 'late@example.com' }] }));
    const { code } = await latestCode(lc, username);
    await sleep(CODE_MS + 200);
    const confirm = (c: string) => call(lc, 'ConfirmSignUp', { ClientId: lc.clientId, Username: username, ConfirmationCode: c });
    assertError(await confirm(code), 'ExpiredCodeException', 'Invalid code provided, please request a code again.');
    assertOk(await call(lc, 'ResendConfirmationCode', { ClientId: lc.clientId, Username: username }));
    assertOk(await confirm((await latestCode(lc, username)).code));
  });

  it('a password-reset code used late is ExpiredCodeException', async () => {
    assertOk(await call(lc, 'ForgotPassword', { ClientId: lc.clientId, Username: 'demo' }));
    const { code } = await latestCode(lc, 'demo');
    await sleep(CODE_MS + 200);
    const result = await call(lc, 'ConfirmForgotPassword', { ClientId: lc.clientId, Username: 'demo', ConfirmationCode: code, Password: 'Other-pass-123' });
    assertError(result, 'ExpiredCodeException');
  });

  it('an SMS_MFA code used late is ExpiredCodeException, though its Session still lives', async () => {
    const username = await createUser(lc, 'late-sms', { phone_number: '+15555550010', mfa: { sms: true } });
    const { session } = expectChallenge(await signInWithPassword(lc, username), 'SMS_MFA');
    const { code } = await latestCode(lc, username);
    await sleep(MFA_CODE_MS + 200);
    assertError(await respond(lc, 'SMS_MFA', session, username, { SMS_MFA_CODE: code }), 'ExpiredCodeException');
  });

  it('every challenge Session expires: MFA codes, TOTP, MFA choice, MFA_SETUP and its Associate/Verify, custom, new password', async () => {
    const late: [string, () => Promise<CallResult>][] = [];
    const sms = await createUser(lc, 'exp-sms', { phone_number: '+15555550011', mfa: { sms: true } });
    const smsChallenge = expectChallenge(await signInWithPassword(lc, sms), 'SMS_MFA');
    late.push(['SMS_MFA', () => respond(lc, 'SMS_MFA', smsChallenge.session, sms, { SMS_MFA_CODE: '123456' })]);

    const email = await createUser(lc, 'exp-email', { mfa: { email: true } });
    const emailChallenge = expectChallenge(await signInWithPassword(lc, email), 'EMAIL_OTP');
    late.push(['EMAIL_OTP', () => respond(lc, 'EMAIL_OTP', emailChallenge.session, email, { EMAIL_OTP_CODE: '123456' })]);

    const totp = await createUser(lc, 'exp-totp', { mfa: { totpSecret: SECRET } });
    const totpChallenge = expectChallenge(await signInWithPassword(lc, totp), 'SOFTWARE_TOKEN_MFA');
    late.push(['SOFTWARE_TOKEN_MFA', async () => respond(lc, 'SOFTWARE_TOKEN_MFA', totpChallenge.session, totp, { SOFTWARE_TOKEN_MFA_CODE: await currentTotp(lc, { username: totp }) })]);

    const choose = await createUser(lc, 'exp-choose', { phone_number: '+15555550012', mfa: { sms: true, totpSecret: SECRET } });
    const choice = expectChallenge(await signInWithPassword(lc, choose), 'SELECT_MFA_TYPE');
    late.push(['SELECT_MFA_TYPE', () => respond(lc, 'SELECT_MFA_TYPE', choice.session, choose, { ANSWER: 'SMS_MFA' })]);

    const setup = await createUser(lc, 'exp-setup', { mfaRequired: true });
    const setupChallenge = expectChallenge(await signInWithPassword(lc, setup), 'MFA_SETUP');
    late.push(['AssociateSoftwareToken', () => call(lc, 'AssociateSoftwareToken', { Session: setupChallenge.session })]);
    const setup2 = await createUser(lc, 'exp-setup2', { mfaRequired: true });
    const associated = assertOk(await call(lc, 'AssociateSoftwareToken', { Session: expectChallenge(await signInWithPassword(lc, setup2), 'MFA_SETUP').session }));
    late.push(['VerifySoftwareToken', async () => call(lc, 'VerifySoftwareToken', { Session: associated.Session, UserCode: await currentTotp(lc, { secret: associated.SecretCode }) })]);
    const setup3 = await createUser(lc, 'exp-setup3', { mfaRequired: true });
    const setup3Challenge = expectChallenge(await signInWithPassword(lc, setup3), 'MFA_SETUP');
    late.push(['MFA_SETUP', () => respond(lc, 'MFA_SETUP', setup3Challenge.session, setup3, { EMAIL: 'x@example.com' })]);

    const custom = await createUser(lc, 'exp-custom');
    const customChallenge = expectChallenge(
      await call(lc, 'InitiateAuth', { AuthFlow: 'CUSTOM_AUTH', ClientId: lc.clientId, AuthParameters: { USERNAME: custom } }),
      'CUSTOM_CHALLENGE',
    );
    late.push(['CUSTOM_CHALLENGE', async () => respond(lc, 'CUSTOM_CHALLENGE', customChallenge.session, custom, { ANSWER: (await latestCode(lc, custom)).code })]);

    const temp = await createUser(lc, 'exp-temp', { status: 'FORCE_CHANGE_PASSWORD' });
    const newPassword = expectChallenge(await signInWithPassword(lc, temp, PASSWORD, 'USER_PASSWORD_AUTH'), 'NEW_PASSWORD_REQUIRED');
    late.push(['NEW_PASSWORD_REQUIRED', () => respond(lc, 'NEW_PASSWORD_REQUIRED', newPassword.session, temp, { NEW_PASSWORD: 'Another-pass-1' })]);

    await sleep(SESSION_MS + 200);
    for (const [name, answer] of late) {
      const result = await answer();
      assert.deepEqual([result.body.__type, result.body.message], ['NotAuthorizedException', EXPIRED], name);
    }
  });
});
