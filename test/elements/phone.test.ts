/**
 * Phone fields: the country picker (keyboard, the country a field starts with, names in the page's
 * language), formatting while typing (caret, nothing typed lost), E.164 out, and a number that
 * cannot exist refused at its field before anything is sent.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { AuthFlowElement } from '../../src/elements/auth-flow.js';
import type { AuthSubmitDetail } from '../../src/elements/shared/events.js';
import { EMAIL_DELIVERY, ScriptedBackend, SESSION, type Script } from '../support/scripted-backend.js';
import { countryPicker, fill, input, submit, waitFor } from '../support/dom.js';

const PASSWORD = 'Correct-horse-9';

interface Options {
  usernameAttributes?: string;
  defaultCountry?: string;
  lang?: string;
  initialStep?: string;
  signUpAttributes?: string;
}

async function mount(options: Options, script: Script = {}) {
  const backend = new ScriptedBackend({ currentSession: [null], ...script });
  const el = await fixture<AuthFlowElement>(html`<auth-flow
    .backend=${backend}
    lang=${options.lang ?? ''}
    username-attributes=${options.usernameAttributes ?? 'phone_number'}
    default-country=${options.defaultCountry ?? ''}
    sign-up-attributes=${options.signUpAttributes ?? 'email phone_number?'}
    initial-step=${options.initialStep ?? 'signIn'}
  ></auth-flow>`);
  await waitFor(() => el.querySelector(':scope > * form'));
  return { el, backend };
}

const picker = countryPicker;

const description = (field: HTMLInputElement) =>
  (field.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean).map((id) => document.getElementById(id)!.textContent!.trim());

/** Types into the field as a person does: focus, then keys. */
async function typeInto(field: HTMLInputElement, text: string) {
  field.focus();
  await sendKeys({ type: text });
}

/** The phone modules this page has fetched so far. */
const phoneModulesFetched = () =>
  performance.getEntriesByType('resource').filter((entry) => /libphonenumber-js|phone-fields/.test(entry.name));

// First in this file (each test file has a page of its own): nothing has fetched them yet.
describe('phone fields: loading', () => {
  it('fetches the picker and the phone library only for a step that shows a phone field', async () => {
    const { el } = await mount({ usernameAttributes: '', signUpAttributes: 'email' });
    el.controller!.goTo('signUp');
    await waitFor(() => el.querySelector('auth-sign-up form'));
    el.controller!.goTo('resetPassword');
    await waitFor(() => el.querySelector('auth-reset-password form'));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(phoneModulesFetched(), 'no phone field yet').to.have.length(0);
    el.controller!.goTo('signUp');
    el.signUpAttributes = 'email phone_number?';
    await picker(el, 'phone_number');
    expect(phoneModulesFetched().length).to.be.greaterThan(0);
  });
});

describe('phone fields: the country picker', () => {
  it('starts at default-country, lists every country by name with its calling code, and is labelled', async () => {
    const { el } = await mount({ defaultCountry: 'gb' });
    const select = await picker(el);
    expect(select.value).to.equal('GB');
    expect(select.selectedOptions[0].textContent).to.equal('United Kingdom (\u200e+44)');
    expect(select.options.length).to.be.greaterThan(240);
    expect(select.getAttribute('aria-label')).to.equal('Country or region');
    // No name: the country is not a form value of its own (the number carries it).
    expect(select.name).to.equal('');
    expect(description(input(el, 'username'))).to.deep.equal(['Choose the country, or start the number with + and its country code.']);
    // Sorted by name, as people look for them.
    const names = [...select.options].map((option) => option.textContent!);
    expect(names.indexOf('Germany (\u200e+49)')).to.be.lessThan(names.indexOf('Greece (\u200e+30)'));
    await expect(el).to.be.accessible();
  });

  it('without default-country, starts at the region of the page language, else of the browser language', async () => {
    expect((await picker((await mount({ lang: 'en-GB' })).el)).value).to.equal('GB');
    expect((await picker((await mount({ lang: 'fr-CA' })).el)).value).to.equal('CA');
    const browserRegion = new Intl.Locale(navigator.language).maximize().region;
    expect((await picker((await mount({})).el)).value).to.equal(browserRegion);
    // A default-country that names no country is ignored.
    expect((await picker((await mount({ defaultCountry: 'XX', lang: 'en-IE' })).el)).value).to.equal('IE');
  });

  it('names the countries in the language on screen', async () => {
    const { el } = await mount({ lang: 'de', defaultCountry: 'DE' });
    const select = await picker(el);
    await waitFor(() => select.getAttribute('aria-label') === 'Land oder Region');
    await waitFor(() => select.selectedOptions[0].textContent === 'Deutschland (\u200e+49)');
  });

  it('is used by keyboard: type a name to pick the country, then Tab to the number', async () => {
    const { el } = await mount({ defaultCountry: 'US' });
    const select = await picker(el);
    select.focus();
    await sendKeys({ type: 'Germ' });
    await waitFor(() => select.value === 'DE');
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(input(el, 'username'));
    await sendKeys({ type: '015112345678' });
    expect(input(el, 'username').value).to.equal('01511 2345678');
  });
});

describe('phone fields: typing', () => {
  it('formats the number for its country as it is typed', async () => {
    const { el } = await mount({ defaultCountry: 'US' });
    await picker(el);
    const field = input(el, 'username');
    await typeInto(field, '2015550123');
    expect(field.value).to.equal('(201) 555-0123');
    expect(field.selectionStart).to.equal(field.value.length);
  });

  it('keeps the caret after the digit it followed when typing in the middle', async () => {
    const { el } = await mount({ defaultCountry: 'US' });
    await picker(el);
    const field = input(el, 'username');
    await typeInto(field, '201555012');
    expect(field.value).to.equal('(201) 555-012');
    field.setSelectionRange(2, 2); // after "(2"
    await sendKeys({ type: '0' });
    expect(field.value).to.equal('(200) 155-5012');
    expect(field.selectionStart, 'after the 0 just typed').to.equal(3);
  });

  it('deleting a space or bracket deletes it (the formatting does not put it back), and nothing else', async () => {
    const { el } = await mount({ defaultCountry: 'US' });
    await picker(el);
    const field = input(el, 'username');
    await typeInto(field, '2015550123');
    field.setSelectionRange(5, 5); // after "(201)"
    await sendKeys({ press: 'Backspace' });
    expect(field.value).to.equal('(201 555-0123');
    expect(field.selectionStart).to.equal(4);
    await sendKeys({ press: 'Backspace' }); // now a digit: the number is formatted again
    expect(field.value.replace(/\D/g, '')).to.equal('205550123');
  });

  it('loses nothing typed: a character the formatter cannot place leaves the text as typed, and the check says so', async () => {
    const { el, backend } = await mount({ defaultCountry: 'US' });
    await picker(el);
    const field = input(el, 'username');
    await typeInto(field, '201555x0123');
    expect(field.value.replace(/[\s()-]/g, '')).to.equal('201555x0123');
    fill(el, { password: PASSWORD });
    submit(el);
    await waitFor(() => field.getAttribute('aria-invalid') === 'true');
    expect(field.value.replace(/[\s()-]/g, ''), 'still there after the refusal').to.equal('201555x0123');
    expect(backend.calls.filter((call) => call.method === 'signIn')).to.have.length(0);
  });

  it('a + and a calling code pick the country; choosing another country reformats the number for it', async () => {
    const { el } = await mount({ defaultCountry: 'US' });
    const select = await picker(el);
    const field = input(el, 'username');
    await typeInto(field, '+447400123456');
    expect(field.value).to.equal('+44 7400 123456');
    await waitFor(() => select.value === 'GB');
    // Another country: the national digits, formatted for it.
    select.value = 'DE';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    expect(field.value.replace(/\D/g, '')).to.equal('7400123456');
    expect(field.value.startsWith('+')).to.equal(false);
  });

  it('a number carried over from another step is shown nationally, with its country', async () => {
    const { el } = await mount({ defaultCountry: 'US' });
    await picker(el);
    await typeInto(input(el, 'username'), '+447400123456');
    el.querySelector<HTMLButtonElement>('auth-sign-in .auth-links button')!.click(); // "Forgot your password?"
    await waitFor(() => el.querySelector('auth-reset-password form'));
    const select = await picker(el);
    expect(select.value).to.equal('GB');
    expect(input(el, 'username').value).to.equal('07400 123456');
  });
});

describe('phone fields: what is sent', () => {
  it('sends the number in E.164, in the auth-submit values and to the backend', async () => {
    const { el, backend } = await mount({ defaultCountry: 'GB' }, { signIn: [{ kind: 'done', session: SESSION }] });
    await picker(el);
    await typeInto(input(el, 'username'), '07400 123456');
    expect(input(el, 'username').value).to.equal('07400 123456');
    fill(el, { password: PASSWORD });
    const submitted = oneEvent(el, 'auth-submit');
    submit(el);
    expect(((await submitted) as CustomEvent<AuthSubmitDetail>).detail.values.username).to.equal('+447400123456');
    const call = await waitFor(() => backend.calls.find((c) => c.method === 'signIn'));
    expect(call.input).to.deep.include({ username: '+447400123456' });
  });

  it('refuses a number that cannot exist at its field, before sending, with focus there', async () => {
    const { el, backend } = await mount({ defaultCountry: 'US' }, { forgotPassword: [EMAIL_DELIVERY] });
    el.controller!.goTo('resetPassword');
    await waitFor(() => el.querySelector('auth-reset-password form'));
    await picker(el);
    const field = input(el, 'username');
    // The right length for the United States, but no US number starts with 555.
    await typeInto(field, '5550100199');
    submit(el);
    await waitFor(() => field.getAttribute('aria-invalid') === 'true');
    expect(description(field)[0]).to.equal('Enter the phone number with its country code, like +15550100199.');
    expect(document.activeElement).to.equal(field);
    expect(field.value).to.equal('(555) 010-0199');
    expect(backend.calls.filter((call) => call.method === 'forgotPassword')).to.have.length(0);
    // Fixed: sent.
    field.value = '';
    await typeInto(field, '2015550123');
    expect(field.getAttribute('aria-invalid')).to.equal('false');
    submit(el);
    const call = await waitFor(() => backend.calls.find((c) => c.method === 'forgotPassword'));
    expect(call.input).to.deep.include({ username: '+12015550123' });
  });

  it('the phone_number attribute on sign-up has a picker too, and goes out in E.164', async () => {
    const { el, backend } = await mount(
      { usernameAttributes: '', initialStep: 'signUp', defaultCountry: 'DE' },
      { signUp: [{ userConfirmed: false, codeDelivery: EMAIL_DELIVERY }] },
    );
    const select = await picker(el, 'phone_number');
    expect(select.value).to.equal('DE');
    fill(el, { username: 'bo', password: PASSWORD, email: 'bo@example.com' });
    await typeInto(input(el, 'phone_number'), '015112345678');
    expect(input(el, 'phone_number').value).to.equal('01511 2345678');
    submit(el);
    const call = await waitFor(() => backend.calls.find((c) => c.method === 'signUp'));
    expect(call.input).to.deep.include({ attributes: { email: 'bo@example.com', phone_number: '+4915112345678' } });
    await expect(el).to.be.accessible();
  });
});

describe('phone fields: email or phone number', () => {
  it('shows the picker only while the text looks like a number', async () => {
    const { el, backend } = await mount({ usernameAttributes: 'email phone_number', defaultCountry: 'US' }, { signIn: [{ kind: 'done', session: SESSION }] });
    const field = input(el, 'username');
    // The library arrives with the step; an address never shows the picker.
    await typeInto(field, 'ana@example.com');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(el.querySelector('select.auth-country')).to.equal(null);
    expect(description(field)).to.deep.equal(['A phone number starts with its country code, for example +1 555 010 0199.']);
    field.value = '';
    await typeInto(field, '2015550123');
    const select = await picker(el);
    expect(select.value).to.equal('US');
    await waitFor(() => field.value === '(201) 555-0123');
    expect(description(field)).to.deep.equal(['Choose the country, or start the number with + and its country code.']);
    fill(el, { password: PASSWORD });
    submit(el);
    const call = await waitFor(() => backend.calls.find((c) => c.method === 'signIn'));
    expect(call.input).to.deep.include({ username: '+12015550123' });
  });
});
