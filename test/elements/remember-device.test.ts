/** `remember-device`: the "Remember this device" checkbox on the MFA code steps, on a scripted backend. */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/define.js';
import type { ChallengeAnswer } from '../../src/core/backend.js';
import type { AuthFlowElement } from '../../src/elements/auth-flow.js';
import type { AuthMfaCodeElement } from '../../src/elements/mfa-code.js';
import { defineStepElement } from '../../src/elements/step-elements.js';
import type { AuthSubmitDetail } from '../../src/elements/shared/events.js';
import { fill, submit, waitFor } from '../support/dom.js';
import { challengeResult, handle, ScriptedBackend, SESSION, type Script } from '../support/scripted-backend.js';

const sms = () => challengeResult('SMS_MFA', { CODE_DELIVERY_DESTINATION: '+*******1234', CODE_DELIVERY_DELIVERY_MEDIUM: 'SMS' }, handle('sms'));

/** `<auth-flow>` building its own controller over a scripted backend, signed in up to the step `selector` shows. */
async function flowAt(rememberDevice: string | null, script: Script, selector = 'auth-mfa-code form') {
  const backend = new ScriptedBackend({ signIn: [sms()], ...script });
  const el = await fixture<AuthFlowElement>(html`<auth-flow .backend=${backend} remember-device=${rememberDevice ?? 'never'}></auth-flow>`);
  await waitFor(() => el.querySelector('auth-sign-in form'));
  fill(el, { username: 'ana', password: 'Correct-horse-9' });
  submit(el);
  await waitFor(() => el.querySelector(selector));
  return { el, backend };
}

const checkbox = (el: Element) => el.querySelector<HTMLInputElement>('input[type=checkbox][name=rememberDevice]');
const answerOf = (backend: ScriptedBackend) => (backend.calls.find((call) => call.method === 'answerChallenge')?.input as { answer: ChallengeAnswer }).answer;

describe('remember-device', () => {
  it('ask: an unticked, labelled checkbox under the code; focus stays on the code; axe passes', async () => {
    const { el } = await flowAt('ask', {});
    const box = checkbox(el)!;
    expect(box, 'the checkbox').to.exist;
    expect(box.checked).to.equal(false);
    expect(el.querySelector(`label[for="${box.id}"]`)!.textContent!.trim()).to.equal('Remember this device');
    await waitFor(() => document.activeElement?.getAttribute('name') === 'code');
    await expect(el).to.be.accessible();
  });

  it('ask, ticked: the answer asks to remember the device; auth-device-remembered follows auth-signed-in, with the username only', async () => {
    const { el, backend } = await flowAt('ask', { answerChallenge: [{ kind: 'done', session: SESSION, deviceRemembered: true }] });
    const order: string[] = [];
    el.addEventListener('auth-signed-in', () => order.push('auth-signed-in'));
    const submitted = oneEvent(el, 'auth-submit');
    const remembered = oneEvent(el, 'auth-device-remembered');
    remembered.then(() => order.push('auth-device-remembered'));
    fill(el, { code: '123456' });
    checkbox(el)!.click();
    submit(el);
    const detail = ((await submitted) as CustomEvent<AuthSubmitDetail>).detail;
    expect(detail.values, 'the tick is not a secret, the code is').to.deep.equal({ rememberDevice: 'on' });
    const event = await remembered;
    expect(event.detail).to.deep.equal({ username: 'ana' });
    expect(event.bubbles && event.composed).to.equal(true);
    expect(answerOf(backend)).to.deep.equal({ code: '123456', rememberDevice: true });
    expect(order).to.deep.equal(['auth-signed-in', 'auth-device-remembered']);
  });

  it('ask, not ticked: the code alone, and no auth-device-remembered', async () => {
    const { el, backend } = await flowAt('ask', { answerChallenge: [{ kind: 'done', session: SESSION }] });
    let heard = false;
    el.addEventListener('auth-device-remembered', () => (heard = true));
    fill(el, { code: '123456' });
    const signedIn = oneEvent(el, 'auth-signed-in');
    submit(el);
    await signedIn;
    expect(answerOf(backend)).to.deep.equal({ code: '123456' });
    expect(heard).to.equal(false);
  });

  it('never (the default) and always: no checkbox', async () => {
    for (const value of [null, 'always']) {
      const { el } = await flowAt(value, {});
      expect(checkbox(el), String(value)).to.equal(null);
      el.remove();
    }
  });

  it('follows the attribute when it changes', async () => {
    const { el } = await flowAt('never', { resendChallengeCode: [sms()] });
    expect(checkbox(el)).to.equal(null);
    el.setAttribute('remember-device', 'ask');
    await waitFor(() => checkbox(el));
  });

  it('ask: the authenticator-app setup offers it with the first code', async () => {
    const setup = challengeResult('MFA_SETUP', { MFAS_CAN_SETUP: '["SOFTWARE_TOKEN_MFA"]' }, handle('setup'));
    const backend = new ScriptedBackend({ signIn: [setup], associateTotp: [{ secretCode: 'JBSWY3DPEHPK3PXP' }] });
    const el = await fixture<AuthFlowElement>(html`<auth-flow .backend=${backend} remember-device="ask"></auth-flow>`);
    await waitFor(() => el.querySelector('auth-sign-in form'));
    fill(el, { username: 'ana', password: 'Correct-horse-9' });
    submit(el);
    await waitFor(() => el.querySelector('auth-totp-setup input[name=code]'));
    expect(checkbox(el)).to.exist;
  });

  it('the step element alone takes the attribute too', async () => {
    await defineStepElement('auth-mfa-code');
    const state = { step: 'confirmSignInWithTotpCode', username: 'ana', pending: false, error: null, notice: null } as never;
    const alone = await fixture<AuthMfaCodeElement>(html`<auth-mfa-code remember-device="ask" .state=${state}></auth-mfa-code>`);
    expect(checkbox(alone)).to.exist;
    alone.rememberDevice = 'never';
    await alone.updateComplete;
    expect(checkbox(alone)).to.equal(null);
  });
});
