/**
 * Choice-based sign-in (USER_AUTH), one-time codes as the first factor, passkeys and sign-in
 * straight after confirming, end to end: `<auth-flow>` in Chromium against the local Cognito over
 * HTTP, passkeys through Chromium's virtual authenticator (a real WebAuthn ceremony, verified by
 * the local Cognito).
 */
import { expect, oneEvent } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { AuthFlowElement } from '../../src/elements/auth-flow.js';
import { fill, input, submit, waitFor } from '../support/dom.js';
import { buttonNamed, describedBy, formAlert, freshName, mountFlow, signedIn, signInAs, STRONG } from '../support/flow.js';
import { createUser, latestCode, localCognito, setLocalSettings, totpCode } from '../support/local-cognito.js';

const TOTP_SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

interface VirtualCredential {
  credentialId: string;
  rpId: string;
  signCount: number;
}

const authenticator = {
  add: () => executeServerCommand<{ authenticatorId: string }, unknown>('virtual-authenticator', { action: 'add' }),
  remove: (authenticatorId: string) => executeServerCommand('virtual-authenticator', { action: 'remove', authenticatorId }),
  credentials: async (authenticatorId: string) =>
    (await executeServerCommand<{ credentials: VirtualCredential[] }, unknown>('virtual-authenticator', { action: 'credentials', authenticatorId })).credentials,
};

async function passkeysOf(username: string): Promise<{ credentialId: string; signCount: number }[]> {
  const { endpoint } = await localCognito();
  const response = await fetch(`${endpoint}/_local/users/${encodeURIComponent(username)}/webauthn-credentials`);
  return (await response.json()) as { credentialId: string; signCount: number }[];
}

/** The factor choice: picks `label` and continues. */
async function choose(el: AuthFlowElement, label: string): Promise<void> {
  await waitFor(() => el.querySelector('auth-factor-select form'));
  const radio = [...el.querySelectorAll<HTMLInputElement>('auth-factor-select input[type=radio]')].find(
    (r) => r.labels?.[0]?.textContent?.trim() === label,
  );
  if (!radio) throw new Error(`no factor "${label}"`);
  radio.click();
  submit(el);
}

function factorLabels(el: AuthFlowElement): string[] {
  return [...el.querySelectorAll('auth-factor-select label')].map((l) => l.textContent!.trim());
}

/** A password sign-in through the choice, then the passkey offer: creates one on the virtual authenticator. */
async function registerPasskey(el: AuthFlowElement, username: string): Promise<void> {
  signInAs(el, username);
  await choose(el, 'Your password');
  await waitFor(() => el.querySelector('auth-password-factor form'));
  fill(el, { password: STRONG });
  submit(el);
  await waitFor(() => el.querySelector('auth-passkey-offer form'), 8000);
  const registered = oneEvent(el, 'auth-passkey-registered');
  submit(el);
  expect((await registered).detail).to.deep.equal({ username });
  await signedIn(el);
  expect(el.querySelector('.auth-notice')!.textContent).to.equal('Your passkey is ready. Next time, sign in with it.');
}

/** The device memory this file's flows write (other test files on this origin keep theirs). */
function forgetDevice(): void {
  localStorage.removeItem('cognito-auth-flow:factors');
  localStorage.removeItem('cognito-auth-flow:username');
}

describe('e2e: USER_AUTH with passkeys (virtual authenticator)', () => {
  let authenticatorId = '';
  beforeEach(async () => {
    forgetDevice();
    ({ authenticatorId } = await authenticator.add());
  });
  afterEach(async () => {
    await authenticator.remove(authenticatorId);
    await setLocalSettings(null);
    forgetDevice();
  });

  it('registers a passkey after a password sign-in, signs out, and signs in with the passkey', async () => {
    const user = await createUser({ username: freshName('passkey'), password: STRONG, email: 'pk@example.com' });
    const el = await mountFlow({ userAuthClient: true, authFlowType: 'USER_AUTH', passkeyPrompt: 'after-sign-in' });
    await registerPasskey(el, user.username);
    const [stored] = await passkeysOf(user.username);
    const [onDevice] = await authenticator.credentials(authenticatorId);
    expect(onDevice.rpId).to.equal('localhost');
    expect(stored.credentialId).to.equal(onDevice.credentialId.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, ''));

    buttonNamed(el, 'Sign out').click();
    await waitFor(() => el.querySelector('auth-sign-in form'));
    const chosen = oneEvent(el, 'auth-factor-chosen');
    signInAs(el, user.username);
    await waitFor(() => el.querySelector('auth-factor-select form'));
    expect(factorLabels(el), 'the factor used last on this device first').to.deep.equal(['Your password', 'A passkey', 'A code sent by email']);
    await choose(el, 'A passkey');
    expect((await chosen).detail).to.deep.equal({ factor: 'WEB_AUTHN', username: user.username });
    await signedIn(el);
    expect(el.querySelector('auth-passkey-offer'), 'no offer after a passkey sign-in').to.equal(null);
    const [after] = await passkeysOf(user.username);
    expect(after.signCount, 'the local Cognito verified the assertion and stored its count').to.be.greaterThan(stored.signCount);
  });

  it('a device without the passkey: the sheet fails calmly; "Choose another way" leads to the email code', async () => {
    const user = await createUser({ username: freshName('pk-gone'), password: STRONG, email: 'gone@example.com' });
    const el = await mountFlow({ userAuthClient: true, authFlowType: 'USER_AUTH', passkeyPrompt: 'after-sign-in' });
    await registerPasskey(el, user.username);
    buttonNamed(el, 'Sign out').click();
    await waitFor(() => el.querySelector('auth-sign-in form'));
    await executeServerCommand('virtual-authenticator', { action: 'clear', authenticatorId });

    signInAs(el, user.username);
    await choose(el, 'A passkey');
    await waitFor(() => formAlert(el));
    expect(formAlert(el)).to.equal('The passkey request was cancelled or timed out.');
    expect(el.querySelector('auth-passkey-sign-in .auth-hint')!.textContent).to.equal('No passkey on this device? Choose another way to sign in.');
    expect(el.querySelectorAll('[role=alert]'), 'one message, no flood').to.have.length(1);

    const started = new Date().toISOString();
    buttonNamed(el, 'Choose another way to sign in').click();
    await choose(el, 'A code sent by email');
    await waitFor(() => el.querySelector('auth-mfa-code form'));
    fill(el, { code: await latestCode(user.username, started) });
    submit(el);
    await signedIn(el);
  });

  it('a passkey for another relying party is refused with a clear message, and the person stays signed in', async () => {
    const user = await createUser({ username: freshName('pk-rp'), password: STRONG, email: 'rp@example.com' });
    await setLocalSettings({ webAuthnRelyingPartyId: 'auth.example.com' });
    const el = await mountFlow({ userAuthClient: true, authFlowType: 'USER_AUTH', passkeyPrompt: 'after-sign-in' });
    signInAs(el, user.username);
    await choose(el, 'Your password');
    await waitFor(() => el.querySelector('auth-password-factor form'));
    fill(el, { password: STRONG });
    submit(el);
    await waitFor(() => el.querySelector('auth-passkey-offer form'), 8000);
    submit(el);
    await waitFor(() => formAlert(el));
    expect(formAlert(el)).to.equal('Passkeys for this account cannot be used on this site.');
    expect(await authenticator.credentials(authenticatorId)).to.have.length(0);
    buttonNamed(el, 'Not now').click();
    await signedIn(el);
  });

  it('offers the passkey in the username autofill once the username is known on this device', async () => {
    const user = await createUser({ username: freshName('pk-auto'), password: STRONG, email: 'auto@example.com' });
    const first = await mountFlow({ userAuthClient: true, authFlowType: 'USER_AUTH', passkeyPrompt: 'after-sign-in', rememberUsername: true });
    expect(input(first, 'username').getAttribute('autocomplete'), 'no username known yet').to.equal('username');
    await registerPasskey(first, user.username);
    first.remove();

    // A later visit: the remembered username, its passkeys in the field's autofill; picking one signs in.
    const later = await mountFlow({ userAuthClient: true, authFlowType: 'USER_AUTH', passkeyPrompt: 'after-sign-in', rememberUsername: true });
    expect(input(later, 'username').value).to.equal(user.username);
    expect(input(later, 'username').getAttribute('autocomplete')).to.equal('username webauthn');
    // The virtual authenticator answers the conditional request as a person picking the suggestion would.
    await signedIn(later);
    expect(later.querySelector('auth-factor-select'), 'no form was submitted').to.equal(null);
  });
});

describe('e2e: USER_AUTH one-time codes and the choice', () => {
  afterEach(() => setLocalSettings(null));

  it('the choice lists what this person has, and the email code signs in (wrong, then right)', async () => {
    const user = await createUser({ username: freshName('otp-email'), password: STRONG, email: 'otp@example.com' });
    const el = await mountFlow({ userAuthClient: true, authFlowType: 'USER_AUTH' });
    expect(el.querySelector('input[name=password]'), 'the username first').to.equal(null);
    expect(buttonNamed(el, 'Continue')).to.exist;
    signInAs(el, user.username);
    await waitFor(() => el.querySelector('auth-factor-select form'));
    expect(factorLabels(el), 'no passkey registered: none offered').to.deep.equal(['A code sent by email', 'Your password']);
    const started = new Date().toISOString();
    const sent = oneEvent(el, 'auth-code-sent');
    await choose(el, 'A code sent by email');
    expect((await sent).detail).to.deep.include({ medium: 'EMAIL', step: 'confirmSignInWithEmailCode' });
    await waitFor(() => el.querySelector('auth-mfa-code form'));
    expect(el.querySelector('.auth-code-sent')!.textContent).to.match(/^We sent a code by email to .*o\*+@e\*+/);
    const code = await latestCode(user.username, started);
    fill(el, { code: code === '00000000' ? '11111111' : '00000000' });
    submit(el);
    await waitFor(() => input(el, 'code').getAttribute('aria-invalid') === 'true');
    expect(describedBy(input(el, 'code'))[0]).to.equal('That code is not right. Check it and try again.');
    fill(el, { code });
    submit(el);
    await signedIn(el);
  });

  it('an expired text-message code says so; "Send a new code" sends one that works (SMS_OTP preferred)', async () => {
    const user = await createUser({ username: freshName('otp-sms'), password: STRONG, phone_number: '+15550107777' });
    await setLocalSettings({ firstFactorCodeTtlSeconds: 1 });
    const el = await mountFlow({ userAuthClient: true, authFlowType: 'USER_AUTH', preferredChallenge: 'SMS_OTP' });
    const started = new Date().toISOString();
    signInAs(el, user.username);
    await waitFor(() => el.querySelector('auth-mfa-code form'));
    expect(el.querySelector('h2')!.textContent).to.equal('Enter the code we texted you');
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
    const second = await latestCode(user.username, resent);
    expect(second).to.not.equal(first);
    fill(el, { code: second });
    submit(el);
    await signedIn(el);
  });

  it('password with SRP inside USER_AUTH, then the authenticator-app MFA', async () => {
    const user = await createUser({ username: freshName('ua-totp'), password: STRONG, mfa: { totpSecret: TOTP_SECRET } });
    const el = await mountFlow({ userAuthClient: true, authFlowType: 'USER_AUTH' });
    signInAs(el, user.username);
    await waitFor(() => el.querySelector('auth-factor-select form'));
    expect(factorLabels(el), 'with MFA on, only the password is offered').to.deep.equal(['Your password']);
    await choose(el, 'Your password');
    await waitFor(() => el.querySelector('auth-password-factor form'));
    fill(el, { password: 'Wrong-Pass-2049' });
    submit(el);
    await waitFor(() => formAlert(el));
    expect(formAlert(el)).to.equal('Incorrect username or password.');
    // The wrong password spent Cognito's Session; the second try starts afresh, unseen.
    fill(el, { password: STRONG });
    submit(el);
    await waitFor(() => el.querySelector('auth-mfa-code form'));
    expect(el.querySelector('h2')!.textContent).to.equal('Enter the code from your authenticator app');
    fill(el, { code: await totpCode({ username: user.username }) });
    submit(el);
    await signedIn(el);
  });

  it('the password on the first screen with preferred-challenge="PASSWORD_SRP"', async () => {
    const user = await createUser({ username: freshName('ua-srp'), password: STRONG });
    const el = await mountFlow({ userAuthClient: true, authFlowType: 'USER_AUTH', preferredChallenge: 'PASSWORD_SRP' });
    signInAs(el, user.username, STRONG);
    await signedIn(el);
  });

  it('a client without ALLOW_USER_AUTH says the method is not enabled', async () => {
    const user = await createUser({ username: freshName('ua-off'), password: STRONG });
    const el = await mountFlow({ authFlowType: 'USER_AUTH' });
    signInAs(el, user.username);
    await waitFor(() => formAlert(el));
    expect(formAlert(el)).to.equal('This sign-in method is not enabled for this app.');
    expect(input(el, 'username').value, 'nothing typed is lost').to.equal(user.username);
  });
});

describe('e2e: sign-up → confirm → signed in, without the password again', () => {
  it('with an app client that allows USER_AUTH, the confirmation signs the person in', async () => {
    const username = freshName('auto');
    const el = await mountFlow({ userAuthClient: true });
    buttonNamed(el, 'Create an account').click();
    await waitFor(() => el.querySelector('auth-sign-up form'));
    const started = new Date().toISOString();
    fill(el, { username, password: STRONG, email: 'auto-sign-in@example.com' });
    submit(el);
    await waitFor(() => el.querySelector('auth-confirm-code form'));
    fill(el, { code: await latestCode(username, started) });
    const signedInEvent = oneEvent(el, 'auth-signed-in');
    submit(el);
    expect((await signedInEvent).detail.username).to.be.a('string');
    await signedIn(el);
  });

  it('without USER_AUTH on the client, confirming leads to sign-in as before', async () => {
    const username = freshName('no-auto');
    const el = await mountFlow();
    buttonNamed(el, 'Create an account').click();
    await waitFor(() => el.querySelector('auth-sign-up form'));
    const started = new Date().toISOString();
    fill(el, { username, password: STRONG, email: 'no-auto@example.com' });
    submit(el);
    await waitFor(() => el.querySelector('auth-confirm-code form'));
    fill(el, { code: await latestCode(username, started) });
    submit(el);
    await waitFor(() => el.querySelector('auth-sign-in .auth-notice'));
    expect(el.querySelector('.auth-notice')!.textContent).to.equal('Your account is confirmed. Sign in to continue.');
  });
});
