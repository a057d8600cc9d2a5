/** Forms as the pool is configured: username kinds, the live password checklist, per-step slots. */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { AuthFlowElement } from '../../src/elements/auth-flow.js';
import { PasswordChecklist } from '../../src/elements/shared/password-checklist.js';
import { EMAIL_DELIVERY, ScriptedBackend, SESSION, type Script } from '../support/scripted-backend.js';
import { countryPicker, fill, input, submit, waitFor } from '../support/dom.js';

const PASSWORD = 'Correct-horse-9';

/** An `<auth-flow>` that builds its own controller from its attributes, on a scripted backend. */
async function mount(attributes: { usernameAttributes?: string; passwordPolicy?: string; initialStep?: string }, script: Script = {}) {
  const backend = new ScriptedBackend({ currentSession: [null], ...script });
  const el = await fixture<AuthFlowElement>(html`<auth-flow
    .backend=${backend}
    username-attributes=${attributes.usernameAttributes ?? ''}
    password-policy=${attributes.passwordPolicy ?? ''}
    initial-step=${attributes.initialStep ?? 'signIn'}
  ></auth-flow>`);
  await waitFor(() => el.querySelector(':scope > * form'));
  return { el, backend };
}

const label = (el: Element, name: string) => el.querySelector(`label[for="${input(el, name).id}"]`)!.textContent!.trim();
const description = (field: HTMLInputElement) =>
  (field.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean).map((id) => document.getElementById(id)!.textContent!.replace(/\s+/g, ' ').trim());
const live = (el: AuthFlowElement) => el.shadowRoot!.querySelector('[role=status]')!.textContent!.trim();

describe('username-attributes', () => {
  it('email: an email field (type, autocomplete, keyboard, label) on sign-in, sign-up and reset', async () => {
    const { el } = await mount({ usernameAttributes: 'email' });
    for (const step of ['signIn', 'signUp', 'resetPassword'] as const) {
      el.controller!.goTo(step);
      await waitFor(() => el.querySelector(`${step === 'signIn' ? 'auth-sign-in' : step === 'signUp' ? 'auth-sign-up' : 'auth-reset-password'} form`));
      const username = input(el, 'username');
      expect([username.type, username.getAttribute('autocomplete'), username.inputMode], step).to.deep.equal(['email', 'username', 'email']);
      expect(label(el, 'username'), step).to.equal('Email');
    }
    // The username is the address: sign-up asks for no second email field.
    el.controller!.goTo('signUp');
    await waitFor(() => el.querySelector('auth-sign-up form'));
    expect(el.querySelector('input[name=email]')).to.equal(null);
  });

  it('email: refuses a malformed address before sending, at the field', async () => {
    const { el, backend } = await mount({ usernameAttributes: 'email' });
    fill(el, { username: 'ana', password: PASSWORD });
    submit(el);
    await waitFor(() => input(el, 'username').getAttribute('aria-invalid') === 'true');
    expect(description(input(el, 'username'))[0]).to.equal('Enter an email address like name@example.com.');
    expect(backend.calls.filter((call) => call.method === 'signIn')).to.have.length(0);
  });

  it('email: trims and lower-cases the domain before sending (the part before @ stays as typed)', async () => {
    const { el, backend } = await mount({ usernameAttributes: 'email' }, { signIn: [{ kind: 'done', session: SESSION }] });
    fill(el, { username: '  Ana@Example.COM ', password: PASSWORD });
    submit(el);
    const call = await waitFor(() => backend.calls.find((c) => c.method === 'signIn'));
    expect(call.input).to.deep.include({ username: 'Ana@example.com' });
  });

  it('email: sign-up sends the address as the username and as the email attribute', async () => {
    const { el, backend } = await mount({ usernameAttributes: 'email', initialStep: 'signUp' }, { signUp: [{ userConfirmed: false, codeDelivery: EMAIL_DELIVERY }] });
    fill(el, { username: 'bo@Example.com', password: PASSWORD });
    submit(el);
    const call = await waitFor(() => backend.calls.find((c) => c.method === 'signUp'));
    expect(call.input).to.deep.equal({ username: 'bo@example.com', password: PASSWORD, attributes: { email: 'bo@example.com' } });
  });

  it('phone_number: a tel field with a country picker, checked and sent in E.164', async () => {
    const { el, backend } = await mount({ usernameAttributes: 'phone_number' }, { forgotPassword: [EMAIL_DELIVERY] });
    const username = input(el, 'username');
    expect([username.type, username.getAttribute('autocomplete'), username.inputMode]).to.deep.equal(['tel', 'username', 'tel']);
    expect(label(el, 'username')).to.equal('Phone number');
    el.controller!.goTo('resetPassword');
    await waitFor(() => el.querySelector('auth-reset-password form'));
    await countryPicker(el);
    fill(el, { username: '555 0199' });
    submit(el);
    await waitFor(() => input(el, 'username').getAttribute('aria-invalid') === 'true');
    expect(description(input(el, 'username'))[0]).to.equal('Enter the phone number with its country code, like +15550100199.');
    fill(el, { username: '+1 (201) 555-0123' });
    submit(el);
    const call = await waitFor(() => backend.calls.find((c) => c.method === 'forgotPassword'));
    expect(call.input).to.deep.include({ username: '+12015550123' });
  });

  it('email phone_number: one field, "Email or phone number", that takes either and refuses neither', async () => {
    const { el, backend } = await mount({ usernameAttributes: 'email phone_number' }, { signIn: [{ kind: 'done', session: SESSION }] });
    const username = input(el, 'username');
    expect([username.type, username.getAttribute('autocomplete')]).to.deep.equal(['text', 'username']);
    expect(label(el, 'username')).to.equal('Email or phone number');
    fill(el, { username: 'ana', password: PASSWORD });
    submit(el);
    await waitFor(() => input(el, 'username').getAttribute('aria-invalid') === 'true');
    expect(description(input(el, 'username'))[0]).to.equal('Enter the phone number with its country code, like +15550100199.');
    fill(el, { username: 'ana@example', password: PASSWORD });
    submit(el);
    await waitFor(() => description(input(el, 'username'))[0] === 'Enter an email address like name@example.com.');
    fill(el, { username: '+1 201 555 0123', password: PASSWORD });
    submit(el);
    const call = await waitFor(() => backend.calls.find((c) => c.method === 'signIn'));
    expect(call.input).to.deep.include({ username: '+12015550123' });
  });
});

describe('password-policy', () => {
  afterEach(() => (PasswordChecklist.pause = 1000));

  const rules = (el: Element) =>
    [...el.querySelectorAll<HTMLElement>('.auth-password-rules li')].map((li) => `${li.dataset.rule}:${li.dataset.met}`);

  it("shows Cognito's default rules under the new password, each met or not as the person types, in words too", async () => {
    const { el } = await mount({ initialStep: 'signUp' });
    expect(rules(el)).to.deep.equal(['minLength:false', 'lowercase:false', 'uppercase:false', 'numbers:false', 'symbols:false']);
    fill(el, { password: 'abc1' });
    await waitFor(() => rules(el).join() === 'minLength:false,lowercase:true,uppercase:false,numbers:true,symbols:false');
    const first = el.querySelector('.auth-password-rules li')!;
    expect(first.textContent!.replace(/\s+/g, ' ').trim()).to.equal('✗ at least 8 characters (still needed)');
    // The checklist describes the field.
    expect(description(input(el, 'password')).join(' ')).to.contain('Your password needs');
    fill(el, { password: PASSWORD });
    await waitFor(() => rules(el).every((rule) => rule.endsWith(':true')));
    expect(el.querySelector('.auth-password-rules li')!.textContent).to.contain('(done)');
  });

  it('reads out the unmet rules only after a pause, and only when they changed', async () => {
    PasswordChecklist.pause = 100;
    const { el } = await mount({ initialStep: 'signUp' });
    await el.updateComplete;
    const before = live(el);
    fill(el, { password: 'a' });
    fill(el, { password: 'ab' });
    fill(el, { password: 'abC' });
    expect(live(el), 'nothing per keystroke').to.equal(before);
    await waitFor(() => live(el) !== before);
    expect(live(el)).to.equal('Your password still needs at least 8 characters, a number, and a symbol, such as ! or #.');
    // Another keystroke that leaves the same rules unmet says nothing new.
    fill(el, { password: 'abCd' });
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect(live(el)).to.equal('Your password still needs at least 8 characters, a number, and a symbol, such as ! or #.');
    fill(el, { password: PASSWORD });
    await waitFor(() => live(el) === 'Your password meets every rule.');
  });

  it('refuses a submit naming the first unmet rule, without a request', async () => {
    const { el, backend } = await mount({ initialStep: 'signUp', passwordPolicy: 'min=10 lower digit' });
    expect(rules(el)).to.deep.equal(['minLength:false', 'lowercase:false', 'numbers:false']);
    fill(el, { username: 'bo', password: 'abcdefghij', email: 'bo@example.com' });
    submit(el);
    await waitFor(() => input(el, 'password').getAttribute('aria-invalid') === 'true');
    expect(description(input(el, 'password'))[0]).to.equal('Add a number to this password.');
    fill(el, { password: 'short1' });
    submit(el);
    await waitFor(() => description(input(el, 'password'))[0] === 'This password is too short.');
    expect(backend.calls.filter((call) => call.method === 'signUp')).to.have.length(0);
  });

  it("takes the pool's PasswordPolicy as JSON, and `none` leaves the judging to Cognito", async () => {
    const json = await mount({ initialStep: 'signUp', passwordPolicy: '{"MinimumLength":12,"RequireUppercase":true,"RequireSymbols":true}' });
    expect(rules(json.el)).to.deep.equal(['minLength:false', 'uppercase:false', 'symbols:false']);
    expect(json.el.querySelector('.auth-password-rules li')!.textContent).to.contain('at least 12 characters');
    const none = await mount({ initialStep: 'signUp', passwordPolicy: 'none' }, { signUp: [{ userConfirmed: false, codeDelivery: EMAIL_DELIVERY }] });
    expect(none.el.querySelector('.auth-password-rules')).to.equal(null);
    fill(none.el, { username: 'bo', password: 'weak', email: 'bo@example.com' });
    submit(none.el);
    await waitFor(() => none.backend.calls.find((c) => c.method === 'signUp'));
  });

  it('shows the checklist on the reset step too', async () => {
    const { el } = await mount({ initialStep: 'resetPassword' }, { forgotPassword: [EMAIL_DELIVERY] });
    fill(el, { username: 'bo' });
    submit(el);
    await waitFor(() => el.querySelector('auth-reset-password input[name=code]'));
    expect(rules(el)).to.have.length(5);
  });
});

describe('per-step header and footer slots', () => {
  it("renders <step>-header and <step>-footer around that step's element only", async () => {
    const backend = new ScriptedBackend({ currentSession: [null] });
    const el = await fixture<AuthFlowElement>(html`<auth-flow .backend=${backend}>
      <p slot="header">Every step</p>
      <p slot="sign-in-header">Welcome back</p>
      <p slot="sign-in-footer">Sign-in help</p>
      <p slot="sign-up-header">Join us</p>
    </auth-flow>`);
    await waitFor(() => el.querySelector('auth-sign-in form'));
    const body = el.shadowRoot!.querySelector('[part=body]')!;
    const assigned = () =>
      [...body.querySelectorAll('slot')].flatMap((slot) => slot.assignedElements().map((node) => (node.localName.includes('-') ? node.localName : node.textContent)));
    expect(assigned()).to.deep.equal(['Welcome back', 'auth-sign-in', 'Sign-in help']);
    el.controller!.goTo('signUp');
    await waitFor(() => el.querySelector('auth-sign-up form'));
    await el.updateComplete;
    expect(assigned()).to.deep.equal(['Join us', 'auth-sign-up']);
    const slots = [...body.querySelectorAll('slot')].map((slot) => slot.name);
    expect(slots).to.deep.equal(['sign-up-header', '', 'sign-up-footer']);
  });
});
