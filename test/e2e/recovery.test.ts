/**
 * End to end: the ways back in and the ways things go wrong: unconfirmed users, forced and
 * forgotten passwords, an expired challenge, lockout and a failing network.
 */
import { expect, oneEvent } from '@open-wc/testing';
import { fill, input, submit, waitFor } from '../support/dom.js';
import { buttonNamed, describedBy, formAlert, freshName, mountFlow, signedIn, signInAs, STRONG } from '../support/flow.js';
import { createUser, latestCode, setFault, setLocalSettings } from '../support/local-cognito.js';

const NEW_PASSWORD = 'Brand-New-Pass-77';

describe('e2e: unconfirmed user at sign-in', () => {
  it('lands on the code step with a new code sent; confirming leads back to sign-in, then in', async () => {
    const user = await createUser({ username: freshName('unconf'), password: STRONG, email: 'u@example.com', status: 'UNCONFIRMED' });
    const el = await mountFlow();
    const started = new Date().toISOString();
    signInAs(el, user.username, STRONG);
    // The step shows at once; where the new code went follows when Cognito answers.
    await waitFor(() => /^We sent a code by email to /.test(el.querySelector('auth-confirm-code .auth-code-sent')?.textContent ?? ''));
    fill(el, { code: await latestCode(user.username, started) });
    submit(el);
    await waitFor(() => el.querySelector('auth-sign-in form'));
    expect(input(el, 'username').value).to.equal(user.username);
    fill(el, { password: STRONG });
    submit(el);
    await signedIn(el);
  });
});

describe('e2e: password reset', () => {
  it('forced reset (PasswordResetRequiredException): code + new password, back to sign-in with the username', async () => {
    const user = await createUser({ username: freshName('reset-req'), password: STRONG, email: 'rr@example.com', resetRequired: true });
    const el = await mountFlow();
    const started = new Date().toISOString();
    signInAs(el, user.username, STRONG);
    await waitFor(() => /^We sent a code by email to /.test(el.querySelector('auth-reset-password .auth-code-sent')?.textContent ?? ''));
    const code = await latestCode(user.username, started);

    fill(el, { code: code === '000000' ? '111111' : '000000', password: NEW_PASSWORD });
    submit(el);
    await waitFor(() => input(el, 'code').getAttribute('aria-invalid') === 'true');
    expect(input(el, 'password').value, 'the new password survives a wrong code').to.equal(NEW_PASSWORD);

    fill(el, { code });
    const reset = oneEvent(el, 'auth-password-reset');
    submit(el);
    expect((await reset).detail.username).to.equal(user.username);
    await waitFor(() => el.querySelector('auth-sign-in form'));
    expect(input(el, 'username').value).to.equal(user.username);
    fill(el, { password: NEW_PASSWORD });
    submit(el);
    await signedIn(el);
  });

  it('"Forgot your password?" from sign-in; a weak new password is refused at its field', async () => {
    const user = await createUser({ username: freshName('forgot'), password: STRONG, email: 'fg@example.com' });
    const el = await mountFlow();
    fill(el, { username: user.username });
    buttonNamed(el, 'Forgot your password?').click();
    await waitFor(() => el.querySelector('auth-reset-password input[name=username]'));
    expect(input(el, 'username').value).to.equal(user.username);
    const started = new Date().toISOString();
    submit(el);
    await waitFor(() => el.querySelector('auth-reset-password input[name=code]'));
    const code = await latestCode(user.username, started);
    fill(el, { code, password: 'weakpass' });
    submit(el);
    await waitFor(() => input(el, 'password').getAttribute('aria-invalid') === 'true');
    expect(describedBy(input(el, 'password'))[0], 'the rule it broke').to.equal('Add an uppercase letter to this password.');
    fill(el, { password: NEW_PASSWORD });
    submit(el);
    await waitFor(() => el.querySelector('auth-sign-in .auth-notice'));
    fill(el, { password: NEW_PASSWORD });
    submit(el);
    await signedIn(el);
  });
});

describe('e2e: failures', () => {
  afterEach(async () => {
    await setLocalSettings(null);
    await setFault(null);
  });

  it('an expired challenge Session returns to sign-in with a clear message and the username kept', async () => {
    const user = await createUser({ username: freshName('expire'), password: STRONG, phone_number: '+15550107777', mfa: { sms: true } });
    await setLocalSettings({ authSessionTtlSeconds: 1 });
    const el = await mountFlow();
    const started = new Date().toISOString();
    signInAs(el, user.username, STRONG);
    await waitFor(() => el.querySelector('auth-mfa-code form'));
    const code = await latestCode(user.username, started);
    await new Promise((r) => setTimeout(r, 1500));
    fill(el, { code });
    submit(el);
    await waitFor(() => el.querySelector('auth-sign-in form'));
    await waitFor(() => formAlert(el));
    expect(formAlert(el)).to.equal('That took too long and the sign-in expired. Please sign in again.');
    expect(input(el, 'username').value).to.equal(user.username);
  });

  it('repeated wrong passwords lock the account for a while, with its own message', async () => {
    const user = await createUser({ username: freshName('lock'), password: STRONG });
    await setLocalSettings({ lockoutAttempts: 3, lockoutSeconds: 60 });
    const el = await mountFlow();
    for (let attempt = 1; attempt <= 3; attempt++) {
      const failed = oneEvent(el, 'auth-error');
      signInAs(el, user.username, `Wrong-pass-${attempt}`);
      await failed;
    }
    const locked = oneEvent(el, 'auth-error');
    signInAs(el, user.username, STRONG);
    expect((await locked).detail).to.deep.include({ code: 'passwordAttemptsExceeded', retryable: false });
    await waitFor(() => formAlert(el) === 'Too many failed attempts. Try again in a few minutes (at most 15).');
  });

  it('a dropped connection says so and nothing typed is lost; trying again works', async () => {
    const user = await createUser({ username: freshName('net'), password: STRONG });
    // Chrome silently retries a request whose reused connection dropped, so drop every try.
    await setFault({ operation: 'InitiateAuth', mode: 'network', times: 10, username: user.username });
    const el = await mountFlow();
    const failed = oneEvent(el, 'auth-error');
    signInAs(el, user.username, STRONG);
    expect((await failed).detail).to.deep.include({ code: 'network', retryable: true, name: 'NetworkError' });
    await waitFor(() => formAlert(el));
    expect(formAlert(el)).to.equal('We could not reach the server. Check your connection and try again.');
    expect([input(el, 'username').value, input(el, 'password').value]).to.deep.equal([user.username, STRONG]);
    await setFault(null); // back online
    submit(el);
    await signedIn(el);
  });

  it('throttling is reported as retryable', async () => {
    const user = await createUser({ username: freshName('throttle'), password: STRONG });
    await setFault({ operation: 'InitiateAuth', mode: 'error', error: 'TooManyRequestsException', times: 1, username: user.username });
    const el = await mountFlow();
    const failed = oneEvent(el, 'auth-error');
    signInAs(el, user.username, STRONG);
    expect((await failed).detail).to.deep.include({ code: 'tooManyRequests', retryable: true });
  });

  it('a request that never answers times out: a retryable message at the form, the username kept, a retry signs in', async () => {
    const user = await createUser({ username: freshName('timeout'), password: STRONG });
    await setFault({ operation: 'InitiateAuth', mode: 'hang', times: 1, username: user.username });
    const el = await mountFlow({ requestTimeout: 1500, authFlowType: 'USER_PASSWORD_AUTH' });
    const failed = oneEvent(el, 'auth-error');
    signInAs(el, user.username, STRONG);
    expect((await failed).detail).to.deep.include({ code: 'timeout', retryable: true, name: 'TimeoutError' });
    expect(el.controller!.getSnapshot().pending).to.equal(false);
    expect(await waitFor(() => formAlert(el))).to.equal('The server took too long to answer. Check your connection and try again.');
    expect(input(el, 'username').value).to.equal(user.username);
    fill(el, { password: STRONG });
    submit(el);
    await signedIn(el);
  });

  it('a request that hangs can be abandoned: going to sign-up drops it', async () => {
    const user = await createUser({ username: freshName('hang'), password: STRONG });
    await setFault({ operation: 'InitiateAuth', mode: 'hang', times: 1, username: user.username });
    const el = await mountFlow();
    signInAs(el, user.username, STRONG);
    await waitFor(() => el.controller!.getSnapshot().pending);
    buttonNamed(el, 'Create an account').click();
    await waitFor(() => el.querySelector('auth-sign-up form'));
    expect(el.controller!.getSnapshot().pending).to.equal(false);
  });
});
