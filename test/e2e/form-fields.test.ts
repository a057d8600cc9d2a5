/**
 * End to end against the local Cognito over HTTP: a sign-up form configured with `form-fields` (a
 * `custom:plan` select) and a terms checkbox of the page's own below it, refused by the page's
 * `auth-submit` listener until ticked; then the code from the outbox, and a sign-in whose ID token
 * carries the plan.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { AuthFlowElement } from '../../src/elements/auth-flow.js';
import { fill, input, submit, waitFor } from '../support/dom.js';
import { STRONG } from '../support/flow.js';
import { latestCode, localCognito, uniqueUsername } from '../support/local-cognito.js';

describe('e2e: sign-up with form-fields and a terms checkbox', () => {
  it('custom:plan (select) and the terms ticked, confirmed, then signed in with the plan in the ID token', async () => {
    const { endpoint, userPoolId, clientId } = await localCognito();
    const formFields = {
      signUp: [{ name: 'custom:plan', label: 'Plan', type: 'select' as const, required: true, options: [{ value: 'free', label: 'Free' }, { value: 'pro', label: 'Pro' }] }],
    };
    const el = await fixture<AuthFlowElement>(html`<auth-flow
      user-pool-id=${userPoolId}
      client-id=${clientId}
      endpoint=${endpoint}
      sign-up-attributes="email"
      initial-step="signUp"
      .formFields=${formFields}
    >
      <label slot="sign-up-footer"><input type="checkbox" name="terms" /> I accept the terms of use</label>
    </auth-flow>`);
    const refusals: string[] = [];
    el.addEventListener('auth-submit', (event) => {
      if (event.detail.step !== 'signUp' || event.detail.values.terms) return;
      refusals.push(event.detail.values['custom:plan']);
      event.preventDefault();
    });
    await waitFor(() => el.querySelector('auth-sign-up form'));
    const username = uniqueUsername('plan');
    const started = new Date().toISOString();

    fill(el, { username, password: STRONG, email: `${username}@example.com` });
    // The plan by keyboard: the select takes the first letters of a choice.
    el.querySelector<HTMLSelectElement>('select[name="custom:plan"]')!.focus();
    await sendKeys({ type: 'Pro' });
    await waitFor(() => el.querySelector<HTMLSelectElement>('select[name="custom:plan"]')!.value === 'pro');

    submit(el);
    await waitFor(() => refusals.length === 1);
    expect(refusals).to.deep.equal(['pro']);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(el.controller!.getSnapshot()).to.deep.include({ step: 'signUp', pending: false });

    el.querySelector<HTMLInputElement>('input[name=terms]')!.click();
    const codeSent = oneEvent(el, 'auth-code-sent');
    submit(el);
    expect((await codeSent).detail.step).to.equal('confirmSignUp');
    await waitFor(() => el.querySelector('auth-confirm-code form'));
    fill(el, { code: await latestCode(username, started) });
    submit(el);

    await waitFor(() => el.querySelector('auth-sign-in form'));
    expect(input(el, 'username').value).to.equal(username);
    fill(el, { password: STRONG });
    const signedIn = oneEvent(el, 'auth-signed-in');
    submit(el);
    const { detail } = await signedIn;
    expect(detail.username).to.equal(username);
    expect(detail.session.idTokenClaims['custom:plan'], 'the plan was stored as the attribute').to.equal('pro');
    expect(detail.session.idTokenClaims).not.to.have.property('custom:terms');
    expect(refusals, 'refused once, while unticked').to.have.length(1);
  });
});
