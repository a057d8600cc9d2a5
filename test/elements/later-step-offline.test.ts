/**
 * A later step's tag comes with its template's loader (elements/later-step-templates.ts,
 * docs/architecture.md §11). When that module cannot be fetched (offline) as a sign-in moves on to
 * a later step, the frame says the network failed and offers to try again, the flow's state
 * untouched; online, "Try again" draws the step. A file of its own, importing nothing that bundles
 * that module (the package root, elements/step-tags.ts), so that it is not here when it starts.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { AuthFlowElement } from '../../src/elements/auth-flow.js';
import { tagFor } from '../../src/elements/step-elements.js';
import { fill, submit, waitFor } from '../support/dom.js';
import { challengeResult, handle, ScriptedBackend } from '../support/scripted-backend.js';
import { refuse } from '../support/offline-modules.js';

const LATER_STEPS = '/src/elements/later-step-templates.ts';
const sms = () => challengeResult('SMS_MFA', { CODE_DELIVERY_DESTINATION: '+*******1234', CODE_DELIVERY_DELIVERY_MEDIUM: 'SMS' }, handle('sms'));

describe("a later step whose tag and template's loader cannot be fetched", () => {
  afterEach(() => refuse());

  it('offline: the network error with "Try again", the state kept; online, the retry draws the step', async () => {
    await refuse(LATER_STEPS);
    const backend = new ScriptedBackend({ signIn: [sms()] });
    const el = await fixture<AuthFlowElement>(html`<auth-flow .backend=${backend}></auth-flow>`);
    await waitFor(() => el.querySelector('auth-sign-in form'));
    expect(tagFor('confirmSignInWithSmsCode'), 'a later step has no tag before its module is here').to.equal(undefined);
    fill(el, { username: 'ana', password: 'Correct-horse-9' });
    submit(el);
    const alert = await waitFor(() => el.querySelector(':scope > div > [role=alert]'));
    expect(alert.textContent).to.match(/network|connection|reach/i);
    expect(el.controller!.getSnapshot().step).to.equal('confirmSignInWithSmsCode');
    expect(el.querySelector('auth-sign-in, auth-mfa-code') === null, 'no step element meanwhile').to.equal(true);

    await refuse();
    el.querySelector<HTMLButtonElement>(':scope > div > button')!.click();
    await waitFor(() => el.querySelector('auth-mfa-code form'));
    expect(tagFor('confirmSignInWithSmsCode')).to.equal('auth-mfa-code');
    expect(el.querySelector('[role=alert]') === null, 'the error is gone').to.equal(true);
  });
});
