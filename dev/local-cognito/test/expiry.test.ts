/** Lifetimes, shortened through the proxy's environment: challenge sessions and confirmation codes. */
import { setTimeout as sleep } from 'node:timers/promises';
import { after, before, describe, it } from 'node:test';
import { assertError, assertOk, call, latestCode, start, uniqueName, type LocalCognito } from './helpers.js';
import { TestSrpClient } from './srp-client.js';

let lc: LocalCognito;
before(async () => {
  lc = await start({ env: { AUTH_SESSION_TTL_SECONDS: '1', SIGN_UP_CODE_TTL_SECONDS: '1', RESET_CODE_TTL_SECONDS: '1' } });
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
    await sleep(1200);
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
    await sleep(1200);
    const confirm = (c: string) => call(lc, 'ConfirmSignUp', { ClientId: lc.clientId, Username: username, ConfirmationCode: c });
    assertError(await confirm(code), 'ExpiredCodeException', 'Invalid code provided, please request a code again.');
    assertOk(await call(lc, 'ResendConfirmationCode', { ClientId: lc.clientId, Username: username }));
    assertOk(await confirm((await latestCode(lc, username)).code));
  });

  it('a password-reset code used late is ExpiredCodeException', async () => {
    assertOk(await call(lc, 'ForgotPassword', { ClientId: lc.clientId, Username: 'demo' }));
    const { code } = await latestCode(lc, 'demo');
    await sleep(1200);
    const result = await call(lc, 'ConfirmForgotPassword', { ClientId: lc.clientId, Username: 'demo', ConfirmationCode: code, Password: 'Other-pass-123' });
    assertError(result, 'ExpiredCodeException');
  });
});
