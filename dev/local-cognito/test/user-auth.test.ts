/**
 * USER_AUTH (choice-based sign-in) without passkeys: the clients, SELECT_CHALLENGE and
 * AvailableChallenges, the password factors (then MFA), EMAIL_OTP / SMS_OTP as the first factor,
 * and the MFA rule. Passkeys are in passkeys.test.ts, sign-in after sign-up in sign-up-session.test.ts.
 */
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, before, describe, it } from 'node:test';
import {
  PASSWORD,
  answer,
  assertError,
  call,
  control,
  createUser,
  expectChallenge,
  expectFirstFactor,
  expectTokens,
  outbox,
  passwordSignIn,
  signInCodes,
  start,
  userAuth,
  withSettings,
  type LocalCognito,
} from './helpers.js';
import { SoftwareAuthenticator } from './software-authenticator.js';
import { TestSrpClient } from './srp-client.js';

const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
const EXPIRED = 'Invalid session for the user, session is expired.';

let lc: LocalCognito;
before(async () => {
  lc = await start();
});
after(() => lc?.stop());

/** A user with a (software) passkey registered through the control API. */
async function userWithPasskey(prefix: string, spec = {}) {
  const authenticator = SoftwareAuthenticator.create();
  const username = await createUser(lc, prefix, {
    webAuthnCredentials: [{ credentialId: authenticator.credentialId, publicKey: authenticator.publicKeyCoseBase64url }],
    ...spec,
  });
  return username;
}

describe('the app clients', () => {
  it('a client without ALLOW_USER_AUTH refuses the flow; the user-auth client runs it', async () => {
    assertError(await userAuth(lc, 'demo', {}, lc.clientId), 'InvalidParameterException', 'USER_AUTH flow not enabled for this client');
    await passwordSignIn(lc, 'demo', PASSWORD);
    expectFirstFactor(await userAuth(lc, 'demo'), 'SELECT_CHALLENGE');
  });

  it('unknown, unconfirmed and reset-required users get the errors of the other flows', async () => {
    // Both seeded clients are PreventUserExistenceErrors LEGACY, as for every other flow here.
    assertError(await userAuth(lc, 'nobody-at-all'), 'UserNotFoundException', 'User does not exist.');
    assertError(await userAuth(lc, 'unconfirmed'), 'UserNotConfirmedException');
    assertError(await userAuth(lc, 'reset-required'), 'PasswordResetRequiredException');
    assertError(await call(lc, 'InitiateAuth', { AuthFlow: 'USER_AUTH', ClientId: lc.userAuthClientId, AuthParameters: {} }), 'InvalidParameterException', 'Missing required parameter USERNAME');
  });

  it('refuses a PREFERRED_CHALLENGE that is not a first factor', async () => {
    assertError(await userAuth(lc, 'demo', { PREFERRED_CHALLENGE: 'SOFTWARE_TOKEN_MFA' }), 'InvalidParameterException', /PREFERRED_CHALLENGE must be one of/);
  });
});

describe('SELECT_CHALLENGE', () => {
  it('offers per user: the password pair with a password, EMAIL_OTP with an email, SMS_OTP with a phone, WEB_AUTHN with a passkey', async () => {
    const both = expectFirstFactor(await userAuth(lc, 'choose-sign-in'), 'SELECT_CHALLENGE');
    assert.deepEqual(both.parameters, {});
    assert.deepEqual(both.available, ['PASSWORD_SRP', 'PASSWORD', 'EMAIL_OTP', 'SMS_OTP']);
    assert.deepEqual(expectFirstFactor(await userAuth(lc, 'email-code'), 'SELECT_CHALLENGE').available, ['PASSWORD_SRP', 'PASSWORD', 'EMAIL_OTP']);
    assert.deepEqual(expectFirstFactor(await userAuth(lc, 'sms-code'), 'SELECT_CHALLENGE').available, ['PASSWORD_SRP', 'PASSWORD', 'SMS_OTP']);
    assert.deepEqual(expectFirstFactor(await userAuth(lc, 'passkey'), 'SELECT_CHALLENGE').available, ['PASSWORD_SRP', 'PASSWORD', 'EMAIL_OTP', 'WEB_AUTHN']);
    const passwordless = await createUser(lc, 'nopass', { passwordless: true, password: undefined, email: undefined, phone_number: '+15555550140' });
    assert.deepEqual(expectFirstFactor(await userAuth(lc, passwordless), 'SELECT_CHALLENGE').available, ['SMS_OTP']);
    const withPasskey = await userWithPasskey('haskey', { email: undefined });
    assert.deepEqual(expectFirstFactor(await userAuth(lc, withPasskey), 'SELECT_CHALLENGE').available, ['PASSWORD_SRP', 'PASSWORD', 'WEB_AUTHN']);
  });

  it('a preference the user lacks, or the pool does not allow, gives SELECT_CHALLENGE without it', async () => {
    const choice = expectFirstFactor(await userAuth(lc, 'email-code', { PREFERRED_CHALLENGE: 'WEB_AUTHN' }), 'SELECT_CHALLENGE');
    assert.deepEqual(choice.available, ['PASSWORD_SRP', 'PASSWORD', 'EMAIL_OTP']);
    assert.equal((await signInCodes(lc, 'email-code')).length, 0);
    await withSettings(lc, { allowedFirstAuthFactors: ['PASSWORD', 'SMS_OTP'] }, async () => {
      const narrowed = expectFirstFactor(await userAuth(lc, 'choose-sign-in', { PREFERRED_CHALLENGE: 'EMAIL_OTP' }), 'SELECT_CHALLENGE');
      assert.deepEqual(narrowed.available, ['PASSWORD_SRP', 'PASSWORD', 'SMS_OTP']);
    });
    await withSettings(lc, { allowedFirstAuthFactors: ['EMAIL_OTP'] }, async () => {
      assert.deepEqual(expectFirstFactor(await userAuth(lc, 'choose-sign-in'), 'SELECT_CHALLENGE').available, ['EMAIL_OTP']);
      assertError(await userAuth(lc, 'sms-code'), 'NotAuthorizedException', 'No sign-in method is available for this user.');
    });
  });

  it('an ANSWER that was not offered is InvalidParameterException and keeps the Session', async () => {
    const { session } = expectFirstFactor(await userAuth(lc, 'sms-code'), 'SELECT_CHALLENGE');
    assertError(await answer(lc, 'SELECT_CHALLENGE', session, 'sms-code', { ANSWER: 'EMAIL_OTP' }), 'InvalidParameterException', /not one of the AvailableChallenges/);
    assertError(await answer(lc, 'SELECT_CHALLENGE', session, 'sms-code', { ANSWER: 'SOFTWARE_TOKEN_MFA' }), 'InvalidParameterException');
    assertError(await answer(lc, 'SELECT_CHALLENGE', session, 'sms-code'), 'InvalidParameterException', 'Missing required parameter ANSWER');
    expectFirstFactor(await answer(lc, 'SELECT_CHALLENGE', session, 'sms-code', { ANSWER: 'SMS_OTP' }), 'SMS_OTP');
    assertError(await answer(lc, 'SELECT_CHALLENGE', session, 'sms-code', { ANSWER: 'SMS_OTP' }), 'NotAuthorizedException', /only be used once/);
  });
});

describe('password factors', () => {
  it('PREFERRED_CHALLENGE PASSWORD with PASSWORD: tokens at once; a wrong password is NotAuthorizedException', async () => {
    expectTokens(await userAuth(lc, 'email-code', { PREFERRED_CHALLENGE: 'PASSWORD', PASSWORD }));
    assertError(await userAuth(lc, 'email-code', { PREFERRED_CHALLENGE: 'PASSWORD', PASSWORD: 'Wrong-pass-1' }), 'NotAuthorizedException', 'Incorrect username or password.');
  });

  it('PREFERRED_CHALLENGE PASSWORD_SRP with SRP_A: PASSWORD_VERIFIER, then tokens', async () => {
    const client = new TestSrpClient();
    const verifier = expectFirstFactor(await userAuth(lc, 'sms-code', { PREFERRED_CHALLENGE: 'PASSWORD_SRP', SRP_A: client.srpA }), 'PASSWORD_VERIFIER');
    assert.deepEqual(verifier.available, ['PASSWORD_SRP', 'PASSWORD', 'SMS_OTP']);
    assert.equal(verifier.parameters.USERNAME, 'sms-code');
    const responses = await client.answer(lc.userPoolId, verifier.parameters, PASSWORD);
    expectTokens(await answer(lc, 'PASSWORD_VERIFIER', verifier.session, 'sms-code', responses));
  });

  it('the one-shot SELECT_CHALLENGE answers: ANSWER PASSWORD with PASSWORD, ANSWER PASSWORD_SRP with SRP_A', async () => {
    const first = expectFirstFactor(await userAuth(lc, 'choose-sign-in'), 'SELECT_CHALLENGE');
    expectTokens(await answer(lc, 'SELECT_CHALLENGE', first.session, 'choose-sign-in', { ANSWER: 'PASSWORD', PASSWORD }));
    const second = expectFirstFactor(await userAuth(lc, 'choose-sign-in'), 'SELECT_CHALLENGE');
    const client = new TestSrpClient();
    const verifier = expectChallenge(await answer(lc, 'SELECT_CHALLENGE', second.session, 'choose-sign-in', { ANSWER: 'PASSWORD_SRP', SRP_A: client.srpA }), 'PASSWORD_VERIFIER');
    expectTokens(await answer(lc, 'PASSWORD_VERIFIER', verifier.session, 'choose-sign-in', await client.answer(lc.userPoolId, verifier.parameters, PASSWORD)));
  });

  it('PASSWORD or PASSWORD_SRP picked without the secret: a PASSWORD / PASSWORD_SRP challenge by default, else as passwordPreferenceWithoutPassword says', async () => {
    const password = expectFirstFactor(await userAuth(lc, 'email-code', { PREFERRED_CHALLENGE: 'PASSWORD' }), 'PASSWORD');
    assert.deepEqual(password.parameters, { USERNAME: 'email-code' });
    assertError(await answer(lc, 'PASSWORD', password.session, 'email-code'), 'InvalidParameterException', 'Missing required parameter PASSWORD');
    expectTokens(await answer(lc, 'PASSWORD', password.session, 'email-code', { PASSWORD }));

    const select = expectFirstFactor(await userAuth(lc, 'email-code'), 'SELECT_CHALLENGE');
    const srp = expectFirstFactor(await answer(lc, 'SELECT_CHALLENGE', select.session, 'email-code', { ANSWER: 'PASSWORD_SRP' }), 'PASSWORD_SRP');
    const client = new TestSrpClient();
    const verifier = expectChallenge(await answer(lc, 'PASSWORD_SRP', srp.session, 'email-code', { SRP_A: client.srpA }), 'PASSWORD_VERIFIER');
    expectTokens(await answer(lc, 'PASSWORD_VERIFIER', verifier.session, 'email-code', await client.answer(lc.userPoolId, verifier.parameters, PASSWORD)));

    await withSettings(lc, { passwordPreferenceWithoutPassword: 'SELECT_CHALLENGE' }, async () => {
      expectFirstFactor(await userAuth(lc, 'email-code', { PREFERRED_CHALLENGE: 'PASSWORD' }), 'SELECT_CHALLENGE');
    });
    await withSettings(lc, { passwordPreferenceWithoutPassword: 'ERROR' }, async () => {
      assertError(await userAuth(lc, 'email-code', { PREFERRED_CHALLENGE: 'PASSWORD_SRP' }), 'InvalidParameterException', 'Missing required parameter SRP_A');
    });
  });

  it('MFA follows a password factor, and its challenge names USERNAME', async () => {
    const username = await createUser(lc, 'ua-totp', { mfa: { totpSecret: SECRET } });
    const reply = await userAuth(lc, username, { PREFERRED_CHALLENGE: 'PASSWORD', PASSWORD });
    const mfa = expectChallenge(reply, 'SOFTWARE_TOKEN_MFA');
    assert.deepEqual(mfa.parameters, { USER_ID_FOR_SRP: username, USERNAME: username });
    // The list belongs to the first factor; an MFA challenge has none.
    assert.equal(reply.body.AvailableChallenges, undefined);
    const { body: code } = await control(lc, 'GET', `/totp?username=${username}`);
    expectTokens(await answer(lc, 'SOFTWARE_TOKEN_MFA', mfa.session, username, { SOFTWARE_TOKEN_MFA_CODE: code.code }));

    const client = new TestSrpClient();
    const verifier = expectFirstFactor(await userAuth(lc, username, { PREFERRED_CHALLENGE: 'PASSWORD_SRP', SRP_A: client.srpA }), 'PASSWORD_VERIFIER');
    const afterSrp = expectChallenge(await answer(lc, 'PASSWORD_VERIFIER', verifier.session, username, await client.answer(lc.userPoolId, verifier.parameters, PASSWORD)), 'SOFTWARE_TOKEN_MFA');
    assert.equal(afterSrp.parameters.USERNAME, username);
  });

  it('a temporary password is offered alone and leads to NEW_PASSWORD_REQUIRED', async () => {
    const username = await createUser(lc, 'ua-temp', { status: 'FORCE_CHANGE_PASSWORD', phone_number: '+15555550141' });
    assert.deepEqual(expectFirstFactor(await userAuth(lc, username), 'SELECT_CHALLENGE').available, ['PASSWORD_SRP', 'PASSWORD']);
    const next = expectChallenge(await userAuth(lc, username, { PREFERRED_CHALLENGE: 'PASSWORD', PASSWORD }), 'NEW_PASSWORD_REQUIRED');
    assert.equal(next.parameters.USERNAME, username);
  });

  it('a passwordless user has no password to sign in with, in any flow', async () => {
    const username = await createUser(lc, 'ua-nopass', { passwordless: true, password: PASSWORD });
    assert.deepEqual(expectFirstFactor(await userAuth(lc, username, { PREFERRED_CHALLENGE: 'PASSWORD', PASSWORD }), 'SELECT_CHALLENGE').available, ['EMAIL_OTP']);
    const plain = await call(lc, 'InitiateAuth', { AuthFlow: 'USER_PASSWORD_AUTH', ClientId: lc.clientId, AuthParameters: { USERNAME: username, PASSWORD } });
    assertError(plain, 'NotAuthorizedException', 'Incorrect username or password.');
  });
});

describe('EMAIL_OTP and SMS_OTP as the first factor', () => {
  it('EMAIL_OTP: masked destination, an 8-digit SIGN_IN code in the outbox, a wrong code retried, then tokens without MFA', async () => {
    const username = await createUser(lc, 'ua-mail', { email: 'kim@example.net' });
    const otp = expectFirstFactor(await userAuth(lc, username, { PREFERRED_CHALLENGE: 'EMAIL_OTP' }), 'EMAIL_OTP');
    assert.deepEqual(otp.parameters, { CODE_DELIVERY_DELIVERY_MEDIUM: 'EMAIL', CODE_DELIVERY_DESTINATION: 'k***@e***' });
    assert.deepEqual(otp.available, ['PASSWORD_SRP', 'PASSWORD', 'EMAIL_OTP']);
    const [message] = await signInCodes(lc, username);
    assert.deepEqual([message.medium, message.destination], ['EMAIL', 'kim@example.net']);
    assert.match(message.code, /^\d{8}$/);
    const wrong = message.code === '00000000' ? '11111111' : '00000000';
    assertError(await answer(lc, 'EMAIL_OTP', otp.session, username, { EMAIL_OTP_CODE: wrong }), 'CodeMismatchException', 'Invalid code or auth state for the user.');
    assertError(await answer(lc, 'EMAIL_OTP', otp.session, username, { EMAIL_OTP_MFA_CODE: message.code }), 'InvalidParameterException', 'Missing required parameter EMAIL_OTP_CODE');
    expectTokens(await answer(lc, 'EMAIL_OTP', otp.session, username, { EMAIL_OTP_CODE: message.code }));
    assertError(await answer(lc, 'EMAIL_OTP', otp.session, username, { EMAIL_OTP_CODE: message.code }), 'NotAuthorizedException', /only be used once/);
    assert.equal((await outbox(lc, username)).filter((m) => m.purpose === 'MFA').length, 0);
  });

  it('SMS_OTP picked from SELECT_CHALLENGE', async () => {
    const select = expectFirstFactor(await userAuth(lc, 'sms-code'), 'SELECT_CHALLENGE');
    const before = (await signInCodes(lc, 'sms-code')).length;
    const otp = expectFirstFactor(await answer(lc, 'SELECT_CHALLENGE', select.session, 'sms-code', { ANSWER: 'SMS_OTP' }), 'SMS_OTP');
    assert.deepEqual(otp.parameters, { CODE_DELIVERY_DELIVERY_MEDIUM: 'SMS', CODE_DELIVERY_DESTINATION: '+*******0015' });
    const codes = await signInCodes(lc, 'sms-code');
    assert.equal(codes.length, before + 1);
    const { code, destination } = codes[codes.length - 1];
    assert.equal(destination, '+15555550015');
    expectTokens(await answer(lc, 'SMS_OTP', otp.session, 'sms-code', { SMS_OTP_CODE: code }));
  });

  it('a late code is ExpiredCodeException; signing in again supersedes the earlier code', async () => {
    const username = await createUser(lc, 'ua-late', { phone_number: '+15555550142', email: undefined });
    await withSettings(lc, { firstFactorCodeTtlSeconds: 0.3 }, async () => {
      const otp = expectFirstFactor(await userAuth(lc, username, { PREFERRED_CHALLENGE: 'SMS_OTP' }), 'SMS_OTP');
      const [{ code }] = await signInCodes(lc, username);
      await sleep(450);
      assertError(await answer(lc, 'SMS_OTP', otp.session, username, { SMS_OTP_CODE: code }), 'ExpiredCodeException');
    });
    const first = expectFirstFactor(await userAuth(lc, username, { PREFERRED_CHALLENGE: 'SMS_OTP' }), 'SMS_OTP');
    const second = expectFirstFactor(await userAuth(lc, username, { PREFERRED_CHALLENGE: 'SMS_OTP' }), 'SMS_OTP');
    const codes = await signInCodes(lc, username);
    assertError(await answer(lc, 'SMS_OTP', first.session, username, { SMS_OTP_CODE: codes[1].code }), 'NotAuthorizedException', EXPIRED);
    expectTokens(await answer(lc, 'SMS_OTP', second.session, username, { SMS_OTP_CODE: codes[2].code }));
  });

  it('wrongCodeAttempts ends the Session after that many wrong codes (first-factor and MFA codes alike)', async () => {
    const username = await createUser(lc, 'ua-wrong', { email: 'wrong@example.com' });
    await withSettings(lc, { wrongCodeAttempts: 2 }, async () => {
      const otp = expectFirstFactor(await userAuth(lc, username, { PREFERRED_CHALLENGE: 'EMAIL_OTP' }), 'EMAIL_OTP');
      const [{ code }] = await signInCodes(lc, username);
      const wrong = code === '00000000' ? '11111111' : '00000000';
      assertError(await answer(lc, 'EMAIL_OTP', otp.session, username, { EMAIL_OTP_CODE: wrong }), 'CodeMismatchException');
      assertError(await answer(lc, 'EMAIL_OTP', otp.session, username, { EMAIL_OTP_CODE: wrong }), 'NotAuthorizedException', 'Incorrect username or password.');
      assertError(await answer(lc, 'EMAIL_OTP', otp.session, username, { EMAIL_OTP_CODE: code }), 'NotAuthorizedException', /only be used once/);

      const mfaUser = await createUser(lc, 'ua-wrong-mfa', { mfa: { email: true } });
      const mfa = expectChallenge(await passwordSignInChallenge(mfaUser), 'EMAIL_OTP');
      assertError(await call(lc, 'RespondToAuthChallenge', { ClientId: lc.clientId, ChallengeName: 'EMAIL_OTP', Session: mfa.session, ChallengeResponses: { USERNAME: mfaUser, EMAIL_OTP_CODE: 'x' } }), 'CodeMismatchException');
      assertError(await call(lc, 'RespondToAuthChallenge', { ClientId: lc.clientId, ChallengeName: 'EMAIL_OTP', Session: mfa.session, ChallengeResponses: { USERNAME: mfaUser, EMAIL_OTP_CODE: 'x' } }), 'NotAuthorizedException');
    });
  });

  it('an unverified email is offered and verified by the right code (VERIFY); HIDE leaves it out', async () => {
    const username = await createUser(lc, 'ua-unverified', { email: 'fresh@example.com', attributes: { email_verified: 'false' } });
    await withSettings(lc, { unverifiedContactOtp: 'HIDE' }, async () => {
      assert.deepEqual(expectFirstFactor(await userAuth(lc, username), 'SELECT_CHALLENGE').available, ['PASSWORD_SRP', 'PASSWORD']);
    });
    const otp = expectFirstFactor(await userAuth(lc, username, { PREFERRED_CHALLENGE: 'EMAIL_OTP' }), 'EMAIL_OTP');
    const [{ code }] = await signInCodes(lc, username);
    const tokens = expectTokens(await answer(lc, 'EMAIL_OTP', otp.session, username, { EMAIL_OTP_CODE: code }));
    const user = (await call(lc, 'GetUser', { AccessToken: tokens.AccessToken })).body;
    assert.equal(user.UserAttributes.find((a: { Name: string }) => a.Name === 'email_verified')?.Value, 'true');
  });
});

/** A USER_PASSWORD_AUTH sign-in through the client without USER_AUTH (for MFA challenges there). */
function passwordSignInChallenge(username: string) {
  return call(lc, 'InitiateAuth', { AuthFlow: 'USER_PASSWORD_AUTH', ClientId: lc.clientId, AuthParameters: { USERNAME: username, PASSWORD } });
}

describe('the MFA rule', () => {
  it('a user with MFA is offered only password factors; the seeded MFA users show it', async () => {
    assert.deepEqual(expectFirstFactor(await userAuth(lc, 'choose-mfa'), 'SELECT_CHALLENGE').available, ['PASSWORD_SRP', 'PASSWORD']);
    assert.deepEqual(expectFirstFactor(await userAuth(lc, 'setup-totp'), 'SELECT_CHALLENGE').available, ['PASSWORD_SRP', 'PASSWORD']);
    const withPasskey = await userWithPasskey('ua-mfa-key', { mfa: { email: true } });
    assert.deepEqual(expectFirstFactor(await userAuth(lc, withPasskey, { PREFERRED_CHALLENGE: 'WEB_AUTHN' }), 'SELECT_CHALLENGE').available, ['PASSWORD_SRP', 'PASSWORD']);
    await withSettings(lc, { mfaConfiguration: 'ON' }, async () => {
      assert.deepEqual(expectFirstFactor(await userAuth(lc, 'email-code'), 'SELECT_CHALLENGE').available, ['PASSWORD_SRP', 'PASSWORD']);
    });
    await withSettings(lc, { mfaConfiguration: 'OFF' }, async () => {
      assert.deepEqual(expectFirstFactor(await userAuth(lc, 'choose-mfa'), 'SELECT_CHALLENGE').available, ['PASSWORD_SRP', 'PASSWORD', 'EMAIL_OTP', 'SMS_OTP']);
    });
  });

  it('passwordlessHiddenWithMfa false: the code is offered and gives tokens; mfaAfterPasswordless adds the MFA step', async () => {
    const username = await createUser(lc, 'ua-mfa-otp', { mfa: { totpSecret: SECRET } });
    await withSettings(lc, { passwordlessHiddenWithMfa: false }, async () => {
      const otp = expectFirstFactor(await userAuth(lc, username, { PREFERRED_CHALLENGE: 'EMAIL_OTP' }), 'EMAIL_OTP');
      const [{ code }] = await signInCodes(lc, username);
      expectTokens(await answer(lc, 'EMAIL_OTP', otp.session, username, { EMAIL_OTP_CODE: code }));
    });
    await withSettings(lc, { passwordlessHiddenWithMfa: false, mfaAfterPasswordless: true }, async () => {
      const otp = expectFirstFactor(await userAuth(lc, username, { PREFERRED_CHALLENGE: 'EMAIL_OTP' }), 'EMAIL_OTP');
      const codes = await signInCodes(lc, username);
      const mfa = expectChallenge(await answer(lc, 'EMAIL_OTP', otp.session, username, { EMAIL_OTP_CODE: codes[codes.length - 1].code }), 'SOFTWARE_TOKEN_MFA');
      assert.equal(mfa.parameters.USERNAME, username);
    });
  });
});
