/**
 * `<auth-account>` end to end: beside an `<auth-flow>` (sharing its session through `for`), against
 * the local Cognito over HTTP, driven through the DOM as a person would.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/account.js';
import type { AuthAccountElement } from '../../src/elements/account/auth-account.js';
import type { AuthFlowElement } from '../../src/elements/auth-flow.js';
import { fill, waitFor } from '../support/dom.js';
import { freshName, signedIn, signInAs, STRONG } from '../support/flow.js';
import { createUser, latestCode, localCognito, setLocalSettings, totpCode } from '../support/local-cognito.js';

interface Page {
  flow: AuthFlowElement;
  account: AuthAccountElement;
}

async function mountPage(verifyContact: 'prompt' | 'never' = 'prompt', rememberDevice: 'ask' | 'never' = 'never'): Promise<Page> {
  const { endpoint, userPoolId, clientId } = await localCognito();
  const root = await fixture<HTMLElement>(html`<div>
    <auth-flow
      id="flow"
      user-pool-id=${userPoolId}
      client-id=${clientId}
      endpoint=${endpoint}
      verify-contact=${verifyContact}
      remember-device=${rememberDevice}
    ></auth-flow>
    <auth-account for="flow" profile-attributes="name? email? phone_number?" mfa-types="TOTP SMS EMAIL"></auth-account>
  </div>`);
  const flow = root.querySelector('auth-flow')!;
  const account = root.querySelector('auth-account')!;
  await waitFor(() => flow.querySelector(':scope > * form'));
  return { flow, account };
}

async function signInTo(page: Page, username: string, password = STRONG): Promise<void> {
  signInAs(page.flow, username, password);
  await signedIn(page.flow);
  await waitFor(() => page.account.querySelector('.auth-profile'), 8000);
}

/** A button by its visible text (or aria-label) inside the account page. */
function button(account: Element, text: string): HTMLButtonElement {
  const found = [...account.querySelectorAll<HTMLButtonElement>('button')].find(
    (b) => b.textContent?.trim() === text || b.getAttribute('aria-label') === text,
  );
  if (!found) throw new Error(`no button "${text}" in: ${[...account.querySelectorAll('button')].map((b) => b.textContent?.trim()).join(' | ')}`);
  return found;
}

/** Focus, then click: as a keyboard or pointer user does (focus follows the view only from inside the page). */
function press(account: Element, text: string): void {
  const b = button(account, text);
  b.focus();
  b.click();
}

const heading = (account: Element) => account.querySelector('.auth-heading')?.textContent?.trim();
const submitForm = (account: Element) => account.querySelector<HTMLFormElement>('form')!.requestSubmit();
const fieldError = (account: Element, name: string) =>
  account.querySelector(`[data-field="${name}"] .auth-field-error`)?.textContent?.trim() ?? null;
const noticeText = (account: Element) => account.querySelector('.auth-notice')?.textContent?.trim() ?? null;

describe('e2e: <auth-account>', () => {
  afterEach(() => setLocalSettings(null));

  it('signed out it says so; signed in it shows the profile with verification, and the tasks this backend offers', async () => {
    const user = await createUser({ username: freshName('acct-view'), password: STRONG, email: `${freshName('a')}@example.com`, attributes: { name: 'Ada' } });
    const page = await mountPage();
    expect(page.account.shadowRoot!.textContent).to.contain('Sign in to manage your account.');
    await signInTo(page, user.username);
    const rows = [...page.account.querySelectorAll('.auth-profile-row')].map((row) => row.textContent!.replace(/\s+/g, ' ').trim());
    expect(rows[0]).to.equal('Full name Ada');
    expect(rows[1]).to.equal(`Email ${user.email} Verified`);
    expect(rows[2]).to.equal('Phone number Not set');
    const tasks = [...page.account.querySelectorAll('.auth-tasks button')].map((b) => b.textContent!.trim());
    expect(tasks).to.include.members(['Edit profile', 'Change password', 'Two-step verification', 'Passkeys', 'Sign out on all devices', 'Delete account']);
  });

  it('change password: a wrong current one is said at its field and emptied, a weak new one is refused, then it works', async () => {
    const user = await createUser({ username: freshName('acct-pw'), password: STRONG });
    const page = await mountPage();
    await signInTo(page, user.username);
    press(page.account, 'Change password');
    await waitFor(() => page.account.querySelector('input[name=currentPassword]'));
    expect(heading(page.account)).to.equal('Change your password');
    expect(document.activeElement?.getAttribute('name')).to.equal('currentPassword');

    fill(page.account, { currentPassword: 'Wrong-pass-0000', password: 'Newer-Pass-5150' });
    submitForm(page.account);
    await waitFor(() => fieldError(page.account, 'currentPassword'), 8000);
    expect(fieldError(page.account, 'currentPassword')).to.equal('Your current password is not right.');
    const current = page.account.querySelector<HTMLInputElement>('input[name=currentPassword]')!;
    expect(current.value).to.equal('');
    expect(page.account.querySelector<HTMLInputElement>('input[name=password]')!.value).to.equal('Newer-Pass-5150');

    fill(page.account, { currentPassword: STRONG, password: 'weak' });
    submitForm(page.account);
    const weak = await waitFor(() => fieldError(page.account, 'password') ?? page.account.querySelector('[role=alert]')?.textContent, 8000);
    expect(weak).to.match(/password/i);
    expect(fieldError(page.account, 'currentPassword')).to.equal(null);
    expect(page.account.querySelector('.auth-notice')).to.equal(null);

    fill(page.account, { currentPassword: STRONG, password: 'Newer-Pass-5150' });
    const changed = new Promise<CustomEvent>((resolve) => page.account.addEventListener('auth-account-change', (e) => resolve(e as CustomEvent), { once: true }));
    submitForm(page.account);
    expect((await changed).detail).to.deep.equal({ change: 'password' });
    await waitFor(() => noticeText(page.account) === 'Your password was changed.', 8000);
    expect(heading(page.account)).to.equal('Your account');

    // The new password signs in; the old one no longer does.
    page.flow.querySelector<HTMLButtonElement>('auth-signed-in button[value=signOut]')!.click();
    await waitFor(() => page.flow.querySelector('auth-sign-in form'), 8000);
    signInAs(page.flow, user.username, STRONG);
    await waitFor(() => page.flow.querySelector('[role=alert]'), 8000);
    fill(page.flow, { password: 'Newer-Pass-5150' });
    page.flow.querySelector<HTMLFormElement>('auth-sign-in form')!.requestSubmit();
    await signedIn(page.flow);
  });

  it('change email: the code step verifies it, and the profile then shows it verified', async () => {
    const user = await createUser({ username: freshName('acct-mail'), password: STRONG, email: `${freshName('old')}@example.com` });
    const page = await mountPage();
    await signInTo(page, user.username);
    press(page.account, 'Edit profile');
    await waitFor(() => page.account.querySelector('input[name=email]'));
    const email = page.account.querySelector<HTMLInputElement>('input[name=email]')!;
    expect(email.value).to.equal(user.email);
    const since = new Date().toISOString();
    const fresh = `${freshName('new')}@example.com`;
    fill(page.account, { email: fresh });
    submitForm(page.account);
    await waitFor(() => page.account.querySelector('input[name=code]'), 8000);
    expect(heading(page.account)).to.equal('Enter the verification code');

    fill(page.account, { code: '000000' });
    submitForm(page.account);
    await waitFor(() => fieldError(page.account, 'code') ?? page.account.querySelector('[role=alert]')?.textContent, 8000);
    expect(page.account.querySelector<HTMLInputElement>('input[name=code]')!.value).to.equal('');

    fill(page.account, { code: await latestCode(user.username, since) });
    submitForm(page.account);
    await waitFor(() => noticeText(page.account) === 'Verified. You can use it from now on.', 8000);
    const row = page.account.querySelector('[data-attribute=email]')!.textContent!.replace(/\s+/g, ' ').trim();
    expect(row).to.equal(`Email ${fresh} Verified`);
  });

  it('an unverified phone number: "Verify" sends a code and verifies it', async () => {
    const user = await createUser({ username: freshName('acct-phone'), password: STRONG, phone_number: '+15555550142', attributes: { phone_number_verified: 'false' } });
    const page = await mountPage('never'); // the flow's own offer after sign-in is verify-contact.test.ts's
    await signInTo(page, user.username);
    expect(page.account.querySelector('[data-attribute=phone_number]')!.textContent).to.contain('Not verified');
    const since = new Date().toISOString();
    press(page.account, 'Verify phone number');
    await waitFor(() => page.account.querySelector('input[name=code]'), 8000);
    expect(page.account.querySelector('.auth-code-sent')?.textContent).to.contain('text message');
    fill(page.account, { code: await latestCode(user.username, since) });
    submitForm(page.account);
    await waitFor(() => noticeText(page.account)?.startsWith('Verified'), 8000);
    expect(page.account.querySelector('[data-attribute=phone_number]')!.textContent).to.contain('Verified');
  });

  it('sets up an authenticator app from the account page; the next sign-in asks for its code', async () => {
    const user = await createUser({ username: freshName('acct-totp'), password: STRONG });
    const page = await mountPage();
    await signInTo(page, user.username);
    press(page.account, 'Two-step verification');
    await waitFor(() => page.account.querySelector('[data-method=TOTP]'), 8000);
    expect(page.account.querySelector('[data-method=TOTP] .auth-badge')!.textContent).to.equal('Off');
    press(page.account, 'Set up an authenticator app');
    const secret = await waitFor(() => page.account.querySelector('auth-totp-setup .auth-secret code')?.textContent?.trim(), 8000);
    await waitFor(() => page.account.querySelector('auth-totp-setup svg.auth-qr path'), 8000);
    fill(page.account, { code: await totpCode({ secret }) });
    page.account.querySelector<HTMLFormElement>('auth-totp-setup form')!.requestSubmit();
    await waitFor(() => noticeText(page.account) === 'Your authenticator app is set up and asked for at sign-in.', 8000);
    expect(page.account.querySelector('[data-method=TOTP] .auth-badge')!.textContent).to.equal('On, asked for first');

    page.flow.querySelector<HTMLButtonElement>('auth-signed-in button[value=signOut]')!.click();
    await waitFor(() => page.flow.querySelector('auth-sign-in form'), 8000);
    signInAs(page.flow, user.username, STRONG);
    await waitFor(() => page.flow.querySelector('auth-mfa-code form'), 8000);
  });

  it('delete: a wrong confirmation is refused at its field; the right one deletes, signs out, and the account is gone', async () => {
    const user = await createUser({ username: freshName('acct-del'), password: STRONG });
    const page = await mountPage();
    await signInTo(page, user.username);
    press(page.account, 'Delete account');
    await waitFor(() => page.account.querySelector('input[name=confirmation]'));
    expect(page.account.querySelector("label")!.textContent, "the name isolated from the sentence").to.equal(`To confirm, type \u2068${user.username}\u2069`);
    fill(page.account, { confirmation: 'someone-else' });
    submitForm(page.account);
    await waitFor(() => fieldError(page.account, 'confirmation'));
    expect(fieldError(page.account, 'confirmation')).to.equal('That does not match. Type it exactly as shown.');

    const deleted = new Promise<CustomEvent>((resolve) => page.account.addEventListener('auth-account-deleted', (e) => resolve(e as CustomEvent), { once: true }));
    fill(page.account, { confirmation: user.username });
    submitForm(page.account);
    expect((await deleted).detail).to.deep.equal({ username: user.username });
    await waitFor(() => page.flow.querySelector('auth-sign-in form'), 8000);
    await waitFor(() => page.account.shadowRoot!.textContent!.includes('Sign in to manage your account.'));

    signInAs(page.flow, user.username, STRONG);
    await waitFor(() => page.flow.querySelector('[role=alert]'), 8000);
    expect(page.flow.querySelector('auth-signed-in')).to.equal(null);
  });

  it('inside the flow (its signed-in-footer slot) it follows that flow, shown only while signed in', async () => {
    const user = await createUser({ username: freshName('acct-slot'), password: STRONG, email: `${freshName('s')}@example.com` });
    const { endpoint, userPoolId, clientId } = await localCognito();
    const flow = await fixture<AuthFlowElement>(html`<auth-flow user-pool-id=${userPoolId} client-id=${clientId} endpoint=${endpoint}>
      <auth-account slot="signed-in-footer"></auth-account>
    </auth-flow>`);
    const account = flow.querySelector('auth-account')!;
    await waitFor(() => flow.querySelector('auth-sign-in form'));
    expect(account.assignedSlot, 'not shown on the sign-in step').to.equal(null);
    signInAs(flow, user.username, STRONG);
    await signedIn(flow);
    await waitFor(() => account.querySelector('.auth-profile'), 8000);
    expect(account.assignedSlot?.name).to.equal('signed-in-footer');
    expect(account.querySelector('[data-attribute=email]')!.textContent).to.contain(user.email!);
  });

  it('with verify-before-update, the old email keeps working until the new one is verified', async () => {
    await setLocalSettings({ attributesRequireVerificationBeforeUpdate: ['email'] });
    const old = `${freshName('keep')}@example.com`;
    const user = await createUser({ username: freshName('acct-vbu'), password: STRONG, email: old });
    const page = await mountPage();
    await signInTo(page, user.username);
    press(page.account, 'Edit profile');
    await waitFor(() => page.account.querySelector('input[name=email]'));
    const since = new Date().toISOString();
    const fresh = `${freshName('next')}@example.com`;
    fill(page.account, { email: fresh });
    submitForm(page.account);
    await waitFor(() => page.account.querySelector('input[name=code]'), 8000);
    expect(page.account.querySelector('.auth-hint')!.textContent).to.contain('until then, the old one keeps working');

    // Not verified yet: the profile still says the old address.
    press(page.account, 'Back to your account');
    await waitFor(() => page.account.querySelector('[data-attribute=email]')?.textContent?.includes(old), 8000);
    expect(page.account.querySelector('[data-attribute=email]')!.textContent).not.to.contain(fresh);

    press(page.account, 'Edit profile');
    await waitFor(() => page.account.querySelector('input[name=email]'));
    fill(page.account, { email: fresh });
    submitForm(page.account);
    await waitFor(() => page.account.querySelector('input[name=code]'), 8000);
    fill(page.account, { code: await latestCode(user.username, since) });
    submitForm(page.account);
    await waitFor(() => noticeText(page.account)?.startsWith('Verified'), 8000);
    expect(page.account.querySelector('[data-attribute=email]')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(`Email ${fresh} Verified`);
  });

  it('remembered devices: the one this sign-in remembered is listed as this device, and forgetting it brings MFA back', async () => {
    await setLocalSettings({ deviceConfiguration: { ChallengeRequiredOnNewDevice: true, DeviceOnlyRememberedOnUserPrompt: true } });
    const user = await createUser({ username: freshName('acct-dev'), password: STRONG, phone_number: '+15550102469', mfa: { sms: true } });
    const page = await mountPage('never', 'ask');
    const started = new Date().toISOString();
    signInAs(page.flow, user.username, STRONG);
    await waitFor(() => page.flow.querySelector('auth-mfa-code form'), 8000);
    fill(page.flow, { code: await latestCode(user.username, started) });
    page.flow.querySelector<HTMLInputElement>('input[name=rememberDevice]')!.click();
    page.flow.querySelector<HTMLFormElement>('auth-mfa-code form')!.requestSubmit();
    await signedIn(page.flow);
    await waitFor(() => page.account.querySelector('.auth-profile'), 8000);

    press(page.account, 'Remembered devices');
    const item = await waitFor(() => page.account.querySelector('[data-device]'), 8000);
    expect(page.account.querySelectorAll('[data-device]')).to.have.length(1);
    expect(item.textContent).to.contain('This device');
    const forget = [...item.querySelectorAll('button')].find((b) => b.textContent!.trim().startsWith('Forget'))!;
    forget.focus();
    forget.click();
    await waitFor(() => noticeText(page.account)?.startsWith('The device was forgotten'), 8000);
    expect(page.account.textContent).to.contain('No devices are remembered.');

    page.flow.querySelector<HTMLButtonElement>('auth-signed-in button[value=signOut]')!.click();
    await waitFor(() => page.flow.querySelector('auth-sign-in form'), 8000);
    signInAs(page.flow, user.username, STRONG);
    await waitFor(() => page.flow.querySelector('auth-mfa-code form'), 8000);
  });

  it('for= a flow that comes into the page later: it follows that flow once it is there', async () => {
    const user = await createUser({ username: freshName('acct-late'), password: STRONG, email: `${freshName('l')}@example.com` });
    const { endpoint, userPoolId, clientId } = await localCognito();
    const root = await fixture<HTMLElement>(html`<div><auth-account for="late-flow"></auth-account></div>`);
    const account = root.querySelector('auth-account')!;
    const flow = Object.assign(document.createElement('auth-flow'), { id: 'late-flow' });
    Object.assign(flow, { userPoolId, clientId, endpoint });
    root.append(flow);
    await waitFor(() => flow.querySelector('auth-sign-in form'));
    signInAs(flow, user.username, STRONG);
    await signedIn(flow);
    await waitFor(() => account.querySelector('[data-attribute=email]'), 8000);
    expect(account.querySelector('[data-attribute=email]')!.textContent).to.contain(user.email!);
  });
});
