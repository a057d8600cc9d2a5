/** MFA at sign-in, owned by the proxy: SMS_MFA, SOFTWARE_TOKEN_MFA, EMAIL_OTP and SELECT_MFA_TYPE. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { AuthenticationDetails, CognitoUser, CognitoUserPool } from 'amazon-cognito-identity-js';
import { totpCode } from '../src/totp.js';
import {
  PASSWORD,
  assertError,
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
    const { parameters, session } = expectChallenge(await signInWithPassword(lc, username), 'SMS_MFA');
    assert.deepEqual(parameters, { CODE_DELIVERY_DELIVERY_MEDIUM: 'SMS', CODE_DELIVERY_DESTINATION: '+*******1234', USER_ID_FOR_SRP: username });
    const [message] = await mfaCodes(username);
    assert.deepEqual([message.medium, message.destination], ['SMS', '+15555551234']);
    assert.match(message.code, /^\d{6}$/);

    const wrong = message.code === '000000' ? '111111' : '000000';
    assertError(await respond(lc, 'SMS_MFA', session, username, { SMS_MFA_CODE: wrong }), 'CodeMismatchException', 'Invalid code or auth state for the user.');
    expectTokens(await respond(lc, 'SMS_MFA', session, username, { SMS_MFA_CODE: message.code }));
    assertError(await respond(lc, 'SMS_MFA', session, username, { SMS_MFA_CODE: message.code }), 'NotAuthorizedException', /only be used once/);
  });

  it('follows USER_PASSWORD_AUTH too, and every sign-in sends a fresh code valid only in its own Session', async () => {
    const username = await createUser(lc, 'sms-again', { phone_number: '+15555550000', mfa: { sms: true } });
    const first = expectChallenge(await signInWithPassword(lc, username, PASSWORD, 'USER_PASSWORD_AUTH'), 'SMS_MFA');
    const second = expectChallenge(await signInWithPassword(lc, username, PASSWORD, 'USER_PASSWORD_AUTH'), 'SMS_MFA');
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
    const { parameters, session } = expectChallenge(await signInWithPassword(lc, username), 'SOFTWARE_TOKEN_MFA');
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
    const { parameters, session } = expectChallenge(await signInWithPassword(lc, username), 'EMAIL_OTP');
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
    const { parameters, session } = expectChallenge(await signInWithPassword(lc, username), 'SELECT_MFA_TYPE');
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

  it('totpRequired for an authenticator app, then sendMFACode with SOFTWARE_TOKEN_MFA', async () => {
    const username = await createUser(lc, 'ijs-totp', { mfa: { totpSecret: SECRET } });
    const user = cognitoUser(username);
    assert.equal((await authenticate(user, PASSWORD)).callback, 'totpRequired');
    assert.deepEqual(await sendCode(user, await currentTotp(lc, { username }), 'SOFTWARE_TOKEN_MFA'), { callback: 'onSuccess' });
  });
});
