/**
 * Signing in straight after sign-up: SignUp's and ConfirmSignUp's Sessions on the USER_AUTH client
 * (and none on the other), InitiateAuth USER_AUTH with the ConfirmSignUp Session, passwordless
 * sign-up, and the ConfirmForgotPassword setting.
 */
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, before, describe, it } from 'node:test';
import {
  PASSWORD,
  assertError,
  assertOk,
  call,
  control,
  expectChallenge,
  expectFirstFactor,
  expectTokens,
  latestCode,
  passwordSignIn,
  start,
  uniqueName,
  userAuth,
  withSettings,
  type LocalCognito,
} from './helpers.js';

const EXPIRED = 'Invalid session for the user, session is expired.';

let lc: LocalCognito;
before(async () => {
  lc = await start();
});
after(() => lc?.stop());

function signUp(username: string, clientId = lc.userAuthClientId, extra: Record<string, unknown> = { Password: PASSWORD }) {
  return call(lc, 'SignUp', { ClientId: clientId, Username: username, UserAttributes: [{ Name: 'email', Value: `${username}@example.com` }], ...extra });
}

async function confirm(username: string, clientId = lc.userAuthClientId, session?: string) {
  const { code } = await latestCode(lc, username);
  return call(lc, 'ConfirmSignUp', { ClientId: clientId, Username: username, ConfirmationCode: code, ...(session ? { Session: session } : {}) });
}

/** A new user signed up and confirmed through the USER_AUTH client; returns ConfirmSignUp's Session. */
async function confirmedUser(prefix: string): Promise<{ username: string; session: string }> {
  const username = uniqueName(prefix);
  assertOk(await signUp(username));
  const { Session } = assertOk(await confirm(username));
  assert.equal(typeof Session, 'string');
  return { username, session: Session };
}

function signInWithSession(username: string, session: string, clientId = lc.userAuthClientId) {
  return call(lc, 'InitiateAuth', { AuthFlow: 'USER_AUTH', ClientId: clientId, AuthParameters: { USERNAME: username }, Session: session });
}

describe('the Sessions of SignUp and ConfirmSignUp', () => {
  it('only the USER_AUTH client hands them out; the other answers as before', async () => {
    const plain = uniqueName('plain');
    const signedUp = assertOk(await signUp(plain, lc.clientId));
    assert.equal(signedUp.Session, undefined);
    assert.deepEqual(assertOk(await confirm(plain, lc.clientId)), {});

    const choice = uniqueName('choice');
    const withSession = assertOk(await signUp(choice));
    assert.equal(typeof withSession.Session, 'string');
    assert.equal(withSession.UserConfirmed, false);
    const confirmed = assertOk(await confirm(choice));
    assert.deepEqual(Object.keys(confirmed), ['Session']);
    assert.notEqual(confirmed.Session, withSession.Session);
  });

  it('ConfirmSignUp\'s Session signs the new user in once, with USERNAME only and no MFA even when MFA is required', async () => {
    await withSettings(lc, { mfaConfiguration: 'ON' }, async () => {
      const { username, session } = await confirmedUser('auto');
      const tokens = expectTokens(await signInWithSession(username, session));
      const user = assertOk(await call(lc, 'GetUser', { AccessToken: tokens.AccessToken }));
      assert.equal(user.Username, username);
      assertError(await signInWithSession(username, session), 'NotAuthorizedException', EXPIRED);
      // The next sign-in is an ordinary one: MFA set-up, as the pool requires.
      expectChallenge(await call(lc, 'InitiateAuth', { AuthFlow: 'USER_PASSWORD_AUTH', ClientId: lc.clientId, AuthParameters: { USERNAME: username, PASSWORD } }), 'MFA_SETUP');
    });
  });

  it('refuses a stale Session, another user\'s, SignUp\'s, another client\'s, and one of a user who has signed in since', async () => {
    await withSettings(lc, { signUpSessionTtlSeconds: 0.3 }, async () => {
      const { username, session } = await confirmedUser('stale');
      await sleep(450);
      assertError(await signInWithSession(username, session), 'NotAuthorizedException', EXPIRED);
    });
    const a = await confirmedUser('owner');
    const b = await confirmedUser('other');
    assertError(await signInWithSession(b.username, a.session), 'NotAuthorizedException', EXPIRED);
    assertError(await signInWithSession(a.username, 'made-up-session'), 'NotAuthorizedException', EXPIRED);
    assertError(await signInWithSession(a.username, a.session, lc.clientId), 'InvalidParameterException', 'USER_AUTH flow not enabled for this client');

    const early = uniqueName('early');
    const { Session: signUpSession } = assertOk(await signUp(early));
    assertError(await signInWithSession(early, signUpSession), 'NotAuthorizedException', EXPIRED);
    const misused = await call(lc, 'RespondToAuthChallenge', { ClientId: lc.userAuthClientId, ChallengeName: 'CONFIRMED_SIGN_UP', Session: a.session, ChallengeResponses: { USERNAME: a.username } });
    assertError(misused, 'InvalidParameterException');

    await passwordSignIn(lc, b.username, PASSWORD);
    assertError(await signInWithSession(b.username, b.session), 'NotAuthorizedException', EXPIRED);
    expectTokens(await signInWithSession(a.username, a.session));
  });

  it('confirmSignUpRequiresSession: ConfirmSignUp gives its Session only for SignUp\'s', async () => {
    await withSettings(lc, { confirmSignUpRequiresSession: true }, async () => {
      const without = uniqueName('nos1');
      assertOk(await signUp(without));
      assert.deepEqual(assertOk(await confirm(without)), {});
      const withS1 = uniqueName('s1');
      const { Session } = assertOk(await signUp(withS1));
      const confirmed = assertOk(await confirm(withS1, lc.userAuthClientId, Session));
      expectTokens(await signInWithSession(withS1, confirmed.Session));
    });
  });
});

describe('passwordless sign-up', () => {
  it('the USER_AUTH client may sign up without a password: codes only, then a first password through ChangePassword', async () => {
    const username = uniqueName('nopass');
    const signedUp = assertOk(await signUp(username, lc.userAuthClientId, {}));
    const { Session } = assertOk(await confirm(username));
    const tokens = expectTokens(await signInWithSession(username, Session));
    assert.deepEqual(expectFirstFactor(await userAuth(lc, username), 'SELECT_CHALLENGE').available, ['EMAIL_OTP']);
    assert.ok(signedUp.UserSub);
    assert.deepEqual(assertOk(await call(lc, 'GetUserAuthFactors', { AccessToken: tokens.AccessToken })).ConfiguredUserAuthFactors, ['EMAIL_OTP']);

    assertOk(await call(lc, 'ChangePassword', { AccessToken: tokens.AccessToken, ProposedPassword: 'First-pass-123' }));
    assert.deepEqual(expectFirstFactor(await userAuth(lc, username), 'SELECT_CHALLENGE').available, ['PASSWORD_SRP', 'PASSWORD', 'EMAIL_OTP']);
    await passwordSignIn(lc, username, 'First-pass-123');
  });

  it('the other client, or a pool without code factors, still needs a password', async () => {
    assertError(await signUp(uniqueName('needs'), lc.clientId, {}), 'InvalidParameterException', /Value null at 'password'/);
    await withSettings(lc, { allowedFirstAuthFactors: ['PASSWORD', 'WEB_AUTHN'] }, async () => {
      assertError(await signUp(uniqueName('needs2'), lc.userAuthClientId, {}), 'InvalidParameterException', /Value null at 'password'/);
    });
  });
});

describe('ConfirmForgotPassword', () => {
  it('returns nothing by default, as Cognito; confirmForgotPasswordSession adds a Session good after earlier sign-ins', async () => {
    const { username, session } = await confirmedUser('reset');
    expectTokens(await signInWithSession(username, session));
    const reset = async () => {
      assertOk(await call(lc, 'ForgotPassword', { ClientId: lc.userAuthClientId, Username: username }));
      const { code } = await latestCode(lc, username);
      return assertOk(await call(lc, 'ConfirmForgotPassword', { ClientId: lc.userAuthClientId, Username: username, ConfirmationCode: code, Password: 'Reset-pass-123' }));
    };
    assert.deepEqual(await reset(), {});
    await withSettings(lc, { confirmForgotPasswordSession: true }, async () => {
      const { Session } = await reset();
      expectTokens(await signInWithSession(username, Session));
      assertError(await signInWithSession(username, Session), 'NotAuthorizedException', EXPIRED);
    });
    assert.equal((await control(lc, 'GET', '/settings')).body.confirmForgotPasswordSession, false);
  });
});
