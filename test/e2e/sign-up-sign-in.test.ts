/**
 * End to end: `<auth-flow>` in Chromium against the local Cognito over HTTP (no mock), once per
 * transport. A person signs up, reads the code from the outbox, confirms, signs in with SRP, sees
 * the signed-in view and signs out; and each common mistake shows its message at its place.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/define.js';
import { CognitoApiBackend } from '../../src/cognito/api/backend.js';
import { createFetchTransport } from '../../src/cognito/transports/fetch.js';
import { createSdkTransport } from '../../src/cognito/transports/sdk.js';
import type { AuthFlowElement } from '../../src/elements/auth-flow.js';
import { countryPicker, fill, input, submit, waitFor } from '../support/dom.js';
import { buttonNamed, describedBy, STRONG } from '../support/flow.js';
import { createUser, latestCode, localCognito, uniqueUsername } from '../support/local-cognito.js';

const TRANSPORTS = { fetch: createFetchTransport, sdk: createSdkTransport } as const;

for (const [transportName, transport] of Object.entries(TRANSPORTS)) {
  describe(`e2e over the ${transportName} transport`, () => {
    async function mount(): Promise<AuthFlowElement> {
      const { endpoint, userPoolId, clientId } = await localCognito();
      const backend = new CognitoApiBackend({ userPoolId, clientId, endpoint, transport });
      const el = await fixture<AuthFlowElement>(html`<auth-flow .backend=${backend}></auth-flow>`);
      await waitFor(() => el.querySelector('auth-sign-in form'));
      return el;
    }

    it('sign up → confirm with the emailed code → sign in (SRP) → signed in → sign out', async () => {
      const el = await mount();
      const username = uniqueUsername(`e2e-${transportName}`);
      const started = new Date().toISOString();

      buttonNamed(el, 'Create an account').click();
      await waitFor(() => el.querySelector('auth-sign-up form'));
      fill(el, { username, password: STRONG, email: `${username}@example.com`, phone_number: '+12015550199' });
      const codeSent = oneEvent(el, 'auth-code-sent');
      submit(el);
      const sent = (await codeSent).detail;
      expect(sent.step).to.equal('confirmSignUp');
      // The pool auto-verifies email and phone; like Cognito, a phone number given means SMS.
      expect(sent.medium).to.equal('SMS');
      expect(sent.destination, 'masked').to.match(/^\+\*+0199$/);

      await waitFor(() => el.querySelector('auth-confirm-code form'));
      expect(el.querySelector('.auth-code-sent')!.textContent).to.equal(`We sent a code by text message to ${sent.destination}.`);
      fill(el, { code: await latestCode(username, started) });
      submit(el);

      await waitFor(() => el.querySelector('auth-sign-in form'));
      expect(input(el, 'username').value, 'the username is filled in').to.equal(username);
      expect(el.querySelector('.auth-notice')!.textContent).to.contain('confirmed');
      fill(el, { password: STRONG });
      const signedIn = oneEvent(el, 'auth-signed-in');
      submit(el);
      const { detail } = await signedIn;
      expect(detail.username).to.equal(username);
      expect(detail.session.idTokenClaims.email).to.equal(`${username}@example.com`);
      expect(detail.session.expiresAt).to.be.greaterThan(Date.now());
      expect(JSON.stringify(detail)).not.to.contain(STRONG);

      await waitFor(() => el.querySelector('auth-signed-in form'));
      expect(el.querySelector('.auth-signed-in-user')!.textContent).to.equal(`Signed in as ${username}.`);
      const signedOut = oneEvent(el, 'auth-signed-out');
      buttonNamed(el, 'Sign out').click();
      expect((await signedOut).detail.username).to.equal(username);
      await waitFor(() => el.querySelector('auth-sign-in form'));
      expect(el.querySelector('.auth-notice')!.textContent).to.equal('You are signed out.');
    });

    it('without a phone number the code goes by email, masked', async () => {
      const el = await mount();
      const username = uniqueUsername(`mail-${transportName}`);
      el.controller!.goTo('signUp');
      await waitFor(() => el.querySelector('auth-sign-up form'));
      fill(el, { username, password: STRONG, email: `${username}@example.com` });
      const codeSent = oneEvent(el, 'auth-code-sent');
      submit(el);
      const sent = (await codeSent).detail;
      expect(sent.medium).to.equal('EMAIL');
      expect(sent.destination).not.to.contain(username);
      await waitFor(() => el.querySelector('auth-confirm-code form'));
      expect(el.querySelector('.auth-code-sent')!.textContent).to.equal(`We sent a code by email to ${sent.destination}.`);
    });

    it('a wrong confirmation code shows at the code field, then the right one works', async () => {
      const el = await mount();
      const username = uniqueUsername(`code-${transportName}`);
      const started = new Date().toISOString();
      el.controller!.goTo('signUp');
      await waitFor(() => el.querySelector('auth-sign-up form'));
      fill(el, { username, password: STRONG, email: `${username}@example.com` });
      submit(el);
      await waitFor(() => el.querySelector('auth-confirm-code form'));
      const code = await latestCode(username, started);
      fill(el, { code: code === '000000' ? '111111' : '000000' });
      const failed = oneEvent(el, 'auth-error');
      submit(el);
      expect((await failed).detail).to.deep.include({ code: 'codeMismatch', field: 'code', name: 'CodeMismatchException' });
      await waitFor(() => input(el, 'code').getAttribute('aria-invalid') === 'true');
      expect(describedBy(input(el, 'code'))).to.include('That code is not right. Check it and try again.');
      expect(document.activeElement).to.equal(input(el, 'code'));
      fill(el, { code });
      submit(el);
      await waitFor(() => el.querySelector('auth-sign-in form'));
    });

    it('a wrong password shows one form-level message; the username stays, the password is cleared', async () => {
      // A fresh user: wrong passwords for the shared seeded one would count toward its lockout.
      const user = await createUser({ username: uniqueUsername('wrongpw'), password: STRONG });
      const el = await mount();
      fill(el, { username: user.username, password: 'Not-the-password-1' });
      const failed = oneEvent(el, 'auth-error');
      submit(el);
      expect((await failed).detail).to.deep.include({ code: 'incorrectCredentials', name: 'NotAuthorizedException' });
      await waitFor(() => el.querySelector('[role=alert]'));
      expect(el.querySelector('[role=alert]')!.textContent).to.equal('Incorrect username or password.');
      expect(input(el, 'username').value).to.equal(user.username);
      expect(input(el, 'password').value).to.equal('');
    });

    it('an unknown user reads exactly like a wrong password', async () => {
      const el = await mount();
      fill(el, { username: uniqueUsername('nobody'), password: STRONG });
      const failed = oneEvent(el, 'auth-error');
      submit(el);
      expect((await failed).detail.code).to.equal('incorrectCredentials');
      await waitFor(() => el.querySelector('[role=alert]'));
      expect(el.querySelector('[role=alert]')!.textContent).to.equal('Incorrect username or password.');
    });

    it('an existing username shows at the username field and nothing typed is lost', async () => {
      const el = await mount();
      el.controller!.goTo('signUp');
      await waitFor(() => el.querySelector('auth-sign-up form'));
      await countryPicker(el, 'phone_number');
      fill(el, { username: 'demo', password: STRONG, email: 'someone@example.com', phone_number: '+12015550123' });
      submit(el);
      await waitFor(() => input(el, 'username').getAttribute('aria-invalid') === 'true');
      expect(describedBy(input(el, 'username'))).to.include(
        'That username is taken. Sign in instead, or choose another username.',
      );
      expect(['username', 'password', 'email', 'phone_number'].map((n) => input(el, n).value)).to.deep.equal([
        'demo',
        STRONG,
        'someone@example.com',
        '+1 201 555 0123',
      ]);
    });

    it('a weak password shows at the password field with the rules, and nothing typed is lost', async () => {
      const el = await mount();
      // Cognito's own refusal, over this transport: the page leaves the policy to Cognito.
      el.passwordPolicy = 'none';
      const username = uniqueUsername('weak');
      el.controller!.goTo('signUp');
      await waitFor(() => el.querySelector('auth-sign-up form'));
      fill(el, { username, password: 'weakpass', email: `${username}@example.com` });
      const failed = oneEvent(el, 'auth-error');
      submit(el);
      expect((await failed).detail).to.deep.include({ code: 'passwordNeedsUppercase', field: 'password', name: 'InvalidPasswordException' });
      await waitFor(() => input(el, 'password').getAttribute('aria-invalid') === 'true');
      expect(describedBy(input(el, 'password'))[0], 'the rule it broke').to.equal('Add an uppercase letter to this password.');
      expect([input(el, 'username').value, input(el, 'password').value, input(el, 'email').value]).to.deep.equal([
        username,
        'weakpass',
        `${username}@example.com`,
      ]);
    });

    it('an unconfirmed user signing in lands on the code step with a fresh code sent', async () => {
      const el = await mount();
      const started = new Date().toISOString();
      fill(el, { username: 'unconfirmed', password: 'Demo-pass-1234' });
      const codeSent = oneEvent(el, 'auth-code-sent');
      submit(el);
      expect((await codeSent).detail.step).to.equal('confirmSignUp');
      await waitFor(() => el.querySelector('auth-confirm-code form'));
      expect(await latestCode('unconfirmed', started)).to.match(/^\d{6}$/);
    });
  });
}
