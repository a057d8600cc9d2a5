/** SignUp, ConfirmSignUp, ResendConfirmationCode and the password reset, with codes from the outbox. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { assertError, assertOk, call, latestCode, outbox, passwordSignIn, start, uniqueName, type LocalCognito } from './helpers.js';

let lc: LocalCognito;
before(async () => {
  lc = await start();
});
after(() => lc?.stop());

function signUp(username: string, password = 'Good-pass-123', attributes = [{ Name: 'email', Value: `${username}@example.com` }]) {
  return call(lc, 'SignUp', { ClientId: lc.clientId, Username: username, Password: password, UserAttributes: attributes });
}

function confirm(username: string, code: string) {
  return call(lc, 'ConfirmSignUp', { ClientId: lc.clientId, Username: username, ConfirmationCode: code });
}

describe('SignUp', () => {
  it('enforces the default password policy, one rule at a time', async () => {
    const cases = [
      ['Sh-1a', 'Password not long enough'],
      ['NO-LOWER-123', 'Password must have lowercase characters'],
      ['no-upper-123', 'Password must have uppercase characters'],
      ['No-digits-here', 'Password must have numeric characters'],
      ['NoSymbols123', 'Password must have symbol characters'],
    ];
    for (const [password, rule] of cases) {
      assertError(await signUp(uniqueName('weak'), password), 'InvalidPasswordException', `Password did not conform with policy: ${rule}`);
    }
    assertError(await signUp(uniqueName('space'), ' Lead-space-1'), 'InvalidParameterException', /failed to satisfy constraint/);
  });

  it('refuses an existing username with UsernameExistsException', async () => {
    assertError(await signUp('demo'), 'UsernameExistsException', 'User already exists');
  });

  it('validates email and phone formats', async () => {
    assertError(await signUp(uniqueName('mail'), 'Good-pass-123', [{ Name: 'email', Value: 'not-an-email' }]), 'InvalidParameterException', 'Invalid email address format.');
    assertError(await signUp(uniqueName('tel'), 'Good-pass-123', [{ Name: 'phone_number', Value: '0123' }]), 'InvalidParameterException', 'Invalid phone number format.');
  });

  it('masks the destination and puts the unmasked one with the code in the outbox', async () => {
    const username = uniqueName('mask');
    const body = assertOk(await signUp(username));
    assert.equal(body.UserConfirmed, false);
    assert.match(body.UserSub, /^[0-9a-f-]{36}$/);
    assert.deepEqual(body.CodeDeliveryDetails, { AttributeName: 'email', DeliveryMedium: 'EMAIL', Destination: `${username[0]}***@e***` });
    const entry = await latestCode(lc, username);
    assert.equal(entry.purpose, 'SIGN_UP');
    assert.equal(entry.medium, 'EMAIL');
    assert.equal(entry.destination, `${username}@example.com`);
    assert.match(entry.code, /^\d{6}$/);

    const sms = uniqueName('sms');
    const smsBody = assertOk(await signUp(sms, 'Good-pass-123', [{ Name: 'phone_number', Value: '+15555550123' }]));
    assert.deepEqual(smsBody.CodeDeliveryDetails, { AttributeName: 'phone_number', DeliveryMedium: 'SMS', Destination: '+*******0123' });
    assert.equal((await latestCode(lc, sms)).medium, 'SMS');
  });
});

describe('ConfirmSignUp and ResendConfirmationCode', () => {
  it('sign-up → code from the outbox → confirmed, email verified, sign-in works', async () => {
    const username = uniqueName('flow');
    assertOk(await signUp(username));
    const { code } = await latestCode(lc, username);
    const wrong = code === '000000' ? '111111' : '000000';
    assertError(await confirm(username, wrong), 'CodeMismatchException');
    assert.deepEqual(assertOk(await confirm(username, code)), {});
    assertError(await confirm(username, code), 'NotAuthorizedException', 'User cannot be confirmed. Current status is CONFIRMED');
    const tokens = await passwordSignIn(lc, username, 'Good-pass-123');
    const user = assertOk(await call(lc, 'GetUser', { AccessToken: tokens.AccessToken }));
    assert.ok(user.UserAttributes.some((a: { Name: string; Value: string }) => a.Name === 'email_verified' && a.Value === 'true'));
  });

  it('resend: the new code works, the old one no longer does', async () => {
    const username = uniqueName('resend');
    assertOk(await signUp(username));
    const first = await latestCode(lc, username);
    const resent = assertOk(await call(lc, 'ResendConfirmationCode', { ClientId: lc.clientId, Username: username }));
    assert.deepEqual(resent.CodeDeliveryDetails, { AttributeName: 'email', DeliveryMedium: 'EMAIL', Destination: `${username[0]}***@e***` });
    const second = await latestCode(lc, username);
    assert.equal(second.purpose, 'RESEND');
    assert.notEqual(second.id, first.id);
    if (first.code !== second.code) assertError(await confirm(username, first.code), 'CodeMismatchException');
    assertOk(await confirm(username, second.code));
  });

  it('resend for the seeded unconfirmed user, then confirm it', async () => {
    assertOk(await call(lc, 'ResendConfirmationCode', { ClientId: lc.clientId, Username: 'unconfirmed' }));
    const { code, destination } = await latestCode(lc, 'unconfirmed');
    assert.equal(destination, 'unconfirmed@example.com');
    assertOk(await confirm('unconfirmed', code));
    await passwordSignIn(lc, 'unconfirmed', 'Demo-pass-1234');
  });

  it('resend: confirmed user → InvalidParameterException, unknown user → UserNotFoundException', async () => {
    assertError(await call(lc, 'ResendConfirmationCode', { ClientId: lc.clientId, Username: 'demo' }), 'InvalidParameterException', 'User is already confirmed.');
    assertError(await call(lc, 'ResendConfirmationCode', { ClientId: lc.clientId, Username: 'ghost' }), 'UserNotFoundException');
    assertError(await confirm('ghost', '123456'), 'UserNotFoundException');
  });
});

describe('ForgotPassword / ConfirmForgotPassword', () => {
  it('sends a code to the verified email, enforces the policy and sets the new password', async () => {
    const username = uniqueName('reset');
    assertOk(await signUp(username));
    assertOk(await confirm(username, (await latestCode(lc, username)).code));

    const sent = assertOk(await call(lc, 'ForgotPassword', { ClientId: lc.clientId, Username: username }));
    assert.equal(sent.CodeDeliveryDetails.Destination, `${username[0]}***@e***`);
    const { code, purpose } = await latestCode(lc, username);
    assert.equal(purpose, 'FORGOT_PASSWORD');
    const reset = (password: string, confirmationCode = code) =>
      call(lc, 'ConfirmForgotPassword', { ClientId: lc.clientId, Username: username, ConfirmationCode: confirmationCode, Password: password });
    assertError(await reset('weakpass'), 'InvalidPasswordException', /^Password did not conform with policy: /);
    assertError(await reset('New-pass-456', code === '000000' ? '111111' : '000000'), 'CodeMismatchException');
    assertOk(await reset('New-pass-456'));
    assertError(await reset('New-pass-789'), 'CodeMismatchException');
    await passwordSignIn(lc, username, 'New-pass-456');
  });

  it('refuses a user without a verified contact', async () => {
    const username = uniqueName('noverify');
    assertOk(await signUp(username));
    assertError(await call(lc, 'ForgotPassword', { ClientId: lc.clientId, Username: username }), 'InvalidParameterException', /no registered\/verified email/);
  });
});

describe('outbox', () => {
  it('filters by username, keeps order and empties on DELETE', async () => {
    const username = uniqueName('box');
    assertOk(await signUp(username));
    assertOk(await call(lc, 'ResendConfirmationCode', { ClientId: lc.clientId, Username: username }));
    const mine = await outbox(lc, username);
    assert.deepEqual(mine.map((m) => m.purpose), ['SIGN_UP', 'RESEND']);
    assert.ok(mine[0].at <= mine[1].at);
    assert.ok((await outbox(lc)).length > mine.length);
    const response = await fetch(lc.outboxUrl, { method: 'DELETE' });
    assert.equal(response.status, 204);
    assert.deepEqual(await outbox(lc), []);
  });
});
