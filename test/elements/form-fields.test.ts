/**
 * `form-fields`: sign-up's attribute fields as the page configures them (order, label, placeholder,
 * hint, required, autocomplete, type), the named fields of the markup around a step joining the
 * submission (a terms checkbox refused through `auth-submit`), and a form that lacks a required
 * attribute refused before the call. The README's "Sign-up fields" example is this file's `README`.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/define.js';
import type { FormFields } from '../../src/core/fields.js';
import type { AuthFlowElement } from '../../src/elements/auth-flow.js';
import type { AuthSubmitDetail } from '../../src/elements/shared/events.js';
import { challengeResult, EMAIL_DELIVERY, handle, ScriptedBackend, type Script } from '../support/scripted-backend.js';
import { fill, submit, waitFor } from '../support/dom.js';

const PASSWORD = 'Correct-horse-9';

// ── README: Sign-up fields ───────────────────────────────────────────────────────────────────
const formFields: FormFields = {
  signUp: [
    { name: 'given_name', label: 'First name', order: 0 },
    { name: 'custom:plan', label: 'Plan', type: 'select', required: true, options: [{ value: 'free', label: 'Free' }, { value: 'pro', label: 'Pro' }] },
    { name: 'birthdate', type: 'date', hint: 'You need to be 16 or older.' },
    { name: 'custom:newsletter', label: 'Send me the monthly newsletter', type: 'checkbox' },
  ],
};

function refuseWithoutTerms(flow: AuthFlowElement) {
  flow.addEventListener('auth-submit', (event) => {
    const terms = flow.querySelector<HTMLInputElement>('input[name=terms]')!;
    const message = flow.querySelector<HTMLElement>('#terms-error')!;
    message.hidden = event.detail.step !== 'signUp' || !!event.detail.values.terms;
    terms.setAttribute('aria-invalid', String(!message.hidden));
    if (message.hidden) return;
    event.preventDefault(); // nothing is sent; the form stays as it is
    terms.focus();
  });
}
// ─────────────────────────────────────────────────────────────────────────────────────────────

async function mount(script: Script = {}, fields: FormFields = formFields) {
  const backend = new ScriptedBackend({ currentSession: [null], ...script });
  const el = await fixture<AuthFlowElement>(html`<auth-flow .backend=${backend} .formFields=${fields} sign-up-attributes="email" initial-step="signUp">
    <div slot="sign-up-footer">
      <label><input type="checkbox" name="terms" aria-describedby="terms-error" /> I accept the terms of use</label>
      <p id="terms-error" hidden>Accept the terms of use to create an account.</p>
    </div>
  </auth-flow>`);
  await waitFor(() => el.querySelector('auth-sign-up form'));
  refuseWithoutTerms(el);
  return { el, backend };
}

const field = (el: Element, name: string) => el.querySelector<HTMLInputElement & HTMLSelectElement>(`auth-sign-up [name="${name}"]`)!;
const labelOf = (el: Element, name: string) => el.querySelector(`label[for="${field(el, name).id}"]`)!.textContent!.trim();
const description = (control: Element) =>
  (control.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean).map((id) => document.getElementById(id)!.textContent!.trim());

describe('form-fields', () => {
  it('shows the attributes in order, with their labels, types, hints and choices', async () => {
    const { el } = await mount();
    const names = [...el.querySelectorAll('auth-sign-up .auth-field')].map((box) => box.getAttribute('data-field'));
    expect(names).to.deep.equal(['given_name', 'username', 'password', 'email', 'custom:plan', 'birthdate', 'custom:newsletter']);
    expect(labelOf(el, 'given_name')).to.equal('First name (optional)');
    expect(field(el, 'given_name').getAttribute('autocomplete'), 'the standard token kept').to.equal('given-name');
    expect([labelOf(el, 'custom:plan'), field(el, 'custom:plan').localName, field(el, 'custom:plan').required]).to.deep.equal(['Plan', 'select', true]);
    expect([...field(el, 'custom:plan').options].map((option) => `${option.value}:${option.textContent}`)).to.deep.equal([':Choose…', 'free:Free', 'pro:Pro']);
    expect(field(el, 'birthdate').type).to.equal('date');
    expect(description(field(el, 'birthdate'))).to.deep.equal(['You need to be 16 or older.']);
    expect([field(el, 'custom:newsletter').type, labelOf(el, 'custom:newsletter')]).to.deep.equal(['checkbox', 'Send me the monthly newsletter (optional)']);
    await expect(el).to.be.accessible();
  });

  it('takes placeholder, autocomplete, number, email and tel (with its country picker) too', async () => {
    const { el } = await mount({}, {
      signUp: [
        { name: 'custom:employees', type: 'number', placeholder: '50', autocomplete: 'off' },
        { name: 'custom:work_email', type: 'email', required: true },
        { name: 'custom:work_phone', type: 'tel' },
      ],
    });
    expect([field(el, 'custom:employees').type, field(el, 'custom:employees').placeholder, field(el, 'custom:employees').getAttribute('autocomplete')]).to.deep.equal(['number', '50', 'off']);
    expect(field(el, 'custom:work_email').type).to.equal('email');
    await waitFor(() => el.querySelector('.auth-field[data-field="custom:work_phone"] select.auth-country'));
    fill(el, { username: 'bo', password: PASSWORD, email: 'bo@example.com', 'custom:work_email': 'bo@' });
    submit(el);
    await waitFor(() => field(el, 'custom:work_email').getAttribute('aria-invalid') === 'true');
    expect(description(field(el, 'custom:work_email'))[0]).to.equal('Enter an email address like name@example.com.');
  });

  it('a required select left at "Choose…" is refused at its field, before anything is sent', async () => {
    const { el, backend } = await mount();
    el.querySelector<HTMLInputElement>('input[name=terms]')!.checked = true;
    fill(el, { username: 'bo', password: PASSWORD, email: 'bo@example.com' });
    submit(el);
    await waitFor(() => field(el, 'custom:plan').getAttribute('aria-invalid') === 'true');
    expect(description(field(el, 'custom:plan'))[0]).to.equal('Fill in this field.');
    expect(document.activeElement).to.equal(field(el, 'custom:plan'));
    expect(backend.calls.filter((call) => call.method === 'signUp')).to.have.length(0);
  });

  it('the terms checkbox around the step joins auth-submit; unticked, the listener refuses and nothing is sent', async () => {
    const { el, backend } = await mount({ signUp: [{ userConfirmed: false, codeDelivery: EMAIL_DELIVERY }] });
    fill(el, { username: 'bo', password: PASSWORD, email: 'bo@example.com', given_name: 'Bo', birthdate: '1990-04-01' });
    field(el, 'custom:plan').value = 'pro';
    const refused = oneEvent(el, 'auth-submit');
    submit(el);
    expect(((await refused) as CustomEvent<AuthSubmitDetail>).detail.values).to.not.have.property('terms');
    expect(el.querySelector<HTMLElement>('#terms-error')!.hidden).to.equal(false);
    expect(document.activeElement).to.equal(el.querySelector('input[name=terms]'));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(backend.calls.filter((call) => call.method === 'signUp')).to.have.length(0);
    expect(field(el, 'given_name').value, 'nothing typed is lost').to.equal('Bo');

    el.querySelector<HTMLInputElement>('input[name=terms]')!.checked = true;
    field(el, 'custom:newsletter').checked = true;
    const accepted = oneEvent(el, 'auth-submit');
    submit(el);
    expect(((await accepted) as CustomEvent<AuthSubmitDetail>).detail.values).to.deep.include({ terms: 'on', 'custom:plan': 'pro' });
    const call = await waitFor(() => backend.calls.find((c) => c.method === 'signUp'));
    expect(call.input, 'attributes only: the terms box is the page\'s').to.deep.equal({
      username: 'bo',
      password: PASSWORD,
      attributes: { email: 'bo@example.com', given_name: 'Bo', 'custom:plan': 'pro', birthdate: '1990-04-01', 'custom:newsletter': 'true' },
    });
    expect(el.querySelector<HTMLElement>('#terms-error')!.hidden).to.equal(true);
  });

  it('takes the list as JSON in the form-fields attribute (plain HTML)', async () => {
    const backend = new ScriptedBackend({ currentSession: [null] });
    const el = await fixture<AuthFlowElement>(html`<auth-flow
      .backend=${backend}
      initial-step="signUp"
      sign-up-attributes="email"
      form-fields='{"signUp":[{"name":"custom:team","label":"Team","required":true}]}'
    ></auth-flow>`);
    await waitFor(() => el.querySelector('auth-sign-up form'));
    expect([labelOf(el, 'custom:team'), field(el, 'custom:team').required]).to.deep.equal(['Team', true]);
  });

  it("refuses an app's own sign-up markup that lacks a required attribute, before the call, saying the form is at fault", async () => {
    const backend = new ScriptedBackend({ currentSession: [null] });
    const el = await fixture<AuthFlowElement>(html`<auth-flow .backend=${backend} initial-step="signUp" sign-up-attributes="email given_name">
      <form slot="sign-up">
        <input name="username" aria-label="Username" value="bo" />
        <input name="password" type="password" aria-label="Password" value=${PASSWORD} />
        <input name="email" aria-label="Email" value="bo@example.com" />
        <button>Create account</button>
      </form>
    </auth-flow>`);
    await waitFor(() => el.controller?.getSnapshot().step === 'signUp');
    const failed = oneEvent(el, 'auth-error');
    el.querySelector('form button')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect((await failed).detail).to.deep.include({ code: 'formLacksField', field: 'given_name' });
    expect(backend.calls.filter((call) => call.method === 'signUp')).to.have.length(0);
  });

  it('on the forced new password, the missing attribute as the page configures it', async () => {
    const { el } = await mount(
      { signIn: [challengeResult('NEW_PASSWORD_REQUIRED', { userAttributes: '{}', requiredAttributes: '["userAttributes.name"]' }, handle('n'))] },
      { newPasswordRequired: [{ name: 'name', label: 'Your full name', hint: 'As on your passport.' }] },
    );
    el.controller!.goTo('signIn');
    await waitFor(() => el.querySelector('auth-sign-in form'));
    fill(el, { username: 'bo', password: PASSWORD });
    submit(el);
    await waitFor(() => el.querySelector('auth-new-password form'));
    const name = el.querySelector<HTMLInputElement>('auth-new-password input[name=name]')!;
    expect(el.querySelector(`label[for="${name.id}"]`)!.textContent!.trim()).to.equal('Your full name');
    expect(description(name)).to.deep.equal(['As on your passport.']);
  });
});
