/** How `<auth-flow>` looks: the card and its tokens, the brand slot, field widths, target sizes, capitals, one primary action. */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { AuthController } from '../../src/core/controller.js';
import type { AuthFlowElement } from '../../src/elements/auth-flow.js';
import { fill, input, submit, waitFor } from '../support/dom.js';
import { EMAIL_DELIVERY, ScriptedBackend, SESSION, type Script } from '../support/scripted-backend.js';

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
});
