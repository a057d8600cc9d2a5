/** MFA setup during sign-in (MFA_SETUP), end to end: authenticator app with a QR code, and email. */
import { expect } from '@open-wc/testing';
import { fill, input, submit, waitFor } from '../support/dom.js';
import { describedBy, freshName, mountFlow, signedIn, signInAs, STRONG } from '../support/flow.js';
import { createUser, latestCode, totpCode } from '../support/local-cognito.js';

describe('e2e: MFA setup (MFA_SETUP)', () => {
  it('authenticator app: QR + copyable key; a wrong first code is refused; the right one signs in', async () => {
    const user = await createUser({ username: freshName('setup-totp'), password: STRONG, mfaRequired: true, mfaCanSetUp: ['TOTP'] });
    const el = await mountFlow();
    signInAs(el, user.username, STRONG);
    await waitFor(() => el.querySelector('auth-totp-setup svg.auth-qr path'), 8000);
    const secret = el.querySelector('.auth-secret code')!.textContent!.replace(/\s/g, '');
    expect(secret).to.match(/^[A-Z2-7]{16,}$/);

    const right = await totpCode({ secret });
    fill(el, { code: right === '000000' ? '111111' : '000000' });
    submit(el);
    await waitFor(() => input(el, 'code').getAttribute('aria-invalid') === 'true');
    expect(describedBy(input(el, 'code'))[0]).to.equal('That code is not right. Check it and try again.');
    expect(el.querySelector('.auth-secret code')!.textContent!.replace(/\s/g, ''), 'the same key stays').to.equal(secret);

    fill(el, { code: await totpCode({ secret }) });
    submit(el);
    await signedIn(el);

    // Next time, the app's code is asked for.
    el.querySelector<HTMLButtonElement>('button[value=signOut]')!.click();
    await waitFor(() => el.querySelector('auth-sign-in form'));
    signInAs(el, user.username, STRONG);
    await waitFor(() => el.querySelector('auth-mfa-code form'));
    expect(el.querySelector('h2')!.textContent).to.equal('Enter the code from your authenticator app');
  });

  it('a choice between app and email; email asks for the address, then confirms it with a code', async () => {
    const user = await createUser({ username: freshName('setup-any'), password: STRONG, mfaRequired: true, mfaCanSetUp: ['TOTP', 'EMAIL'] });
    const el = await mountFlow();
    signInAs(el, user.username, STRONG);
    await waitFor(() => el.querySelector('auth-mfa-select form'));
    expect(el.querySelector('h2')!.textContent).to.equal('Set up two-step verification');
    el.querySelector<HTMLInputElement>('input[value=EMAIL]')!.click();
    submit(el);
    await waitFor(() => el.querySelector('auth-email-setup form'));

    fill(el, { email: 'not an address' });
    submit(el);
    await el.querySelector('auth-email-setup')!.updateComplete;
    expect(describedBy(input(el, 'email'))[0]).to.equal('Enter an email address like name@example.com.');

    const started = new Date().toISOString();
    fill(el, { email: `${user.username}@example.com` });
    submit(el);
    await waitFor(() => el.querySelector('auth-mfa-code form'));
    fill(el, { code: await latestCode(user.username, started) });
    submit(el);
    await signedIn(el);
  });
});
