import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/define.js';
import { AuthController } from '../../src/core/controller.js';
import { AuthError } from '../../src/core/errors.js';
import type { AuthFlowElement } from '../../src/elements/auth-flow.js';
import { registerLocale } from '../../src/i18n/translate.js';
import { deferred, EMAIL_DELIVERY, ScriptedBackend, SESSION, type Script } from '../support/scripted-backend.js';
import { sendKeys } from '@web/test-runner-commands';
import { countryPicker, fill, input, submit, waitFor } from '../support/dom.js';

async function mount(script: Script) {
  const backend = new ScriptedBackend(script);
  const controller = new AuthController(backend);
  const el = await fixture<AuthFlowElement>(html`<auth-flow .controller=${controller}></auth-flow>`);
  await el.updateComplete;
  return { el, backend, controller };
}

const PASSWORD = 'Correct-horse-9';

describe('<auth-flow>', () => {
  it('heading-level puts every step heading at that level of the page outline (2 by default)', async () => {
    const { el, controller } = await mount({ signIn: [{ kind: 'done', session: SESSION }] });
    await waitFor(() => el.querySelector('auth-sign-in h2'));
    expect(el.querySelector('auth-sign-in h2')!.hasAttribute('aria-level'), 'an h2 says its own level').to.equal(false);
    el.setAttribute('heading-level', '3');
    await waitFor(() => el.querySelector('auth-sign-in h2')?.getAttribute('aria-level') === '3');
    await controller.signIn({ username: 'ana', password: PASSWORD });
    await waitFor(() => el.querySelector('auth-signed-in h2')?.getAttribute('aria-level') === '3');
    el.setAttribute('heading-level', '9');
    await waitFor(() => el.querySelector('auth-signed-in h2')?.getAttribute('aria-level') === '6');
  });

  it('warns, on screen and aloud, 30 s before a challenge step\'s Session ends; a new code restarts the clock', async () => {
    const smsChallenge = { kind: 'challenge' as const, name: 'SMS_MFA', parameters: { CODE_DELIVERY_DESTINATION: '+*******0001', CODE_DELIVERY_DELIVERY_MEDIUM: 'SMS' }, handle: {} as never };
    const { el, controller } = await mount({ signIn: [smsChallenge], resendChallengeCode: [{ ...smsChallenge, handle: {} as never }] });
    el.challengeLifetime = 30_400; // the warning 400 ms after the step appears
    await controller.signIn({ username: 'ana', password: PASSWORD });
    await waitFor(() => el.querySelector('auth-mfa-code form'));
    const warning = () => el.shadowRoot!.querySelector('[part=warning]')?.textContent;
    expect(warning(), 'not yet').to.equal(undefined);
    await waitFor(() => warning(), 2000);
    expect(warning()).to.equal('This step ends in 30 seconds. Finish it now, or you will need to sign in again.');
    expect(el.shadowRoot!.querySelector('[part=status]')!.textContent).to.include('This step ends in 30 seconds.');
    await controller.resendCode();
    await waitFor(() => !warning(), 2000);
    await waitFor(() => warning(), 2000);
    controller.cancel();
    await waitFor(() => !warning(), 2000);
  });

  it('variant="modal": show() opens a native dialog on the first field; Escape closes it and gives focus back; a sign-in closes it', async () => {
    const { el, controller } = await mount({ signIn: [{ kind: 'done', session: SESSION }] });
    const opener = document.createElement('button');
    opener.textContent = 'Sign in';
    document.body.append(opener);
    opener.focus();
    el.variant = 'modal';
    await el.updateComplete;
    const dialog = el.shadowRoot!.querySelector('dialog')!;
    expect(dialog.open, 'closed until shown').to.equal(false);
    expect(dialog.getAttribute('aria-label')).to.equal('Sign in');
    await el.show();
    expect(dialog.open).to.equal(true);
    expect(document.activeElement === input(el, 'username'), 'focus on the first field').to.equal(true);
    await sendKeys({ press: 'Escape' });
    await waitFor(() => !dialog.open);
    expect(document.activeElement === opener, 'focus back on what opened it').to.equal(true);
    await el.show();
    await controller.signIn({ username: 'ana', password: PASSWORD });
    await waitFor(() => !dialog.open);
    opener.remove();
  });

  it('renders the sign-in form in the light DOM with the right autocomplete tokens', async () => {
    const { el } = await mount({});
    const username = input(el, 'username');
    const password = input(el, 'password');
    expect(username.getRootNode()).to.equal(document);
    expect(username.autocomplete).to.equal('username');
    expect(password.autocomplete).to.equal('current-password');
    expect(password.type).to.equal('password');
    expect(el.querySelector(`label[for="${username.id}"]`)?.textContent).to.equal('Username');
    await expect(el).to.be.accessible();
  });

  it('signs in and fires auth-signed-in with claims, never a secret', async () => {
    const { el, backend } = await mount({ signIn: [{ kind: 'done', session: SESSION }] });
    fill(el, { username: 'ana', password: PASSWORD });
    const signedIn = oneEvent(el, 'auth-signed-in');
    submit(el);
    const event = await signedIn;
    expect(event.detail.username).to.equal('ana');
    expect(event.detail.session.idTokenClaims.email).to.equal('ana@example.com');
    expect(JSON.stringify(event.detail)).not.to.contain(PASSWORD);
    expect(backend.calls[0].input).to.deep.include({ username: 'ana', password: PASSWORD });
    await waitFor(() => el.querySelector('auth-signed-in'));
    expect(el.querySelector('auth-signed-in')!.textContent).to.contain('Signed in as ana.');
  });

  it('names a person whose username is their sub (an email-username pool) by their email, not the UUID', async () => {
    const sub = '0c9a4f3e-7b1d-4e2a-9f60-5d8e2b1c3a47';
    const session = { ...SESSION, username: sub, idTokenClaims: { ...SESSION.idTokenClaims, sub, 'cognito:username': sub } };
    const { el } = await mount({ signIn: [{ kind: 'done', session }] });
    fill(el, { username: 'ana@example.com', password: PASSWORD });
    submit(el);
    const view = await waitFor(() => el.querySelector('auth-signed-in form'));
    expect(view.querySelector('.auth-signed-in-user')!.textContent).to.equal('Signed in as ana@example.com.');
    expect(view.textContent).not.to.contain(sub);
    expect(view.textContent, 'the address once, not again as "Email:"').not.to.contain('Email:');
  });

  it('fires a cancelable auth-submit without secrets, and a cancelled submit sends nothing', async () => {
    const { el, backend } = await mount({});
    fill(el, { username: 'ana', password: PASSWORD });
    el.addEventListener('auth-submit', (event) => event.preventDefault(), { once: true });
    const submitted = oneEvent(el, 'auth-submit');
    submit(el);
    const event = await submitted;
    expect(event.detail).to.deep.include({ step: 'signIn', intent: 'submit', values: { username: 'ana' } });
    expect(event.cancelable).to.equal(true);
    expect(backend.calls).to.have.length(0);
  });

  it('lets a listener add client metadata and hold the submit', async () => {
    const { el, backend } = await mount({ signIn: [{ kind: 'done', session: SESSION }] });
    const gate = deferred<void>();
    el.addEventListener('auth-submit', (event) => {
      event.detail.clientMetadata.campaign = 'spring';
      event.detail.waitUntil(gate.promise);
    });
    fill(el, { username: 'ana', password: PASSWORD });
    submit(el);
    await new Promise((r) => setTimeout(r, 20));
    expect(backend.calls).to.have.length(0);
    gate.resolve();
    await waitFor(() => backend.calls.length === 1);
    // The scripted backend records no options; the controller passes them through (unit-tested).
    expect(backend.calls[0].method).to.equal('signIn');
  });

  it('shows empty-field errors at their fields without a request, and keeps what was typed', async () => {
    const { el, backend } = await mount({});
    fill(el, { username: 'ana' });
    submit(el);
    await el.querySelector('auth-sign-in')!.updateComplete;
    const password = input(el, 'password');
    expect(password.getAttribute('aria-invalid')).to.equal('true');
    const describedBy = password.getAttribute('aria-describedby')!.split(' ');
    expect(describedBy.map((id) => document.getElementById(id)?.textContent)).to.include('Fill in this field.');
    expect(document.activeElement).to.equal(password);
    expect(input(el, 'username').value).to.equal('ana');
    expect(backend.calls).to.have.length(0);
  });

  it('shows a wrong password as a form alert, clears only the password, keeps the username', async () => {
    const { el } = await mount({ signIn: [new AuthError('NotAuthorizedException', 'Incorrect username or password.')] });
    fill(el, { username: 'ana', password: 'wrong-one' });
    const failed = oneEvent(el, 'auth-error');
    submit(el);
    expect((await failed).detail).to.deep.include({ code: 'incorrectCredentials', step: 'signIn', name: 'NotAuthorizedException' });
    await el.querySelector('auth-sign-in')!.updateComplete;
    expect(el.querySelector('[role=alert]')?.textContent).to.equal('Incorrect username or password.');
    expect(input(el, 'username').value).to.equal('ana');
    expect(input(el, 'password').value).to.equal('');
  });

  it('marks the submit busy while pending and ignores a second submit', async () => {
    const answer = deferred<{ kind: 'done'; session: typeof SESSION }>();
    const { el, backend } = await mount({ signIn: [() => answer.promise] });
    fill(el, { username: 'ana', password: PASSWORD });
    const pending = oneEvent(el, 'auth-pending-change');
    submit(el);
    expect((await pending).detail.pending).to.equal(true);
    await el.querySelector('auth-sign-in')!.updateComplete;
    const button = el.querySelector<HTMLButtonElement>('button[type=submit]')!;
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    expect(button.textContent!.trim()).to.equal('Signing in…');
    submit(el);
    expect(backend.calls).to.have.length(1);
    answer.resolve({ kind: 'done', session: SESSION });
  });

  it('goes to sign-up, carries the username typed, moves focus and announces the step', async () => {
    const { el } = await mount({});
    fill(el, { username: 'newbie' });
    const changed = oneEvent(el, 'auth-step-change');
    [...el.querySelectorAll<HTMLButtonElement>('.auth-link')].find((b) => b.textContent === 'Create an account')!.click();
    expect((await changed).detail).to.deep.equal({ step: 'signUp', previousStep: 'signIn' });
    await waitFor(() => document.activeElement === el.querySelector('auth-sign-up input[name=username]'));
    expect(input(el, 'username').value).to.equal('newbie');
    expect(input(el, 'password').autocomplete).to.equal('new-password');
    expect(input(el, 'email').autocomplete).to.equal('email');
    expect(input(el, 'phone_number').type).to.equal('tel');
    await waitFor(() => el.shadowRoot!.querySelector('[role=status]')!.textContent === 'Create your account');
  });

  it('hides the way to sign up when asked', async () => {
    const controller = new AuthController(new ScriptedBackend({}));
    const el = await fixture<AuthFlowElement>(html`<auth-flow hide-sign-up .controller=${controller}></auth-flow>`);
    await waitFor(() => el.querySelector('auth-sign-in form'));
    expect([...el.querySelectorAll('.auth-link')].map((b) => b.textContent)).to.deep.equal(['Forgot your password?']);
  });

  it('lets an app cancel the focus move', async () => {
    const { el } = await mount({});
    const outside = document.createElement('button');
    document.body.append(outside);
    outside.focus();
    el.addEventListener('auth-initial-focus', (event) => event.preventDefault());
    el.controller!.goTo('signUp');
    await waitFor(() => el.querySelector('auth-sign-up input'));
    await new Promise((r) => setTimeout(r, 20));
    expect(document.activeElement).to.equal(outside);
    outside.remove();
  });

  it('signs up, says where the code went, confirms, and returns to sign-in with the username', async () => {
    const { el, backend } = await mount({
      signUp: [{ userConfirmed: false, codeDelivery: EMAIL_DELIVERY }],
      confirmSignUp: [new AuthError('CodeMismatchException', 'Invalid code'), undefined],
    });
    el.controller!.goTo('signUp');
    await waitFor(() => el.querySelector('auth-sign-up form'));
    fill(el, { username: 'bo', password: PASSWORD, email: 'bo@example.com', phone_number: '' });
    const codeSent = oneEvent(el, 'auth-code-sent');
    submit(el);
    expect((await codeSent).detail).to.deep.equal({ destination: 'a***@e***', medium: 'EMAIL', step: 'confirmSignUp' });
    expect(backend.calls[0].input).to.deep.equal({ username: 'bo', password: PASSWORD, attributes: { email: 'bo@example.com' } });
    await waitFor(() => el.querySelector('auth-confirm-code form'));
    expect(el.querySelector('.auth-code-sent')!.textContent).to.equal('We sent a code by email to a***@e***.');
    const code = input(el, 'code');
    expect(code.autocomplete).to.equal('one-time-code');
    expect(code.inputMode).to.equal('numeric');

    fill(el, { code: '111111' });
    submit(el);
    await waitFor(() => input(el, 'code').getAttribute('aria-invalid') === 'true');
    expect(input(el, 'code').value, 'a wrong code is cleared').to.equal('');
    expect(document.getElementById(input(el, 'code').getAttribute('aria-describedby')!.split(' ')[0])!.textContent).to.equal(
      'That code is not right. Check it and try again.',
    );

    fill(el, { code: '222222' });
    submit(el);
    await waitFor(() => el.querySelector('auth-sign-in form'));
    expect(input(el, 'username').value).to.equal('bo');
    expect(el.querySelector('.auth-notice')!.textContent).to.equal('Your account is confirmed. Sign in to continue.');
  });

  it('shows an existing username at the username field and keeps every value typed', async () => {
    const { el } = await mount({ signUp: [new AuthError('UsernameExistsException', 'User already exists')] });
    el.controller!.goTo('signUp');
    await waitFor(() => el.querySelector('auth-sign-up form'));
    await countryPicker(el, 'phone_number');
    fill(el, { username: 'taken', password: PASSWORD, email: 'me@example.com', phone_number: '+12015550123' });
    submit(el);
    await waitFor(() => input(el, 'username').getAttribute('aria-invalid') === 'true');
    expect(document.activeElement).to.equal(input(el, 'username'));
    expect(['username', 'password', 'email', 'phone_number'].map((name) => input(el, name).value)).to.deep.equal([
      'taken',
      PASSWORD,
      'me@example.com',
      '+1 201 555 0123',
    ]);
  });

  it('shows a weak password at the password field', async () => {
    const { el } = await mount({
      signUp: [new AuthError('InvalidPasswordException', 'Password did not conform with policy: Password not long enough')],
    });
    el.controller!.goTo('signUp');
    await waitFor(() => el.querySelector('auth-sign-up form'));
    // Meets the policy the page declares (Cognito's default), not the stricter one the pool has.
    fill(el, { username: 'bo', password: PASSWORD, email: 'bo@example.com' });
    submit(el);
    await waitFor(() => input(el, 'password').getAttribute('aria-invalid') === 'true');
    const ids = input(el, 'password').getAttribute('aria-describedby')!.split(' ');
    const texts = ids.map((id) => document.getElementById(id)!.textContent!.replace(/\s+/g, ' ').trim());
    expect(texts[0]).to.equal('This password is too short.');
    expect(texts[1]).to.match(/^Your password needs/);
    expect(input(el, 'email').value).to.equal('bo@example.com');
  });

  it('toggles password visibility', async () => {
    const { el } = await mount({});
    const toggle = el.querySelector<HTMLButtonElement>('.auth-toggle')!;
    toggle.click();
    expect(input(el, 'password').type).to.equal('text');
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    toggle.click();
    expect(input(el, 'password').type).to.equal('password');
  });

  it('signs out from the signed-in view, on all devices when asked', async () => {
    const { el, backend } = await mount({ currentSession: [SESSION], signOut: [undefined] });
    await el.controller!.restore();
    await waitFor(() => el.querySelector('auth-signed-in form'));
    el.querySelector<HTMLInputElement>('input[name=global]')!.click();
    const signedOut = oneEvent(el, 'auth-signed-out');
    el.querySelector<HTMLButtonElement>('button[value=signOut]')!.click();
    expect((await signedOut).detail.username).to.equal('ana');
    expect(backend.calls.at(-1)!.input).to.deep.equal({ global: true });
  });

  it('accepts an app’s own markup for a step through its slot', async () => {
    const backend = new ScriptedBackend({ signIn: [{ kind: 'done', session: SESSION }] });
    const controller = new AuthController(backend);
    const el = await fixture<AuthFlowElement>(html`<auth-flow .controller=${controller}>
      <form slot="sign-in">
        <label>Who <input name="username" /></label>
        <label>Secret <input name="password" type="password" /></label>
        <button>Go</button>
      </form>
    </auth-flow>`);
    expect(el.querySelector('auth-sign-in')).to.equal(null);
    fill(el, { username: 'ana', password: PASSWORD });
    const signedIn = oneEvent(el, 'auth-signed-in');
    el.querySelector<HTMLButtonElement>('form[slot=sign-in] button')!.click();
    await signedIn;
    expect(backend.calls[0].input).to.deep.include({ username: 'ana', password: PASSWORD });
  });

  it('speaks another language when its locale is registered, falling back to English', async () => {
    registerLocale('xx', { 'signIn.heading': 'Anmelden' });
    const controller = new AuthController(new ScriptedBackend({}));
    const el = await fixture<AuthFlowElement>(html`<auth-flow lang="xx-YY" .controller=${controller}></auth-flow>`);
    await waitFor(() => el.querySelector('h2')?.textContent === 'Anmelden');
    expect(el.querySelector('label')!.textContent).to.equal('Username');
  });

  it('builds its own controller from attributes, announces it, and says so when the pool id is malformed', async () => {
    const el = document.createElement('auth-flow');
    const announced = oneEvent(el, 'auth-controller-change');
    el.setAttribute('user-pool-id', 'eu-west-1_abc');
    el.setAttribute('client-id', 'c1');
    document.body.append(el);
    const { detail } = await announced;
    expect(detail.controller).to.be.instanceOf(AuthController);
    expect(el.controller).to.equal(detail.controller);
    const replaced = oneEvent(el, 'auth-controller-change');
    el.setAttribute('client-id', 'c2');
    expect((await replaced).detail.controller).not.to.equal(detail.controller);
    el.remove();
    const bad = await fixture<AuthFlowElement>(html`<auth-flow user-pool-id="nounderscore" client-id="c1"></auth-flow>`);
    expect(bad.shadowRoot!.querySelector('[role=alert]')!.textContent).to.contain('not set up correctly');
  });

  it('is accessible on every step it renders', async () => {
    const { el } = await mount({ currentSession: [SESSION] });
    for (const step of ['signUp', 'signIn'] as const) {
      el.controller!.goTo(step);
      await waitFor(() => el.querySelector(step === 'signUp' ? 'auth-sign-up form' : 'auth-sign-in form'));
      await expect(el).to.be.accessible();
    }
    await el.controller!.restore();
    await waitFor(() => el.querySelector('auth-signed-in form'));
    await expect(el).to.be.accessible();
  });

  it('shows a field error once, at its field, even on the first render', async () => {
    const step = document.createElement('auth-sign-in');
    step.state = {
      step: 'signIn',
      pending: false,
      username: 'ana',
      notice: null,
      error: { code: 'required', name: 'ValidationError', field: 'username', retryable: false },
    };
    const flow = await fixture<AuthFlowElement>(html`<auth-flow></auth-flow>`);
    flow.append(step);
    await step.updateComplete;
    expect(input(step, 'username').getAttribute('aria-invalid')).to.equal('true');
    expect(step.querySelector('[role=alert]'), 'not also a form alert').to.equal(null);
  });

  it('shows an error about a field the step does not show as a form alert', async () => {
    const step = document.createElement('auth-reset-password');
    step.state = {
      step: 'confirmResetPassword',
      pending: false,
      username: 'ana',
      notice: null,
      error: { code: 'userNotFound', name: 'UserNotFoundException', field: 'username', retryable: false },
    };
    const flow = await fixture<AuthFlowElement>(html`<auth-flow></auth-flow>`);
    flow.append(step);
    await step.updateComplete;
    expect(step.querySelector('[role=alert]')!.textContent).to.equal('We could not find an account with that username.');
  });

  it('follows an explicit dir over the language', async () => {
    const controller = new AuthController(new ScriptedBackend({}));
    const el = await fixture<AuthFlowElement>(html`<div dir="rtl"><auth-flow lang="en" .controller=${controller}></auth-flow></div>`);
    const flow = el.querySelector('auth-flow')!;
    await flow.updateComplete;
    expect(flow.shadowRoot!.querySelector('[part=frame]')!.getAttribute('dir')).to.equal('rtl');
  });
});
