/** Bad input and impatient people: what reached the screen from a listener, a Lambda or a double click. */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { AuthController } from '../../src/core/controller.js';
import type { AuthFlowElement } from '../../src/elements/auth-flow.js';
import { registerLocale } from '../../src/i18n/translate.js';
import { fill, submit, waitFor } from '../support/dom.js';
import { AuthError } from '../../src/core/errors.js';
import { challengeResult, deferred, EMAIL_DELIVERY, handle, ScriptedBackend, SESSION, type Script } from '../support/scripted-backend.js';

const PASSWORD = 'Correct-horse-9';

async function mount(script: Script, setup?: (el: AuthFlowElement) => void) {
  const backend = new ScriptedBackend(script);
  const controller = new AuthController(backend, { signUpAttributes: [] });
  const el = await fixture<AuthFlowElement>(html`<auth-flow sign-up-attributes="" .controller=${controller}></auth-flow>`);
  setup?.(el);
  await el.updateComplete;
  return { el, backend, controller };
}

describe('hardening: submits', () => {
  it('is single-flight from the first click, even while an auth-submit listener holds it', async () => {
    const { el, backend } = await mount({ signUp: [{ userConfirmed: true }] });
    const hold = deferred<void>();
    el.addEventListener('auth-submit', (event) => event.detail.waitUntil(hold.promise));
    el.controller!.goTo('signUp');
    await waitFor(() => el.querySelector('auth-sign-up form'));
    fill(el, { username: 'ana', password: PASSWORD });
    submit(el);
    submit(el);
    submit(el);
    hold.resolve();
    await waitFor(() => el.querySelector('auth-sign-in form'));
    expect(backend.calls.map((call) => call.method)).to.deep.equal(['signUp']);
  });
});

describe('hardening: what the server or a Lambda sends', () => {
  for (const name of ['__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty']) {
    it(`a custom challenge named "${name}" shows its prompt as text (no app renderer is found)`, async () => {
      const { el } = await mount({
        signIn: [challengeResult('CUSTOM_CHALLENGE', { name, prompt: 'What colour is the sky?' }, handle('c'))],
      });
      fill(el, { username: 'ana', password: PASSWORD });
      submit(el);
      const prompt = await waitFor(() => el.querySelector('auth-challenge-prompt .auth-code-sent'));
      expect(prompt.textContent).to.equal('What colour is the sky?');
      expect(el.querySelector('auth-challenge-prompt input[name=answer]')).to.exist;
    });
  }

  it('isolates a masked destination from the sentence around it (bidi marks cannot reorder it)', async () => {
    const destination = '\u202Emoc.elpmaxe@evil';
    const { el } = await mount({
      signIn: [challengeResult('EMAIL_OTP', { CODE_DELIVERY_DESTINATION: destination, CODE_DELIVERY_DELIVERY_MEDIUM: 'EMAIL' }, handle('e'))],
    });
    fill(el, { username: 'ana', password: PASSWORD });
    submit(el);
    const bdi = await waitFor(() => el.querySelector('auth-mfa-code .auth-code-sent bdi'));
    expect(bdi.textContent).to.equal(destination);
    expect(bdi.parentElement!.textContent).to.equal(`We sent a code by email to ${destination}.`);
  });

  it('a custom prompt keeps its own direction, isolated (dir=auto)', async () => {
    const { el } = await mount({ signIn: [challengeResult('CUSTOM_CHALLENGE', { prompt: '\u202Eabc' }, handle('d'))] });
    fill(el, { username: 'ana', password: PASSWORD });
    submit(el);
    const prompt = await waitFor(() => el.querySelector('auth-challenge-prompt .auth-code-sent'));
    expect(prompt.getAttribute('dir')).to.equal('auto');
  });

  it('NEW_PASSWORD_REQUIRED with userAttributes "null" still asks for the new password and the missing attribute', async () => {
    const { el } = await mount({
      signIn: [challengeResult('NEW_PASSWORD_REQUIRED', { userAttributes: 'null', requiredAttributes: '["userAttributes.name"]' }, handle('n'))],
      answerChallenge: [{ kind: 'done', session: SESSION }],
    });
    fill(el, { username: 'ana', password: PASSWORD });
    submit(el);
    await waitFor(() => el.querySelector('auth-new-password input[name=name]'));
    expect(el.controller!.getSnapshot().pending).to.equal(false);
  });
});

describe('hardening: focus after a step change', () => {
  it('signed in: focus is on the heading, never on "sign out on all devices" or the sign-out button', async () => {
    const { el } = await mount({ signIn: [{ kind: 'done', session: SESSION }] });
    fill(el, { username: 'ana', password: PASSWORD });
    submit(el);
    const heading = await waitFor(() => el.querySelector<HTMLElement>('auth-signed-in .auth-heading'));
    await waitFor(() => document.activeElement === heading);
    expect(heading.getAttribute('tabindex')).to.equal('-1');
  });

  it('authenticator-app setup still preparing its key: focus is on the heading, not lost to the page', async () => {
    const secret = deferred<{ secretCode: string }>();
    const { el } = await mount({
      signIn: [challengeResult('MFA_SETUP', { MFAS_CAN_SETUP: '["SOFTWARE_TOKEN_MFA"]' }, handle('t'))],
      associateTotp: [() => secret.promise],
    });
    fill(el, { username: 'ana', password: PASSWORD });
    submit(el);
    const heading = await waitFor(() => el.querySelector<HTMLElement>('auth-totp-setup .auth-heading'));
    await waitFor(() => document.activeElement === heading);
    secret.resolve({ secretCode: 'JBSWY3DPEHPK3PXP' });
  });
});

describe('language of what is shown', () => {
  it('declares the language and direction of the catalogue actually used, not the one asked for', async () => {
    const controller = new AuthController(new ScriptedBackend({}));
    // Yiddish: written right to left, and not one of the built-in locales.
    const el = await fixture<AuthFlowElement>(html`<auth-flow lang="yi-QQ" .controller=${controller}></auth-flow>`);
    const frame = () => el.shadowRoot!.querySelector('[part=frame]')!;
    await waitFor(() => frame().getAttribute('lang') === 'en');
    expect(frame().getAttribute('dir'), 'English laid out left to right').to.equal('ltr');
    registerLocale('yi-qq', { 'signIn.heading': 'אַרײַנלאָגירן' });
    el.messages = {}; // loads the catalogue again, now that one is registered
    await waitFor(() => frame().getAttribute('lang') === 'yi-QQ');
    expect(frame().getAttribute('dir')).to.equal('rtl');
    expect(el.querySelector('.auth-heading')!.textContent).to.equal('אַרײַנלאָגירן');
  });
});

describe('hardening: targets and required fields', () => {
  it('radios and checkboxes are at least 24 × 24 px (WCAG 2.5.8); required fields say so', async () => {
    const { el } = await mount({
      signIn: [challengeResult('SELECT_MFA_TYPE', { MFAS_CAN_CHOOSE: '["SMS_MFA","SOFTWARE_TOKEN_MFA"]' }, handle('s'))],
    });
    expect(el.querySelector<HTMLInputElement>('input[name=username]')!.required, 'username is required').to.equal(true);
    fill(el, { username: 'ana', password: PASSWORD });
    submit(el);
    const radio = await waitFor(() => el.querySelector<HTMLInputElement>('auth-mfa-select input[type=radio]'));
    const box = radio.getBoundingClientRect();
    expect(box.width).to.be.at.least(24);
    expect(box.height).to.be.at.least(24);
  });
});

describe('announcements', () => {
  const status = (el: AuthFlowElement) => el.shadowRoot!.querySelector('[part=status]')!.textContent!.trim();

  it('a field error found on submit with Enter is read out, with its field', async () => {
    const { el } = await mount({});
    fill(el, { username: 'ana' });
    submit(el);
    await waitFor(() => status(el).includes('Password: Fill in this field.'));
  });

  it("a server's field error is read out too (a wrong code is cleared, and said)", async () => {
    const { el } = await mount({
      signIn: [challengeResult('SOFTWARE_TOKEN_MFA', {}, handle('t'))],
      answerChallenge: [new AuthError('CodeMismatchException', 'Invalid code or auth state for the user.')],
    });
    fill(el, { username: 'ana', password: PASSWORD });
    submit(el);
    await waitFor(() => el.querySelector('auth-mfa-code input[name=code]'));
    fill(el, { code: '123456' });
    submit(el);
    await waitFor(() => status(el) === 'Code: That code is not right. Check it and try again.');
  });

  it('an unconfirmed account: the screen says why, and the code sent is read after it, in order', async () => {
    const sent = deferred<typeof EMAIL_DELIVERY>();
    const { el } = await mount({
      signIn: [new AuthError('UserNotConfirmedException', 'User is not confirmed.')],
      resendSignUpCode: [() => sent.promise],
    });
    fill(el, { username: 'ana', password: PASSWORD });
    submit(el);
    await waitFor(() => el.querySelector('auth-confirm-code .auth-notice'));
    expect(el.querySelector('auth-confirm-code .auth-notice')!.textContent).to.contain('not confirmed yet');
    await waitFor(() => status(el).startsWith('Confirm your account. Your account is not confirmed yet.'));
    sent.resolve(EMAIL_DELIVERY);
    await waitFor(() => status(el).endsWith('We sent a code by email to \u2068a***@e***\u2069.'));
    expect(status(el)).to.match(/^Confirm your account\. Your account is not confirmed yet\..*We sent a code by email/);
  });

  it('a forced reset says why on the reset screen', async () => {
    const { el } = await mount({
      signIn: [new AuthError('PasswordResetRequiredException', 'Password reset required for the user')],
      forgotPassword: [EMAIL_DELIVERY],
    });
    fill(el, { username: 'ana', password: PASSWORD });
    submit(el);
    const notice = await waitFor(() => el.querySelector('auth-reset-password .auth-notice'));
    expect(notice.textContent).to.contain('choose a new password before you can sign in');
  });
});
