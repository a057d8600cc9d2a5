/** Verifying a contact right after sign-in (`verify-contact`), end to end against the local Cognito. */
import { expect } from '@open-wc/testing';
import { fill, submit, waitFor } from '../support/dom.js';
import { buttonNamed, freshName, mountFlow, signedIn, signInAs, STRONG } from '../support/flow.js';
import { createUser, latestCode } from '../support/local-cognito.js';

const unverifiedPhoneUser = () =>
  createUser({ username: freshName('vc'), password: STRONG, phone_number: '+15555550177', attributes: { phone_number_verified: 'false' } });

describe('e2e: verifying a contact after sign-in', () => {
  it('offers the unverified phone number, sends a code, refuses a wrong one, and verifies it', async () => {
    const user = await unverifiedPhoneUser();
    const el = await mountFlow();
    const since = new Date().toISOString();
    signInAs(el, user.username, STRONG);
    await waitFor(() => el.querySelector('auth-verify-contact form'), 8000);
    expect(el.querySelector('.auth-heading')!.textContent).to.equal('Verify how we can reach you');
    const option = el.querySelector<HTMLInputElement>('input[name=attribute]')!;
    expect([option.value, option.checked]).to.deep.equal(['phone_number', true]);
    expect(el.querySelector(`label[for="${option.id}"]`)!.textContent).to.contain('+15555550177');

    buttonNamed(el, 'Send code').click();
    await waitFor(() => el.querySelector('auth-verify-contact input[name=code]'), 8000);
    expect(el.querySelector('.auth-code-sent')!.textContent).to.contain('text message');

    fill(el, { code: '000000' });
    submit(el);
    await waitFor(() => el.querySelector('auth-verify-contact [role=alert], auth-verify-contact .auth-field-error'), 8000);
    expect(el.querySelector<HTMLInputElement>('input[name=code]')!.value, 'a wrong code is emptied').to.equal('');

    fill(el, { code: await latestCode(user.username, since) });
    submit(el);
    const view = await signedIn(el);
    expect(view.querySelector('.auth-notice')!.textContent).to.equal('Thanks, that is verified.');
  });

  it('"Skip for now" goes on signed in; verify-contact="never" does not ask', async () => {
    const user = await unverifiedPhoneUser();
    const el = await mountFlow();
    signInAs(el, user.username, STRONG);
    await waitFor(() => el.querySelector('auth-verify-contact form'), 8000);
    buttonNamed(el, 'Skip for now').click();
    await signedIn(el);

    buttonNamed(el, 'Sign out').click();
    await waitFor(() => el.querySelector('auth-sign-in form'), 8000);
    el.setAttribute('verify-contact', 'never');
    await el.updateComplete;
    signInAs(el, user.username, STRONG);
    await signedIn(el);
    expect(el.querySelector('auth-verify-contact')).to.equal(null);
  });

  it('a verified contact is not asked about', async () => {
    const user = await createUser({ username: freshName('vc-ok'), password: STRONG, email: `${freshName('ok')}@example.com` });
    const el = await mountFlow();
    signInAs(el, user.username, STRONG);
    await signedIn(el);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(el.querySelector('auth-verify-contact')).to.equal(null);
  });
});
