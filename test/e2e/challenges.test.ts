/**
 * End to end: forced new password, custom challenges (with and without SRP) and the auth flow
 * chosen at run time.
 */
import { expect, oneEvent } from '@open-wc/testing';
import { fill, input, submit, waitFor } from '../support/dom.js';
import { describedBy, formAlert, freshName, mountFlow, signedIn, signInAs, STRONG } from '../support/flow.js';
import { createUser, latestCode } from '../support/local-cognito.js';

const TEMPORARY = 'Temp-pass-5678';

describe('e2e: forced new password (NEW_PASSWORD_REQUIRED)', () => {
  it('a wrong temporary password is refused before any new-password screen', async () => {
    const user = await createUser({ username: freshName('np-wrong'), password: TEMPORARY, status: 'FORCE_CHANGE_PASSWORD' });
    const el = await mountFlow();
    signInAs(el, user.username, 'Not-the-temp-1');
    await waitFor(() => formAlert(el));
    expect(formAlert(el)).to.equal('Incorrect username or password.');
    expect(el.querySelector('auth-new-password')).to.equal(null);
  });

  it('rules shown up front; a weak password and a missing attribute show at their fields; then signed in', async () => {
    const user = await createUser({
      username: freshName('np'),
      password: TEMPORARY,
      status: 'FORCE_CHANGE_PASSWORD',
      email: 'np@example.com',
      requiredAttributes: ['name', 'email'],
    });
    const el = await mountFlow();
    signInAs(el, user.username, TEMPORARY);
    await waitFor(() => el.querySelector('auth-new-password form'));
    // The pool's rules, as a checklist tied to the field (Cognito's default policy here).
    const rules = describedBy(input(el, 'password')).join(' ').replace(/\s+/g, ' ').trim();
    expect(rules).to.match(/^Your password needs ✗ at least 8 characters \(still needed\) ✗ a lowercase letter/);
    const missing = [...el.querySelectorAll<HTMLInputElement>('auth-new-password input:not([hidden]):not([name=password])')].map((i) => i.name);
    expect(missing, 'the pool requires a name and an email; the user has only the email').to.deep.equal(['name']);

    fill(el, { password: 'weakpass', ...Object.fromEntries(missing.map((name) => [name, 'Nia Park'])) });
    submit(el);
    await waitFor(() => input(el, 'password').getAttribute('aria-invalid') === 'true');
    expect(describedBy(input(el, 'password'))[0], 'the rule it broke').to.equal('Add an uppercase letter to this password.');
    expect(input(el, missing[0]).value, 'other fields are kept').to.equal('Nia Park');

    fill(el, { password: STRONG });
    submit(el);
    const view = await signedIn(el);
    expect(view.textContent).to.contain(`Signed in as ${user.username}.`);
  });
});

describe('e2e: custom challenge (CUSTOM_CHALLENGE)', () => {
  for (const authFlowType of ['CUSTOM_WITHOUT_SRP', 'CUSTOM_WITH_SRP'] as const) {
    it(`${authFlowType}: the prompt from the trigger, a wrong answer gives another round, the right one signs in`, async () => {
      const user = await createUser({ username: freshName('custom'), password: STRONG, email: 'custom@example.com', customAuth: true });
      const el = await mountFlow({ authFlowType });
      expect(el.querySelector('auth-sign-in input[name=password]') !== null).to.equal(authFlowType === 'CUSTOM_WITH_SRP');
      const started = new Date().toISOString();
      signInAs(el, user.username, authFlowType === 'CUSTOM_WITH_SRP' ? STRONG : undefined);
      await waitFor(() => el.querySelector('auth-challenge-prompt form'));
      expect(el.querySelector('.auth-code-sent')!.textContent).to.match(/code/i);
      const code = await latestCode(user.username, started);

      fill(el, { answer: code === '000000' ? '111111' : '000000' });
      submit(el);
      await waitFor(() => el.controller!.getSnapshot().step === 'customChallenge' && (el.controller!.getSnapshot() as { round: number }).round === 2);
      await waitFor(() => el.querySelector('auth-challenge-prompt input[name=answer]'));
      expect(input(el, 'answer').value, 'the new round starts empty').to.equal('');

      const again = await latestCode(user.username, started);
      fill(el, { answer: again });
      submit(el);
      await signedIn(el);
    });
  }

  it('three wrong answers end the sign-in with the generic message', async () => {
    const user = await createUser({ username: freshName('custom-fail'), password: STRONG, email: 'cf@example.com', customAuth: true });
    const el = await mountFlow({ authFlowType: 'CUSTOM_WITHOUT_SRP' });
    signInAs(el, user.username);
    for (let round = 1; round <= 3; round++) {
      await waitFor(() => el.querySelector('auth-challenge-prompt input[name=answer]'));
      const failed = round === 3 ? oneEvent(el, 'auth-error') : null;
      fill(el, { answer: '000001' });
      submit(el);
      if (failed) expect((await failed).detail).to.deep.include({ code: 'incorrectCredentials', name: 'NotAuthorizedException' });
      else await waitFor(() => (el.controller!.getSnapshot() as { round?: number }).round === round + 1);
    }
    await waitFor(() => formAlert(el));
    expect(formAlert(el)).to.equal('Incorrect username or password.');
  });
});

describe('e2e: the auth flow at run time', () => {
  it('auth-flow-type="USER_PASSWORD_AUTH" signs in with the password flow', async () => {
    const user = await createUser({ username: freshName('pw'), password: STRONG });
    const el = await mountFlow({ authFlowType: 'USER_PASSWORD_AUTH' });
    signInAs(el, user.username, STRONG);
    await signedIn(el);
  });

  it('a per-call option overrides the attribute', async () => {
    const user = await createUser({ username: freshName('percall'), password: STRONG });
    const el = await mountFlow({ authFlowType: 'CUSTOM_WITHOUT_SRP' });
    await el.controller!.signIn({ username: user.username, password: STRONG, authFlowType: 'USER_SRP_AUTH' });
    await signedIn(el);
  });
});
