/** MFA at sign-in, owned by the proxy: SMS_MFA, SOFTWARE_TOKEN_MFA, EMAIL_OTP, SELECT_MFA_TYPE and MFA_SETUP. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { AuthenticationDetails, CognitoUser, CognitoUserPool } from 'amazon-cognito-identity-js';
import { totpCode } from '../src/totp.js';
import {
  PASSWORD,
  assertError,
  assertOk,
  call,
  control,
  createUser,
  currentTotp,
  expectChallenge,
  expectTokens,
  outbox,
  respond,
  signInWithPassword,
  start,
  type LocalCognito,
} from './helpers.js';

const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

let lc: LocalCognito;
before(async () => {
  lc = await start();
});
after(() => lc?.stop());

async function mfaCodes(username: string) {
  return (await outbox(lc, username)).filter((m) => m.purpose === 'MFA');
}

describe('SMS_MFA', () => {
  it('has Cognito-shaped parameters, sends the code to the outbox, and lets a wrong code be retried', async () => {
    const username = await createUser(lc, 'sms', { phone_number: '+15555551234', mfa: { sms: true } });
    const { parameters, session } = expectChallenge(await signInWithPassword(lc, username, PASSWORD, 'USER_SRP_AUTH'), 'SMS_MFA');
    assert.deepEqual(parameters, { CODE_DELIVERY_DELIVERY_MEDIUM: 'SMS', CODE_DELIVERY_DESTINATION: '+*******1234', USER_ID_FOR_SRP: username });
    const [message] = await mfaCodes(username);
    assert.deepEqual([message.medium, message.destination], ['SMS', '+15555551234']);
    assert.match(message.code, /^\d{6}$/);

    const wrong = message.code === '000000' ? '111111' : '000000';
    assertError(await respond(lc, 'SMS_MFA', session, username, { SMS_MFA_CODE: wrong }), 'CodeMismatchException', 'Invalid code or auth state for the user.');
    expectTokens(await respond(lc, 'SMS_MFA', session, username, { SMS_MFA_CODE: message.code }));
    assertError(await respond(lc, 'SMS_MFA', session, username, { SMS_MFA_CODE: message.code }), 'NotAuthorizedException', /only be used once/);
  });

  it('every sign-in sends a fresh code, valid only in its own Session', async () => {
    const username = await createUser(lc, 'sms-again', { phone_number: '+15555550000', mfa: { sms: true } });
    const first = expectChallenge(await signInWithPassword(lc, username), 'SMS_MFA');
    const second = expectChallenge(await signInWithPassword(lc, username), 'SMS_MFA');
    const codes = (await mfaCodes(username)).map((m) => m.code);
    assert.equal(codes.length, 2);
    if (codes[0] !== codes[1]) {
      assertError(await respond(lc, 'SMS_MFA', second.session, username, { SMS_MFA_CODE: codes[0] }), 'CodeMismatchException');
    }
    expectTokens(await respond(lc, 'SMS_MFA', second.session, username, { SMS_MFA_CODE: codes[1] }));
    expectTokens(await respond(lc, 'SMS_MFA', first.session, username, { SMS_MFA_CODE: codes[0] }));
  });

  it('refuses a missing code and a challenge name that is not the Session\'s', async () => {
    const username = await createUser(lc, 'sms-shape', { phone_number: '+15555550001', mfa: { sms: true } });
    const { session } = expectChallenge(await signInWithPassword(lc, username), 'SMS_MFA');
    assertError(await respond(lc, 'SMS_MFA', session, username), 'InvalidParameterException', 'Missing required parameter SMS_MFA_CODE');
    assertError(await respond(lc, 'SOFTWARE_TOKEN_MFA', session, username, { SOFTWARE_TOKEN_MFA_CODE: '123456' }), 'InvalidParameterException');
  });
});

describe('SOFTWARE_TOKEN_MFA', () => {
  it('checks RFC 6238 codes with one step of drift either way', async () => {
    const username = await createUser(lc, 'totp', { mfa: { totpSecret: SECRET } });
    const { parameters, session } = expectChallenge(await signInWithPassword(lc, username, PASSWORD, 'USER_SRP_AUTH'), 'SOFTWARE_TOKEN_MFA');
    assert.deepEqual(parameters, { USER_ID_FOR_SRP: username });
    const now = Date.now();
    const stale = totpCode(SECRET, now - 90_000);
    const candidates = [-1, 0, 1].map((d) => totpCode(SECRET, now + d * 30_000));
    if (!candidates.includes(stale)) {
      assertError(await respond(lc, 'SOFTWARE_TOKEN_MFA', session, username, { SOFTWARE_TOKEN_MFA_CODE: stale }), 'CodeMismatchException', 'Invalid code received for user');
    }
    assertError(await respond(lc, 'SOFTWARE_TOKEN_MFA', session, username, { SOFTWARE_TOKEN_MFA_CODE: 'abc' }), 'CodeMismatchException');
    expectTokens(await respond(lc, 'SOFTWARE_TOKEN_MFA', session, username, { SOFTWARE_TOKEN_MFA_CODE: totpCode(SECRET, now - 30_000) }));

    const again = expectChallenge(await signInWithPassword(lc, username), 'SOFTWARE_TOKEN_MFA');
    const code = await currentTotp(lc, { username });
    const viaSecret = await currentTotp(lc, { secret: SECRET.toLowerCase() });
    assert.ok([-1, 0, 1].map((d) => totpCode(SECRET, Date.now() + d * 30_000)).includes(viaSecret));
    expectTokens(await respond(lc, 'SOFTWARE_TOKEN_MFA', again.session, username, { SOFTWARE_TOKEN_MFA_CODE: code }));
  });

  it('matches the RFC 6238 test vector', () => {
    // RFC 6238 appendix B, SHA-1, T = 59 s: 94287082 → the last six digits.
    assert.equal(totpCode('GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ', 59_000), '287082');
    assert.equal(totpCode('GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ', 1_111_111_109_000), '081804');
  });
});

describe('EMAIL_OTP', () => {
  it('sends the code by email with a masked destination', async () => {
    const username = await createUser(lc, 'emailmfa', { email: 'dana@example.org', mfa: { email: true } });
    const { parameters, session } = expectChallenge(await signInWithPassword(lc, username, PASSWORD, 'USER_SRP_AUTH'), 'EMAIL_OTP');
    assert.deepEqual(parameters, { CODE_DELIVERY_DELIVERY_MEDIUM: 'EMAIL', CODE_DELIVERY_DESTINATION: 'd***@e***', USER_ID_FOR_SRP: username });
    const [message] = await mfaCodes(username);
    assert.deepEqual([message.medium, message.destination], ['EMAIL', 'dana@example.org']);
    assertError(await respond(lc, 'EMAIL_OTP', session, username, { EMAIL_OTP_CODE: message.code === '000000' ? '111111' : '000000' }), 'CodeMismatchException');
    expectTokens(await respond(lc, 'EMAIL_OTP', session, username, { EMAIL_OTP_CODE: message.code }));
  });
});

describe('SELECT_MFA_TYPE', () => {
  it('offers every method when none is preferred; the answer leads to that challenge', async () => {
    const username = await createUser(lc, 'choose', { phone_number: '+15555550002', mfa: { sms: true, email: true, totpSecret: SECRET } });
    const { parameters, session } = expectChallenge(await signInWithPassword(lc, username, PASSWORD, 'USER_SRP_AUTH'), 'SELECT_MFA_TYPE');
    assert.deepEqual(parameters, { MFAS_CAN_CHOOSE: '["SMS_MFA","SOFTWARE_TOKEN_MFA","EMAIL_OTP"]', USER_ID_FOR_SRP: username });
    assertError(await respond(lc, 'SELECT_MFA_TYPE', session, username, { ANSWER: 'WEB_AUTHN' }), 'InvalidParameterException');
    const email = expectChallenge(await respond(lc, 'SELECT_MFA_TYPE', session, username, { ANSWER: 'EMAIL_OTP' }), 'EMAIL_OTP');
    assert.notEqual(email.session, session);
    assert.equal(email.parameters.CODE_DELIVERY_DELIVERY_MEDIUM, 'EMAIL');
    const [message] = await mfaCodes(username);
    expectTokens(await respond(lc, 'EMAIL_OTP', email.session, username, { EMAIL_OTP_CODE: message.code }));

    const totp = expectChallenge(await signInWithPassword(lc, username), 'SELECT_MFA_TYPE');
    const next = expectChallenge(await respond(lc, 'SELECT_MFA_TYPE', totp.session, username, { ANSWER: 'SOFTWARE_TOKEN_MFA' }), 'SOFTWARE_TOKEN_MFA');
    expectTokens(await respond(lc, 'SOFTWARE_TOKEN_MFA', next.session, username, { SOFTWARE_TOKEN_MFA_CODE: await currentTotp(lc, { username }) }));
  });

  it('lists only the methods the user has, and a preferred one skips the choice', async () => {
    const two = await createUser(lc, 'choose-two', { phone_number: '+15555550004', mfa: { sms: true, totpSecret: SECRET } });
    const { parameters } = expectChallenge(await signInWithPassword(lc, two), 'SELECT_MFA_TYPE');
    assert.equal(parameters.MFAS_CAN_CHOOSE, '["SMS_MFA","SOFTWARE_TOKEN_MFA"]');
    const preferred = await createUser(lc, 'preferred', { phone_number: '+15555550005', mfa: { sms: true, totpSecret: SECRET, preferred: 'TOTP' } });
    expectChallenge(await signInWithPassword(lc, preferred), 'SOFTWARE_TOKEN_MFA');
  });
});

describe('MFA_SETUP', () => {
  const setUp = async (canSetUp?: ('TOTP' | 'EMAIL')[], extra = {}) => {
    const username = await createUser(lc, 'setup', { mfaRequired: true, ...(canSetUp ? { mfaCanSetUp: canSetUp } : {}), ...extra });
    return { username, ...expectChallenge(await signInWithPassword(lc, username), 'MFA_SETUP') };
  };

  it('TOTP: AssociateSoftwareToken and VerifySoftwareToken by Session, each handing back a new one; then tokens, and TOTP from then on', async () => {
    const { username, parameters, session } = await setUp();
    assert.deepEqual(parameters, { MFAS_CAN_SETUP: '["SOFTWARE_TOKEN_MFA","EMAIL_OTP"]', USER_ID_FOR_SRP: username });

    const associated = assertOk(await call(lc, 'AssociateSoftwareToken', { Session: session }));
    assert.match(associated.SecretCode, /^[A-Z2-7]{32}$/);
    assert.ok(associated.Session && associated.Session !== session);
    assertError(await call(lc, 'AssociateSoftwareToken', { Session: session }), 'NotAuthorizedException', /only be used once/);

    const verify = (Session: string, UserCode: string) => call(lc, 'VerifySoftwareToken', { Session, UserCode, FriendlyDeviceName: 'phone' });
    const code = await currentTotp(lc, { secret: associated.SecretCode });
    const stale = totpCode(associated.SecretCode, Date.now() - 120_000);
    if (stale !== code) assertError(await verify(associated.Session, stale), 'EnableSoftwareTokenMFAException', 'Code mismatch and fail enable Software Token MFA');
    const verified = assertOk(await verify(associated.Session, code));
    assert.equal(verified.Status, 'SUCCESS');
    assert.ok(verified.Session && verified.Session !== associated.Session);

    assertError(await respond(lc, 'MFA_SETUP', session, username), 'NotAuthorizedException', /only be used once/);
    assertError(await respond(lc, 'MFA_SETUP', associated.Session, username), 'NotAuthorizedException', /only be used once/);
    expectTokens(await respond(lc, 'MFA_SETUP', verified.Session, username));

    const next = expectChallenge(await signInWithPassword(lc, username), 'SOFTWARE_TOKEN_MFA');
    expectTokens(await respond(lc, 'SOFTWARE_TOKEN_MFA', next.session, username, { SOFTWARE_TOKEN_MFA_CODE: await currentTotp(lc, { username }) }));
  });

  it('TOTP: answering MFA_SETUP before the code is verified is refused, and the Session stays usable', async () => {
    const { username, session } = await setUp(['TOTP']);
    const associated = assertOk(await call(lc, 'AssociateSoftwareToken', { Session: session }));
    assertError(await respond(lc, 'MFA_SETUP', associated.Session, username), 'InvalidParameterException');
    assertError(await call(lc, 'VerifySoftwareToken', { Session: associated.Session, UserCode: '12' }), 'EnableSoftwareTokenMFAException');
    const verified = assertOk(await call(lc, 'VerifySoftwareToken', { Session: associated.Session, UserCode: await currentTotp(lc, { secret: associated.SecretCode }) }));
    expectTokens(await respond(lc, 'MFA_SETUP', verified.Session, username));
  });

  it('EMAIL: MFA_SETUP with EMAIL sends an EMAIL_OTP there; the right code gives tokens, a verified email and email MFA', async () => {
    const { username, session } = await setUp(undefined, { email: undefined });
    assertError(await respond(lc, 'MFA_SETUP', session, username, { EMAIL: 'not-an-address' }), 'InvalidParameterException', 'Invalid email address format.');
    const otp = expectChallenge(await respond(lc, 'MFA_SETUP', session, username, { EMAIL: 'erin@example.net' }), 'EMAIL_OTP');
    assert.deepEqual(otp.parameters, { CODE_DELIVERY_DELIVERY_MEDIUM: 'EMAIL', CODE_DELIVERY_DESTINATION: 'e***@e***', USER_ID_FOR_SRP: username });
    const [message] = await mfaCodes(username);
    assert.equal(message.destination, 'erin@example.net');
    const tokens = expectTokens(await respond(lc, 'EMAIL_OTP', otp.session, username, { EMAIL_OTP_CODE: message.code }));

    const user = assertOk(await call(lc, 'GetUser', { AccessToken: tokens.AccessToken }));
    const attributes = Object.fromEntries(user.UserAttributes.map((a: { Name: string; Value: string }) => [a.Name, a.Value]));
    assert.deepEqual([attributes.email, attributes.email_verified], ['erin@example.net', 'true']);
    expectChallenge(await signInWithPassword(lc, username), 'EMAIL_OTP');
  });

  it('offers only what the user may set up', async () => {
    const totpOnly = await setUp(['TOTP']);
    assert.equal(totpOnly.parameters.MFAS_CAN_SETUP, '["SOFTWARE_TOKEN_MFA"]');
    assertError(await respond(lc, 'MFA_SETUP', totpOnly.session, totpOnly.username, { EMAIL: 'x@example.com' }), 'InvalidParameterException');
    const emailOnly = await setUp(['EMAIL']);
    assert.equal(emailOnly.parameters.MFAS_CAN_SETUP, '["EMAIL_OTP"]');
    assertError(await call(lc, 'AssociateSoftwareToken', { Session: emailOnly.session }), 'InvalidParameterException');
  });

  it('the pool-wide switch: mfaConfiguration ON sends a user without MFA to MFA_SETUP, OFF skips even a user\'s SMS', async () => {
    const plain = await createUser(lc, 'pool-on');
    const sms = await createUser(lc, 'pool-off', { phone_number: '+15555550006', mfa: { sms: true } });
    try {
      assert.equal((await control(lc, 'PUT', '/settings', { mfaConfiguration: 'ON' })).status, 200);
      expectChallenge(await signInWithPassword(lc, plain), 'MFA_SETUP');
      await control(lc, 'PUT', '/settings', { mfaConfiguration: 'OFF' });
      expectTokens(await signInWithPassword(lc, sms));
    } finally {
      await control(lc, 'DELETE', '/settings');
    }
    expectTokens(await signInWithPassword(lc, plain));
  });
});

describe('MFA management while signed in', () => {
  const mfaOf = async (accessToken: string) => {
    const user = assertOk(await call(lc, 'GetUser', { AccessToken: accessToken }));
    return { list: user.UserMFASettingList, preferred: user.PreferredMfaSetting };
  };

  it('AssociateSoftwareToken / VerifySoftwareToken with an AccessToken enable TOTP for the next sign-in; SetUserMFAPreference turns it off and on', async () => {
    const username = await createUser(lc, 'later-totp');
    const { AccessToken } = expectTokens(await signInWithPassword(lc, username));
    assert.deepEqual(await mfaOf(AccessToken), { list: undefined, preferred: undefined });
    assertError(await call(lc, 'SetUserMFAPreference', { AccessToken, SoftwareTokenMfaSettings: { Enabled: true } }), 'InvalidParameterException');

    const { SecretCode } = assertOk(await call(lc, 'AssociateSoftwareToken', { AccessToken }));
    assert.match(SecretCode, /^[A-Z2-7]{32}$/);
    assertError(await call(lc, 'VerifySoftwareToken', { AccessToken, UserCode: '12' }), 'EnableSoftwareTokenMFAException');
    const code = await currentTotp(lc, { secret: SecretCode });
    assert.deepEqual(assertOk(await call(lc, 'VerifySoftwareToken', { AccessToken, UserCode: code, FriendlyDeviceName: 'phone' })), { Status: 'SUCCESS' });
    assert.deepEqual(await mfaOf(AccessToken), { list: ['SOFTWARE_TOKEN_MFA'], preferred: undefined });
    expectChallenge(await signInWithPassword(lc, username), 'SOFTWARE_TOKEN_MFA');

    assertOk(await call(lc, 'SetUserMFAPreference', { AccessToken, SoftwareTokenMfaSettings: { Enabled: false } }));
    expectTokens(await signInWithPassword(lc, username));
    assertOk(await call(lc, 'SetUserMFAPreference', { AccessToken, SoftwareTokenMfaSettings: { Enabled: true, PreferredMfa: true } }));
    assert.deepEqual(await mfaOf(AccessToken), { list: ['SOFTWARE_TOKEN_MFA'], preferred: 'SOFTWARE_TOKEN_MFA' });
    expectChallenge(await signInWithPassword(lc, username), 'SOFTWARE_TOKEN_MFA');
  });

  it('SMS and email preferences need a phone number / address; AdminSetUserMFAPreference works the same', async () => {
    const username = await createUser(lc, 'later-sms');
    const { AccessToken } = expectTokens(await signInWithPassword(lc, username));
    assertError(await call(lc, 'SetUserMFAPreference', { AccessToken, SMSMfaSettings: { Enabled: true } }), 'InvalidParameterException');
    assertOk(await call(lc, 'SetUserMFAPreference', { AccessToken, EmailMfaSettings: { Enabled: true, PreferredMfa: true } }));
    expectChallenge(await signInWithPassword(lc, username), 'EMAIL_OTP');

    const phone = await createUser(lc, 'admin-pref', { phone_number: '+15555550007', mfa: { email: true } });
    assertOk(await call(lc, 'AdminSetUserMFAPreference', { UserPoolId: lc.userPoolId, Username: phone, SMSMfaSettings: { Enabled: true } }));
    expectChallenge(await signInWithPassword(lc, phone), 'SELECT_MFA_TYPE');
    assertOk(await call(lc, 'AdminSetUserMFAPreference', { UserPoolId: lc.userPoolId, Username: phone, SMSMfaSettings: { Enabled: true, PreferredMfa: true } }));
    expectChallenge(await signInWithPassword(lc, phone), 'SMS_MFA');
  });
});

describe('amazon-cognito-identity-js callbacks', () => {
  type Outcome = { callback: string; parameters?: unknown };
  function authenticate(user: CognitoUser, password: string): Promise<Outcome> {
    return new Promise((resolve) => {
      user.authenticateUser(new AuthenticationDetails({ Username: user.getUsername(), Password: password }), {
        onSuccess: () => resolve({ callback: 'onSuccess' }),
        onFailure: (error: Error & { code?: string }) => resolve({ callback: 'onFailure', parameters: error.code }),
        mfaRequired: (name, parameters) => resolve({ callback: 'mfaRequired', parameters: { name, ...parameters } }),
        totpRequired: (name, parameters) => resolve({ callback: 'totpRequired', parameters: { name, ...parameters } }),
        selectMFAType: (name, parameters) => resolve({ callback: 'selectMFAType', parameters: { name, ...parameters } }),
      });
    });
  }
  function sendCode(user: CognitoUser, code: string, type?: string): Promise<Outcome> {
    return new Promise((resolve) => {
      user.sendMFACode(
        code,
        {
          onSuccess: () => resolve({ callback: 'onSuccess' }),
          onFailure: (error: Error & { code?: string }) => resolve({ callback: 'onFailure', parameters: error.code }),
        },
        type,
      );
    });
  }
  const cognitoUser = (username: string) =>
    new CognitoUser({ Username: username, Pool: new CognitoUserPool({ UserPoolId: lc.userPoolId, ClientId: lc.clientId, endpoint: lc.endpoint }) });

  it('mfaRequired for SMS, then sendMFACode', async () => {
    const username = await createUser(lc, 'ijs-sms', { phone_number: '+15555559876', mfa: { sms: true } });
    const user = cognitoUser(username);
    assert.deepEqual(await authenticate(user, PASSWORD), {
      callback: 'mfaRequired',
      parameters: { name: 'SMS_MFA', CODE_DELIVERY_DELIVERY_MEDIUM: 'SMS', CODE_DELIVERY_DESTINATION: '+*******9876', USER_ID_FOR_SRP: username },
    });
    const [message] = await mfaCodes(username);
    assert.deepEqual(await sendCode(user, message.code === '000000' ? '111111' : '000000'), { callback: 'onFailure', parameters: 'CodeMismatchException' });
    assert.deepEqual(await sendCode(user, message.code), { callback: 'onSuccess' });
  });

  it('mfaSetup, then associateSoftwareToken and verifySoftwareToken by Session', async () => {
    const username = await createUser(lc, 'ijs-setup', { mfaRequired: true, mfaCanSetUp: ['TOTP'] });
    const user = cognitoUser(username);
    const setup = await new Promise<Outcome>((resolve) =>
      user.authenticateUser(new AuthenticationDetails({ Username: username, Password: PASSWORD }), {
        onSuccess: () => resolve({ callback: 'onSuccess' }),
        onFailure: (error: Error & { code?: string }) => resolve({ callback: 'onFailure', parameters: error.code }),
        mfaSetup: (name, parameters) => resolve({ callback: 'mfaSetup', parameters: { name, ...parameters } }),
      }),
    );
    assert.deepEqual(setup, { callback: 'mfaSetup', parameters: { name: 'MFA_SETUP', MFAS_CAN_SETUP: '["SOFTWARE_TOKEN_MFA"]', USER_ID_FOR_SRP: username } });
    const secret = await new Promise<string>((resolve, reject) =>
      user.associateSoftwareToken({ associateSecretCode: resolve, onFailure: reject }),
    );
    const code = await currentTotp(lc, { secret });
    const verified = await new Promise<Outcome>((resolve) =>
      user.verifySoftwareToken(code, 'phone', {
        onSuccess: () => resolve({ callback: 'onSuccess' }),
        onFailure: (error: Error & { code?: string }) => resolve({ callback: 'onFailure', parameters: error.code }),
      }),
    );
    assert.deepEqual(verified, { callback: 'onSuccess' });
    assert.equal(user.getSignInUserSession()?.isValid(), true);
  });

  it('totpRequired for an authenticator app, then sendMFACode with SOFTWARE_TOKEN_MFA', async () => {
    const username = await createUser(lc, 'ijs-totp', { mfa: { totpSecret: SECRET } });
    const user = cognitoUser(username);
    assert.equal((await authenticate(user, PASSWORD)).callback, 'totpRequired');
    assert.deepEqual(await sendCode(user, await currentTotp(lc, { username }), 'SOFTWARE_TOKEN_MFA'), { callback: 'onSuccess' });
  });
});
