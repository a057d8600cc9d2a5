/**
 * End to end: `<auth-flow username-attributes>` against the local Cognito's pools whose usernames
 * are email addresses, phone numbers, or either (docs/cognito.md §8.7). Cognito makes each user's
 * username a UUID there and takes the address or number everywhere else, an address in any case;
 * the kit must ask for the right thing, send it as Cognito stores it, and refuse what cannot be one
 * at the field, before any call.
 */
import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { LocalUsernamePools } from '../../dev/local-cognito/launch.mjs';
import type { AuthFlowElement } from '../../src/elements/auth-flow.js';
import { countryPicker, fill, input, submit, waitFor } from '../support/dom.js';
import { buttonNamed, describedBy, mountFlow, signedIn, STRONG } from '../support/flow.js';
import { latestCode, localCognito, uniqueUsername } from '../support/local-cognito.js';

const NEW_PASSWORD = 'Brand-New-Pass-77';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A UK mobile number (07400 …, one libphonenumber counts as real) no other test uses. */
function freshMobile(): { national: string; e164: string } {
  const digits = String(Math.floor(Math.random() * 1_000_000)).padStart(6, '0');
  return { national: `07400 ${digits}`, e164: `+447400${digits}` };
}

/** Types into a field as a person does: focus, clear, keys. */
async function typeInto(field: HTMLInputElement, text: string): Promise<void> {
  field.focus();
  field.value = '';
  field.dispatchEvent(new Event('input', { bubbles: true }));
  await sendKeys({ type: text });
}

/** Cognito API calls this page has made since the last `performance.clearResourceTimings()`. */
async function cognitoCalls(): Promise<number> {
  const { endpoint } = await localCognito();
  const origin = new URL(endpoint).origin;
  return performance.getEntriesByType('resource').filter((entry) => {
    const url = new URL(entry.name);
    return url.origin === origin && url.pathname === '/' && (entry as PerformanceResourceTiming).initiatorType === 'fetch';
  }).length;
}

/** A confirmed user of a username pool, made through the Cognito API itself (SignUp, the code, ConfirmSignUp). */
async function confirmedUser(pool: keyof LocalUsernamePools, username: string): Promise<void> {
  const local = await localCognito();
  const { clientId } = local.usernamePools[pool];
  const cognito = async (operation: string, body: object) => {
    const response = await fetch(local.endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': `AWSCognitoIdentityProviderService.${operation}` },
      body: JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${operation}: ${await response.text()}`);
  };
  const started = new Date().toISOString();
  await cognito('SignUp', { ClientId: clientId, Username: username, Password: STRONG });
  const code = await latestCode({ destination: username }, started);
  await cognito('ConfirmSignUp', { ClientId: clientId, Username: username, ConfirmationCode: code });
}

function labelOf(el: Element, field: HTMLInputElement): string {
  return el.querySelector(`label[for="${field.id}"]`)?.textContent?.trim() ?? '';
}

async function openSignUp(el: AuthFlowElement): Promise<void> {
  buttonNamed(el, 'Create an account').click();
  await waitFor(() => el.querySelector('auth-sign-up form'));
}

describe('e2e: usernames that are email addresses (username-attributes="email")', () => {
  it('signs up with an address, confirms with the emailed code, signs in with it typed in another case between spaces', async () => {
    const el = await mountFlow({ usernamePool: 'email' });
    await openSignUp(el);
    const field = input(el, 'username');
    expect(field.type).to.equal('email');
    expect(field.autocomplete).to.equal('username');
    expect(labelOf(el, field)).to.equal('Email');
    expect(el.querySelector('auth-sign-up input[name=email]'), 'the username is the address: no second email field').to.equal(null);

    const local = uniqueUsername('Ada.Lovelace');
    const email = `${local}@example.com`;
    const started = new Date().toISOString();
    await typeInto(field, `${local}@Example.COM`);
    fill(el, { password: STRONG });
    const signedUp = oneEvent(el, 'auth-signed-up');
    const codeSent = oneEvent(el, 'auth-code-sent');
    submit(el);
    expect((await signedUp).detail.username, 'sent with its domain in lower case').to.equal(email);
    const sent = (await codeSent).detail;
    expect(sent.medium).to.equal('EMAIL');
    expect(sent.destination).to.equal('A***@e***');

    await waitFor(() => el.querySelector('auth-confirm-code form'));
    fill(el, { code: await latestCode({ destination: email }, started) });
    submit(el);
    await waitFor(() => el.querySelector('auth-sign-in form'));
    expect(input(el, 'username').value).to.equal(email);

    await typeInto(input(el, 'username'), `  ${local.toUpperCase()}@EXAMPLE.COM  `);
    fill(el, { password: STRONG });
    const signedInEvent = oneEvent(el, 'auth-signed-in');
    submit(el);
    const { detail } = await signedInEvent;
    expect(detail.username, "Cognito's username in such a pool: a UUID, the sub").to.match(UUID);
    expect(detail.username).to.equal(detail.session.idTokenClaims.sub);
    expect(detail.session.idTokenClaims.email).to.equal(email);
    const view = await signedIn(el);
    expect(view.querySelector('.auth-signed-in-user')!.textContent).to.equal(`Signed in as ${email}.`);
  });

  it('refuses a malformed address at the field, before any call', async () => {
    const el = await mountFlow({ usernamePool: 'email' });
    performance.clearResourceTimings();
    fill(el, { username: 'ada.lovelace.example.com', password: STRONG });
    submit(el);
    const field = input(el, 'username');
    await waitFor(() => field.getAttribute('aria-invalid') === 'true');
    expect(describedBy(field)[0]).to.equal('Enter an email address like name@example.com.');
    expect(document.activeElement).to.equal(field);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await cognitoCalls()).to.equal(0);
  });
});

describe('e2e: usernames that are phone numbers (username-attributes="phone_number")', () => {
  it('signs up and signs in with a number typed nationally, the country from default-country', async () => {
    const el = await mountFlow({ usernamePool: 'phone', defaultCountry: 'GB', signUpAttributes: '' });
    await openSignUp(el);
    const picker = await countryPicker(el);
    expect(picker.value).to.equal('GB');
    const field = input(el, 'username');
    expect(field.type).to.equal('tel');
    expect(field.autocomplete).to.equal('username');
    expect(labelOf(el, field)).to.equal('Phone number');

    const phone = freshMobile();
    const started = new Date().toISOString();
    await typeInto(field, phone.national.replace(' ', ''));
    expect(field.value, 'formatted as typed').to.equal(phone.national);
    fill(el, { password: STRONG });
    const signedUp = oneEvent(el, 'auth-signed-up');
    const codeSent = oneEvent(el, 'auth-code-sent');
    submit(el);
    expect((await signedUp).detail.username, 'sent in E.164').to.equal(phone.e164);
    const sent = (await codeSent).detail;
    expect(sent.medium).to.equal('SMS');
    expect(sent.destination).to.equal(`+********${phone.e164.slice(-4)}`);

    await waitFor(() => el.querySelector('auth-confirm-code form'));
    expect(el.querySelector('.auth-code-sent')!.textContent).to.equal(`We sent a code by text message to ${sent.destination}.`);
    fill(el, { code: await latestCode({ destination: phone.e164 }, started) });
    submit(el);
    await waitFor(() => el.querySelector('auth-sign-in form'));
    expect((await countryPicker(el)).value).to.equal('GB');
    // The number carried over, shown nationally.
    await waitFor(() => input(el, 'username').value === phone.national);

    fill(el, { password: STRONG });
    const signedInEvent = oneEvent(el, 'auth-signed-in');
    submit(el);
    const { detail } = await signedInEvent;
    expect(detail.username).to.match(UUID);
    expect(detail.session.idTokenClaims.phone_number).to.equal(phone.e164);
    expect(detail.session.idTokenClaims.phone_number_verified, 'the texted code proved it').to.equal(true);
    const view = await signedIn(el);
    expect(view.querySelector('.auth-signed-in-user')!.textContent).to.equal(`Signed in as ${phone.e164}.`);
  });

  it('resets a password by phone number: the code by text message, then in with the new password', async () => {
    const phone = freshMobile();
    await confirmedUser('phone', phone.e164);
    const el = await mountFlow({ usernamePool: 'phone', defaultCountry: 'GB', signUpAttributes: '' });
    await countryPicker(el);
    await typeInto(input(el, 'username'), phone.national);
    buttonNamed(el, 'Forgot your password?').click();
    await waitFor(() => el.querySelector('auth-reset-password input[name=username]'));
    expect((await countryPicker(el)).value).to.equal('GB');
    await waitFor(() => input(el, 'username').value === phone.national);

    const started = new Date().toISOString();
    submit(el);
    await waitFor(() => /^We sent a code by text message to \+\*+\d{4}\.$/.test(el.querySelector('auth-reset-password .auth-code-sent')?.textContent ?? ''));
    fill(el, { code: await latestCode({ destination: phone.e164 }, started), password: NEW_PASSWORD });
    const reset = oneEvent(el, 'auth-password-reset');
    submit(el);
    expect((await reset).detail.username).to.equal(phone.e164);
    await waitFor(() => el.querySelector('auth-sign-in form'));
    // The phone library loads with the step; until then the number shows as sent (E.164).
    await countryPicker(el);
    await waitFor(() => input(el, 'username').value === phone.national);
    fill(el, { password: NEW_PASSWORD });
    submit(el);
    await signedIn(el);
  });

  it('refuses a number that cannot exist at the field, before any call', async () => {
    const el = await mountFlow({ usernamePool: 'phone', defaultCountry: 'GB', signUpAttributes: '' });
    await openSignUp(el);
    await countryPicker(el);
    performance.clearResourceTimings();
    const field = input(el, 'username');
    await typeInto(field, '0740012');
    fill(el, { password: STRONG });
    submit(el);
    await waitFor(() => field.getAttribute('aria-invalid') === 'true');
    expect(describedBy(field)[0]).to.equal('Enter the phone number with its country code, like +15550100199.');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await cognitoCalls()).to.equal(0);
  });
});

describe('e2e: usernames that are either (username-attributes="email phone_number")', () => {
  it('one field takes a number or an address: sign up with a number, sign in with it; an address signs in in any case, spaces trimmed', async () => {
    const el = await mountFlow({ usernamePool: 'emailOrPhone', defaultCountry: 'GB', signUpAttributes: '' });
    await openSignUp(el);
    const field = input(el, 'username');
    expect(field.type).to.equal('text');
    expect(field.autocomplete).to.equal('username');
    expect(labelOf(el, field)).to.equal('Email or phone number');

    const phone = freshMobile();
    const started = new Date().toISOString();
    await typeInto(field, phone.national);
    expect((await countryPicker(el)).value, 'a number: the picker shows').to.equal('GB');
    fill(el, { password: STRONG });
    const codeSent = oneEvent(el, 'auth-code-sent');
    submit(el);
    expect((await codeSent).detail.medium).to.equal('SMS');
    await waitFor(() => el.querySelector('auth-confirm-code form'));
    fill(el, { code: await latestCode({ destination: phone.e164 }, started) });
    submit(el);
    await waitFor(() => el.querySelector('auth-sign-in form'));
    fill(el, { password: STRONG });
    const byPhone = oneEvent(el, 'auth-signed-in');
    submit(el);
    expect((await byPhone).detail.session.idTokenClaims.phone_number).to.equal(phone.e164);
    await signedIn(el);
    buttonNamed(el, 'Sign out').click();
    await waitFor(() => el.querySelector('auth-sign-in form'));

    const local = uniqueUsername('grace.hopper');
    const email = `${local}@example.com`;
    await confirmedUser('emailOrPhone', email);
    await typeInto(input(el, 'username'), `  ${local.toUpperCase()}@Example.com `);
    fill(el, { password: STRONG });
    const byEmail = oneEvent(el, 'auth-signed-in');
    submit(el);
    expect((await byEmail).detail.session.idTokenClaims.email).to.equal(email);
    const view = await signedIn(el);
    expect(view.querySelector('.auth-signed-in-user')!.textContent).to.equal(`Signed in as ${email}.`);
  });

  it('refuses what is neither an address nor a possible number, before any call', async () => {
    const el = await mountFlow({ usernamePool: 'emailOrPhone', defaultCountry: 'GB', signUpAttributes: '' });
    performance.clearResourceTimings();
    const field = input(el, 'username');
    await typeInto(field, 'grace@');
    fill(el, { password: STRONG });
    submit(el);
    await waitFor(() => field.getAttribute('aria-invalid') === 'true');
    expect(describedBy(field)[0]).to.equal('Enter an email address like name@example.com.');
    await typeInto(field, '0740012');
    submit(el);
    await waitFor(() => field.getAttribute('aria-invalid') === 'true');
    expect(describedBy(field)[0]).to.equal('Enter the phone number with its country code, like +15550100199.');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await cognitoCalls()).to.equal(0);
  });
});
