/** Every sign-in step's element inside `<auth-flow>`, on a scripted backend. */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/define.js';
import type { ChallengeAnswer, SignInResult } from '../../src/core/backend.js';
import { encodeAnswer } from '../../src/cognito/challenges.js';
import { AuthController } from '../../src/core/controller.js';
import { AuthError } from '../../src/core/errors.js';
import type { AuthFlowElement } from '../../src/elements/auth-flow.js';
import { otpauthUri } from '../../src/elements/totp-setup.js';
import { fill, input, submit, waitFor } from '../support/dom.js';
import { challengeResult, EMAIL_DELIVERY, handle, ScriptedBackend, SESSION, type Script } from '../support/scripted-backend.js';

const PASSWORD = 'Correct-horse-9';

/** What the answer a step sent becomes on the wire (Cognito's ChallengeResponses for `name`). */
function wire(name: string, input: unknown): Record<string, string> | null {
  return encodeAnswer(name, (input as { answer: ChallengeAnswer }).answer);
}

function challenge(name: string, parameters: Record<string, string> = {}): SignInResult {
  return challengeResult(name, parameters, handle(name));
}

/** Signs in on a scripted backend whose first answer is `first`, and waits for `selector`. */
async function at(first: SignInResult, selector: string, script: Script = {}, setup?: (el: AuthFlowElement) => void) {
  const backend = new ScriptedBackend({ signIn: [first], ...script });
  const controller = new AuthController(backend);
  const el = await fixture<AuthFlowElement>(html`<auth-flow .controller=${controller}></auth-flow>`);
  setup?.(el);
  await controller.signIn({ username: 'ana', password: PASSWORD });
  await waitFor(() => el.querySelector(selector));
  return { el, backend, controller };
}

const heading = (el: Element) => el.querySelector('h2')!.textContent;

describe('MFA code steps', () => {
  it('SMS: says where the code went, takes it, and can send a new one', async () => {
    const sms = challenge('SMS_MFA', { CODE_DELIVERY_DESTINATION: '+*******1234', CODE_DELIVERY_DELIVERY_MEDIUM: 'SMS' });
    const { el, backend } = await at(sms, 'auth-mfa-code form', {
      resendChallengeCode: [sms],
      answerChallenge: [{ kind: 'done', session: SESSION }],
    });
    expect(heading(el)).to.equal('Enter the code we texted you');
    expect(el.querySelector('.auth-code-sent')!.textContent).to.equal('We sent a code by text message to +*******1234.');
    expect(input(el, 'code').autocomplete).to.equal('one-time-code');
    await expect(el).to.be.accessible();
    el.querySelector<HTMLButtonElement>('button[value=resend]')!.click();
    await waitFor(() => el.querySelector('.auth-notice')?.textContent === 'A new code is on its way.');
    fill(el, { code: '123456' });
    const signedIn = oneEvent(el, 'auth-signed-in');
    submit(el);
    await signedIn;
    expect(backend.calls.map((c) => c.method)).to.deep.equal(['signIn', 'resendChallengeCode', 'answerChallenge']);
  });

  it('authenticator app: no resend, and an intro instead of a destination', async () => {
    const { el } = await at(challenge('SOFTWARE_TOKEN_MFA'), 'auth-mfa-code form');
    expect(heading(el)).to.equal('Enter the code from your authenticator app');
    expect(el.querySelector('button[value=resend]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('email: masked address, and a wrong code is cleared with its message at the field', async () => {
    const email = challenge('EMAIL_OTP', { CODE_DELIVERY_DESTINATION: 'a***@e***', CODE_DELIVERY_DELIVERY_MEDIUM: 'EMAIL' });
    const { el } = await at(email, 'auth-mfa-code form', {
      answerChallenge: [new AuthError('CodeMismatchException', 'Invalid code or auth state for the user.')],
    });
    expect(heading(el)).to.equal('Check your email');
    expect(el.querySelector('.auth-code-sent')!.textContent).to.equal('We sent a code by email to a***@e***.');
    fill(el, { code: '999999' });
    submit(el);
    await waitFor(() => input(el, 'code').getAttribute('aria-invalid') === 'true');
    expect(input(el, 'code').value).to.equal('');
  });
});

describe('MFA selection', () => {
  it('offers the allowed methods as radios and sends the choice', async () => {
    const { el, backend } = await at(
      challenge('SELECT_MFA_TYPE', { MFAS_CAN_CHOOSE: '["SMS_MFA","SOFTWARE_TOKEN_MFA"]' }),
      'auth-mfa-select form',
      { answerChallenge: [challenge('SOFTWARE_TOKEN_MFA')] },
    );
    expect(heading(el)).to.equal('Choose how to verify it’s you');
    const labels = [...el.querySelectorAll('fieldset label')].map((l) => l.textContent);
    expect(labels).to.deep.equal(['Text message (SMS)', 'Authenticator app']);
    await expect(el).to.be.accessible();
    el.querySelector<HTMLInputElement>('input[value=TOTP]')!.click();
    submit(el);
    await waitFor(() => el.querySelector('auth-mfa-code'));
    expect(wire('SELECT_MFA_TYPE', backend.calls[1].input)).to.deep.equal({ ANSWER: 'SOFTWARE_TOKEN_MFA' });
  });
});

describe('MFA setup', () => {
  it('lets the person choose app or email, then sets up email by address', async () => {
    const { el, backend } = await at(
      challenge('MFA_SETUP', { MFAS_CAN_SETUP: '["SOFTWARE_TOKEN_MFA","EMAIL_OTP"]' }),
      'auth-mfa-select form',
      { answerChallenge: [challenge('EMAIL_OTP', { CODE_DELIVERY_DESTINATION: 'a***@e***' })] },
    );
    expect(heading(el)).to.equal('Set up two-step verification');
    el.querySelector<HTMLInputElement>('input[value=EMAIL]')!.click();
    submit(el);
    await waitFor(() => el.querySelector('auth-email-setup form'));
    expect(input(el, 'email').autocomplete).to.equal('email');
    await expect(el).to.be.accessible();
    fill(el, { email: 'ana@example.com' });
    submit(el);
    await waitFor(() => el.querySelector('auth-mfa-code'));
    expect(wire('MFA_SETUP', backend.calls[1].input)).to.deep.equal({ EMAIL: 'ana@example.com' });
  });

  it('TOTP: a QR code of the otpauth URI (encoder loaded lazily), the key as text, then the first code', async () => {
    const { el, backend } = await at(
      challenge('MFA_SETUP', { MFAS_CAN_SETUP: '["SOFTWARE_TOKEN_MFA"]' }),
      'auth-totp-setup form',
      { associateTotp: [{ secretCode: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP' }], answerChallenge: [{ kind: 'done', session: SESSION }] },
      (flow) => flow.setAttribute('totp-issuer', 'Acme Shop'),
    );
    await waitFor(() => el.querySelector('svg.auth-qr path'));
    const qr = el.querySelector('svg.auth-qr')!;
    expect(qr.getAttribute('role')).to.equal('img');
    expect(qr.querySelector('path')!.getAttribute('d')!.length).to.be.greaterThan(100);
    expect(el.querySelector('.auth-secret code')!.textContent).to.equal('JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP');
    expect(heading(el)).to.equal('Set up your authenticator app');
    await expect(el).to.be.accessible();
    fill(el, { code: '123456' });
    const signedIn = oneEvent(el, 'auth-signed-in');
    submit(el);
    await signedIn;
    expect(backend.calls[2]).to.deep.include({ method: 'answerChallenge' });
  });

  it('builds the otpauth URI with issuer and account name, escaped', () => {
    expect(otpauthUri('Acme Shop', 'ana@example.com', 'ABC')).to.equal(
      'otpauth://totp/Acme%20Shop:ana%40example.com?secret=ABC&issuer=Acme%20Shop',
    );
  });
});

describe('forced new password', () => {
  it('asks for the new password with its rules, and for each missing required attribute', async () => {
    const { el, backend } = await at(
      challenge('NEW_PASSWORD_REQUIRED', {
        userAttributes: '{"email":"ana@example.com"}',
        requiredAttributes: '["userAttributes.name","userAttributes.email"]',
      }),
      'auth-new-password form',
      { answerChallenge: [{ kind: 'done', session: SESSION }] },
    );
    expect(heading(el)).to.equal('Choose a new password');
    const password = input(el, 'password');
    expect(password.autocomplete).to.equal('new-password');
    const hint = document.getElementById(password.getAttribute('aria-describedby')!)!;
    expect(hint.textContent).to.contain('at least 8 characters');
    expect(input(el, 'name').autocomplete).to.equal('name');
    expect(el.querySelector('input[name=email]')).to.equal(null);
    await expect(el).to.be.accessible();
    fill(el, { password: PASSWORD });
    submit(el);
    await el.updateComplete;
    expect(input(el, 'name').getAttribute('aria-invalid'), 'a required attribute left empty').to.equal('true');
    fill(el, { name: 'Ana Lima' });
    submit(el);
    await waitFor(() => el.querySelector('auth-signed-in'));
    expect(wire('NEW_PASSWORD_REQUIRED', backend.calls[1].input)).to.deep.equal({
      NEW_PASSWORD: PASSWORD,
      'userAttributes.name': 'Ana Lima',
    });
  });
});

describe('custom challenge', () => {
  it('renders the prompt as text only, with the label and keyboard the trigger asked for', async () => {
    const { el } = await at(
      challenge('CUSTOM_CHALLENGE', {
        prompt: '<img src=x onerror="window.pwned=1">Enter the code we emailed to a***@e***.',
        label: 'Emailed code',
        inputmode: 'numeric',
      }),
      'auth-challenge-prompt form',
    );
    expect(heading(el)).to.equal('Verify it’s you');
    expect(el.querySelector('img')).to.equal(null);
    expect(el.querySelector('.auth-code-sent')!.textContent).to.contain('<img src=x');
    expect(el.querySelector(`label[for="${input(el, 'answer').id}"]`)!.textContent).to.equal('Emailed code');
    expect(input(el, 'answer').inputMode).to.equal('numeric');
    await expect(el).to.be.accessible();
  });

  it('goes round by round, then signs in', async () => {
    const round = (n: number) => challenge('CUSTOM_CHALLENGE', { prompt: `Question ${n}` });
    const { el, controller } = await at(round(1), 'auth-challenge-prompt form', {
      answerChallenge: [round(2), { kind: 'done', session: SESSION }],
    });
    fill(el, { answer: 'one' });
    submit(el);
    await waitFor(() => el.querySelector('.auth-code-sent')?.textContent === 'Question 2');
    expect(controller.getSnapshot()).to.deep.include({ step: 'customChallenge', round: 2 });
    expect(input(el, 'answer').value, 'a new round starts empty').to.equal('');
    fill(el, { answer: 'two' });
    submit(el);
    await waitFor(() => el.querySelector('auth-signed-in'));
  });

  it('lets an app render its own prompt for a named challenge', async () => {
    const { el } = await at(challenge('CUSTOM_CHALLENGE', { name: 'colour', options: 'red,blue' }), 'auth-challenge-prompt form', {}, (flow) => {
      flow.challengePrompts = {
        colour: (parameters) => html`<p class="app-prompt">Pick one of ${parameters.options}</p>`,
      };
    });
    expect(el.querySelector('.app-prompt')!.textContent).to.equal('Pick one of red,blue');
  });

  it('lists unnamed parameters as text when there is no prompt', async () => {
    const { el } = await at(challenge('CUSTOM_CHALLENGE', { question: 'Capital of France?' }), 'auth-challenge-prompt form');
    expect([...el.querySelectorAll('dt, dd')].map((n) => n.textContent)).to.deep.equal(['question', 'Capital of France?']);
  });
});

describe('password reset', () => {
  it('forgot password → code + new password → sign-in with the username filled in', async () => {
    const backend = new ScriptedBackend({ forgotPassword: [EMAIL_DELIVERY], confirmForgotPassword: [undefined] });
    const controller = new AuthController(backend);
    const el = await fixture<AuthFlowElement>(html`<auth-flow .controller=${controller}></auth-flow>`);
    fill(el, { username: 'dee' });
    [...el.querySelectorAll<HTMLButtonElement>('.auth-link')].find((b) => b.textContent === 'Forgot your password?')!.click();
    await waitFor(() => el.querySelector('auth-reset-password form'));
    expect(input(el, 'username').value, 'the username typed at sign-in').to.equal('dee');
    await expect(el).to.be.accessible();
    submit(el);
    await waitFor(() => el.querySelector('auth-reset-password input[name=code]'));
    expect(el.querySelector('.auth-code-sent')!.textContent).to.equal('We sent a code by email to a***@e***.');
    expect(input(el, 'password').autocomplete).to.equal('new-password');
    await expect(el).to.be.accessible();
    fill(el, { code: '123456', password: PASSWORD });
    const reset = oneEvent(el, 'auth-password-reset');
    submit(el);
    expect((await reset).detail.username).to.equal('dee');
    await waitFor(() => el.querySelector('auth-sign-in form'));
    expect(input(el, 'username').value).to.equal('dee');
    expect(el.querySelector('.auth-notice')!.textContent).to.equal('Your password was changed. Sign in with the new one.');
  });
});
