/** MFA at sign-in, end to end against the local Cognito: SMS, authenticator app, email, and choosing. */
import { expect, oneEvent } from '@open-wc/testing';
import { fill, input, submit, waitFor } from '../support/dom.js';
import { describedBy, freshName, mountFlow, signedIn, signInAs, STRONG } from '../support/flow.js';
import { createUser, latestCode, setLocalSettings, totpCode } from '../support/local-cognito.js';

const TOTP_SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

async function wrongCodeFor(code: string): Promise<string> {
  return code === '000000' ? '111111' : '000000';
}

describe('e2e: SMS code (SMS_MFA)', () => {
  afterEach(() => setLocalSettings(null));

  it('code sent to a masked phone; a wrong code; then the right one signs in', async () => {
    const user = await createUser({ username: freshName('sms'), password: STRONG, phone_number: '+15550101234', mfa: { sms: true } });
    const el = await mountFlow();
    const started = new Date().toISOString();
    const sent = oneEvent(el, 'auth-code-sent');
    signInAs(el, user.username, STRONG);
    expect((await sent).detail).to.deep.include({ medium: 'SMS', step: 'confirmSignInWithSmsCode' });
    await waitFor(() => el.querySelector('auth-mfa-code form'));
    expect(el.querySelector('.auth-code-sent')!.textContent).to.match(/^We sent a code by text message to \+\*+1234\.$/);
    const code = await latestCode(user.username, started);

    fill(el, { code: await wrongCodeFor(code) });
    submit(el);
    await waitFor(() => input(el, 'code').getAttribute('aria-invalid') === 'true');
    expect(describedBy(input(el, 'code'))[0]).to.equal('That code is not right. Check it and try again.');

    fill(el, { code });
    submit(el);
    await signedIn(el);
  });

  it('an expired code says so; "Send a new code" sends one that works', async () => {
    const user = await createUser({ username: freshName('sms-exp'), password: STRONG, phone_number: '+15550104321', mfa: { sms: true } });
    await setLocalSettings({ mfaCodeTtlSeconds: 1 });
    const el = await mountFlow();
    const started = new Date().toISOString();
    signInAs(el, user.username, STRONG);
    await waitFor(() => el.querySelector('auth-mfa-code form'));
    const first = await latestCode(user.username, started);
    await new Promise((r) => setTimeout(r, 1500));
    fill(el, { code: first });
    submit(el);
    await waitFor(() => input(el, 'code').getAttribute('aria-invalid') === 'true');
    expect(describedBy(input(el, 'code'))[0]).to.equal('That code has expired. Ask for a new one.');

    await setLocalSettings(null);
    const resent = new Date().toISOString();
    el.querySelector<HTMLButtonElement>('button[value=resend]')!.click();
    await waitFor(() => el.querySelector('.auth-notice')?.textContent === 'A new code is on its way.');
    fill(el, { code: await latestCode(user.username, resent) });
    submit(el);
    await signedIn(el);
  });
});

describe('e2e: authenticator-app code (SOFTWARE_TOKEN_MFA)', () => {
  it('a wrong code stays on the step; the app’s current code signs in', async () => {
    const user = await createUser({ username: freshName('totp'), password: STRONG, mfa: { totpSecret: TOTP_SECRET } });
    const el = await mountFlow();
    signInAs(el, user.username, STRONG);
    await waitFor(() => el.querySelector('auth-mfa-code form'));
    expect(el.querySelector('h2')!.textContent).to.equal('Enter the code from your authenticator app');
    const code = await totpCode({ username: user.username });
    fill(el, { code: await wrongCodeFor(code) });
    submit(el);
    await waitFor(() => input(el, 'code').getAttribute('aria-invalid') === 'true');
    fill(el, { code: await totpCode({ username: user.username }) });
    submit(el);
    await signedIn(el);
  });
});

describe('e2e: email code (EMAIL_OTP)', () => {
  it('code sent to a masked address; wrong, then right', async () => {
    const user = await createUser({ username: freshName('email'), password: STRONG, email: 'mfa-user@example.com', mfa: { email: true } });
    const el = await mountFlow();
    const started = new Date().toISOString();
    signInAs(el, user.username, STRONG);
    await waitFor(() => el.querySelector('auth-mfa-code form'));
    expect(el.querySelector('h2')!.textContent).to.equal('Check your email');
    expect(el.querySelector('.auth-code-sent')!.textContent).to.match(/^We sent a code by email to .+\.$/);
    expect(el.querySelector('.auth-code-sent')!.textContent).not.to.contain('mfa-user@example.com');
    const code = await latestCode(user.username, started);
    fill(el, { code: await wrongCodeFor(code) });
    submit(el);
    await waitFor(() => input(el, 'code').getAttribute('aria-invalid') === 'true');
    fill(el, { code });
    submit(el);
    await signedIn(el);
  });
});

describe('e2e: choosing an MFA method (SELECT_MFA_TYPE)', () => {
  it('offers the user’s methods; the authenticator app is chosen and its code signs in', async () => {
    const user = await createUser({
      username: freshName('choose'),
      password: STRONG,
      phone_number: '+15550105555',
      mfa: { sms: true, totpSecret: TOTP_SECRET },
    });
    const el = await mountFlow();
    signInAs(el, user.username, STRONG);
    await waitFor(() => el.querySelector('auth-mfa-select form'));
    const offered = [...el.querySelectorAll<HTMLInputElement>('input[name=mfaType]')].map((r) => r.value);
    expect(offered).to.have.members(['SMS', 'TOTP']);
    el.querySelector<HTMLInputElement>('input[value=TOTP]')!.click();
    submit(el);
    await waitFor(() => el.querySelector('auth-mfa-code form'));
    fill(el, { code: await totpCode({ username: user.username }) });
    submit(el);
    await signedIn(el);
  });

  it('choosing SMS sends the code by text message', async () => {
    const user = await createUser({
      username: freshName('choose-sms'),
      password: STRONG,
      phone_number: '+15550106666',
      mfa: { sms: true, totpSecret: TOTP_SECRET },
    });
    const el = await mountFlow();
    const started = new Date().toISOString();
    signInAs(el, user.username, STRONG);
    await waitFor(() => el.querySelector('auth-mfa-select form'));
    el.querySelector<HTMLInputElement>('input[value=SMS]')!.click();
    submit(el);
    await waitFor(() => el.querySelector('auth-mfa-code .auth-code-sent'));
    fill(el, { code: await latestCode(user.username, started) });
    submit(el);
    await signedIn(el);
  });
});
