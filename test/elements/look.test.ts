/** How `<auth-flow>` looks: the card and its tokens, the brand slot, field widths, target sizes, capitals, one primary action. */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { AuthController } from '../../src/core/controller.js';
import type { AuthFlowElement } from '../../src/elements/auth-flow.js';
import { fill, input, submit, waitFor } from '../support/dom.js';
import { challengeResult, EMAIL_DELIVERY, handle, ScriptedBackend, SESSION, type Script } from '../support/scripted-backend.js';

/** A flow on a scripted backend, at `initialStep`, with its form drawn. */
async function mount(initialStep: 'signIn' | 'signUp' | 'resetPassword' = 'signIn', script: Script = {}, attributes = 'email phone_number?') {
  const backend = new ScriptedBackend({ currentSession: [null], ...script });
  const el = await fixture<AuthFlowElement>(html`<auth-flow .backend=${backend} initial-step=${initialStep} sign-up-attributes=${attributes}></auth-flow>`);
  await waitFor(() => el.querySelector(':scope > * form'));
  await waitFor(() => !el.querySelector('input[type=tel]') || el.querySelector('select.auth-country'));
  return el;
}

/** Every control a person can point at, said with its size when under 24 × 24 CSS px (WCAG 2.5.8). */
function smallTargets(el: Element): string[] {
  const controls = [...el.querySelectorAll<HTMLElement>('button, a[href], input:not([type=hidden]), select, textarea')];
  expect(controls.length, 'controls found').to.be.greaterThan(3);
  return controls
    .map((control) => ({ control, box: control.getBoundingClientRect() }))
    .filter(({ box }) => box.width < 24 || box.height < 24)
    .map(({ control, box }) => `${control.localName}[${control.getAttribute('name') ?? control.textContent?.trim()}] ${box.width.toFixed(1)}×${box.height.toFixed(1)}`);
}

const frameStyle = (el: AuthFlowElement) => getComputedStyle(el.shadowRoot!.querySelector('[part=frame]')!);

describe('the look of <auth-flow>', () => {
  it('every button, link and field of sign-in and sign-up is at least 24 × 24 CSS px', async () => {
    const signIn = await mount('signIn');
    expect(smallTargets(signIn), 'sign-in').to.deep.equal([]);
    const signUp = await mount('signUp');
    expect(signUp.querySelector('select.auth-country'), 'the phone picker is there to measure').to.not.equal(null);
    expect(smallTargets(signUp), 'sign-up').to.deep.equal([]);
  });

  it('the password field is as wide as the username field, its toggle under it', async () => {
    const el = await mount('signIn');
    const width = (name: string) => input(el, name).getBoundingClientRect().width;
    expect(width('password')).to.equal(width('username'));
    const toggle = el.querySelector('.auth-toggle')!.getBoundingClientRect();
    expect(toggle.top, 'below the field').to.be.at.least(input(el, 'password').getBoundingClientRect().bottom);
  });

  it('links start where the fields start', async () => {
    const el = await mount('signIn');
    const left = input(el, 'username').getBoundingClientRect().left;
    const link = [...el.querySelectorAll('.auth-links > .auth-link')][0]!;
    const range = document.createRange();
    range.selectNodeContents(link);
    expect(Math.round(range.getBoundingClientRect().left)).to.equal(Math.round(left));
  });

  it('never capitalises passwords, codes or usernames, even with the password shown; free text still may', async () => {
    const el = await mount('signUp', {}, 'email name');
    expect(input(el, 'username').getAttribute('autocapitalize')).to.equal('none');
    expect(input(el, 'password').getAttribute('autocapitalize')).to.equal('none');
    expect(input(el, 'email').getAttribute('autocapitalize')).to.equal('none');
    expect(input(el, 'name').getAttribute('autocapitalize'), 'a name is free text').to.equal('sentences');
    el.querySelector<HTMLButtonElement>('.auth-toggle')!.click();
    expect(input(el, 'password').type).to.equal('text');
    expect(input(el, 'password').getAttribute('autocapitalize')).to.equal('none');

    const reset = await mount('resetPassword', { forgotPassword: [EMAIL_DELIVERY] });
    fill(reset, { username: 'ana' });
    submit(reset);
    await waitFor(() => reset.querySelector('input[name=code]'));
    expect(input(reset, 'code').getAttribute('autocapitalize')).to.equal('none');
    expect(input(reset, 'password').getAttribute('autocapitalize')).to.equal('none');
  });

  it('has one primary action per step', async () => {
    const backend = new ScriptedBackend({ signIn: [{ kind: 'done', session: SESSION }] });
    const controller = new AuthController(backend);
    const el = await fixture<AuthFlowElement>(html`<auth-flow .controller=${controller}></auth-flow>`);
    const primaries = () => el.querySelectorAll(':scope > * .auth-submit').length;
    for (const step of ['signIn', 'signUp', 'resetPassword'] as const) {
      controller.goTo(step);
      await waitFor(() => el.querySelector(`:scope > auth-${step === 'signIn' ? 'sign-in' : step === 'signUp' ? 'sign-up' : 'reset-password'} form`));
      expect(primaries(), step).to.equal(1);
    }
    controller.goTo('signIn');
    await waitFor(() => el.querySelector(':scope > auth-sign-in form'));
    await controller.signIn({ username: 'ana', password: 'Correct-horse-9' });
    await waitFor(() => el.querySelector(':scope > auth-signed-in form'));
    expect(primaries(), 'signedIn').to.equal(1);
  });

  it('draws a card from tokens, and none with appearance="plain"', async () => {
    const el = await mount('signIn');
    expect(frameStyle(el).borderTopWidth).to.equal('1px');
    expect(frameStyle(el).borderTopLeftRadius).to.equal('12px');
    expect(frameStyle(el).boxShadow).to.not.equal('none');
    expect(frameStyle(el).paddingTop).to.equal('24px');
    el.style.setProperty('--auth-flow-card-radius', '3px');
    el.style.setProperty('--auth-flow-card-shadow', 'none');
    expect(frameStyle(el).borderTopLeftRadius, 'a token changes it').to.equal('3px');
    expect(frameStyle(el).boxShadow).to.equal('none');
    el.style.removeProperty('--auth-flow-card-shadow');
    el.setAttribute('appearance', 'plain');
    expect(frameStyle(el).borderTopWidth).to.equal('0px');
    expect(frameStyle(el).borderTopLeftRadius).to.equal('0px');
    expect(frameStyle(el).boxShadow).to.equal('none');
    expect(frameStyle(el).paddingTop).to.equal('16px');
  });

  it('puts a brand (logo) at the top of the frame, centred and no taller than the token', async () => {
    const backend = new ScriptedBackend({ currentSession: [null] });
    const el = await fixture<AuthFlowElement>(html`<auth-flow .backend=${backend}>
      <p slot="header">Welcome</p>
      <svg slot="brand" role="img" aria-label="Acme" width="300" height="120" viewBox="0 0 300 120"><rect width="300" height="120" /></svg>
    </auth-flow>`);
    await waitFor(() => el.querySelector('auth-sign-in form'));
    const frame = el.shadowRoot!.querySelector('[part=frame]')!;
    expect(frame.querySelector('slot')!.name, 'the first thing in the frame').to.equal('brand');
    const logo = el.querySelector('[slot=brand]')!.getBoundingClientRect();
    expect(logo.height).to.equal(48);
    const card = frame.getBoundingClientRect();
    expect(Math.abs(logo.left - card.left - (card.right - logo.right)), 'centred').to.be.below(1);
    expect(logo.bottom, 'above the header').to.be.at.most(el.querySelector('[slot=header]')!.getBoundingClientRect().top);
    await expect(el).to.be.accessible();
  });
  it("styles a later step's check row with the sheet it brings: a row of a 24 px box and a label of normal weight", async () => {
    const backend = new ScriptedBackend({ currentSession: [null], signIn: [{ kind: 'done', session: SESSION }] });
    const el = await fixture<AuthFlowElement>(html`<auth-flow .backend=${backend}></auth-flow>`);
    await waitFor(() => el.querySelector('auth-sign-in form'));
    fill(el, { username: 'ana', password: 'Correct-horse-9' });
    submit(el);
    const row = await waitFor(() => el.querySelector<HTMLElement>('auth-signed-in .auth-check'));
    expect(getComputedStyle(row).display).to.equal('flex');
    const box = row.querySelector('input')!.getBoundingClientRect();
    expect([box.width, box.height]).to.deep.equal([24, 24]);
    // The labels' rule of the first sheet makes labels bold; the check row's, after it, does not.
    expect(getComputedStyle(row.querySelector('label')!).fontWeight).to.equal('400');
    expect(getComputedStyle(el.querySelector('auth-signed-in .auth-submit')!).fontWeight, 'the first sheet still applies').to.equal('600');
  });
  it('styles the modal dialog and the expiry warning with the sheets the flow\'s parts bring', async () => {
    const backend = new ScriptedBackend({ currentSession: [null], signIn: [challengeResult('SMS_MFA', { CODE_DELIVERY_DESTINATION: '+*******0001', CODE_DELIVERY_DELIVERY_MEDIUM: 'SMS' }, handle('sms'))] });
    const el = await fixture<AuthFlowElement>(html`<auth-flow .backend=${backend} variant="modal"></auth-flow>`);
    await el.show();
    const dialog = el.shadowRoot!.querySelector('dialog')!;
    expect(dialog.open).to.equal(true);
    const look = getComputedStyle(dialog);
    expect([look.paddingTop, look.borderTopWidth, look.backgroundColor, look.maxWidth]).to.deep.equal(['0px', '0px', 'rgba(0, 0, 0, 0)', '384px']);
    expect(getComputedStyle(dialog, '::backdrop').backgroundColor).to.equal('rgba(0, 0, 0, 0.45)');

    el.challengeLifetime = 30_200; // the warning 200 ms after the step appears
    fill(el, { username: 'ana', password: 'Correct-horse-9' });
    submit(el);
    const warning = await waitFor(() => el.shadowRoot!.querySelector('[part=warning]'), 3000);
    const warned = getComputedStyle(warning);
    expect([warned.fontWeight, warned.color, warned.marginBottom]).to.deep.equal(['600', 'rgb(180, 35, 24)', '16px']);
    dialog.close();
  });
});
