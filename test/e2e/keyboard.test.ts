/**
 * Keyboard only, against the local Cognito: after every step change and every error, where focus
 * is and what the polite live region says — what a screen-reader user hears and where their next
 * keystroke goes. Keys are real key events (the browser's own Enter, Tab and Space).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { AuthFlowElement } from '../../src/elements/auth-flow.js';
import { input, waitFor } from '../support/dom.js';
import { freshName, mountFlow, STRONG } from '../support/flow.js';
import { createUser, latestCode, localCognito, totpCode } from '../support/local-cognito.js';

const live = (el: AuthFlowElement) => el.shadowRoot!.querySelector('[part=status]')!.textContent!.replace(/\u00a0/g, '').trim();
const focused = () => document.activeElement as HTMLElement;
/** The focused element, said briefly (a failed comparison of DOM nodes is slow to print). */
const focusIs = (element: Element | null): string => (element ? `${element.localName}${element.getAttribute('name') ? `[name=${element.getAttribute('name')}]` : ''}: ${element.textContent?.trim().slice(0, 40) ?? ''}` : 'nothing');
const type = (text: string) => sendKeys({ type: text });
const press = (key: string) => sendKeys({ press: key });

/** Waits for the step's element, then for the flow to have moved focus and announced the step. */
async function arrive(el: AuthFlowElement, tag: string, announced: string | RegExp): Promise<void> {
  await waitFor(() => el.querySelector(`${tag} form`), 8000);
  await waitFor(() => (typeof announced === 'string' ? live(el) === announced : announced.test(live(el))), 8000).catch(() => {
    throw new Error(`live region says "${live(el)}", not ${announced}`);
  });
}

/** Tabs forward until `target` has focus (at most `limit` presses): a keyboard user's way there. */
async function tabTo(target: () => Element | null, limit = 12): Promise<void> {
  for (let i = 0; i < limit && focused() !== target(); i++) await press('Tab');
  expect(focusIs(focused()), 'reached by Tab').to.equal(focusIs(target()));
}

const buttonText = (el: Element, text: string) => () =>
  [...el.querySelectorAll('button')].find((b) => b.textContent?.trim() === text) ?? null;

describe('e2e: keyboard only — focus and live region after every step and error', () => {
  it('sign-up → wrong code → confirm → sign in → signed in (focus on the heading, not sign-out) → sign out', async () => {
    const username = freshName('kbd');
    const el = await mountFlow();
    input(el, 'username').focus();
    await tabTo(buttonText(el, 'Create an account'));
    await press('Enter');
    await arrive(el, 'auth-sign-up', 'Create your account');
    expect(focusIs(focused()), 'the first field').to.equal(focusIs(input(el, 'username')));

    const started = new Date().toISOString();
    await type(username);
    await tabTo(() => input(el, 'password'));
    await type(STRONG);
    await tabTo(() => input(el, 'email'));
    await type('kbd@example.com');
    await press('Enter');
    await arrive(el, 'auth-confirm-code', /^Confirm your account\. We sent a code by email to .*k\*+@e\*+/);
    expect(focusIs(focused())).to.equal(focusIs(input(el, 'code')));

    const code = await latestCode(username, started);
    await type(code === '000000' ? '111111' : '000000');
    await press('Enter');
    await waitFor(() => input(el, 'code').getAttribute('aria-invalid') === 'true');
    await waitFor(() => live(el) === 'Code: That code is not right. Check it and try again.');
    expect(focusIs(focused()), 'focus stays in the field that is wrong').to.equal(focusIs(input(el, 'code')));
    expect(input(el, 'code').value, 'a wrong code is cleared (it is useless)').to.equal('');

    await type(code);
    await press('Enter');
    await arrive(el, 'auth-sign-in', 'Sign in. Your account is confirmed. Sign in to continue.');
    expect(input(el, 'username').value, 'the username is kept').to.equal(username);
    await tabTo(() => input(el, 'password'));
    await type('Wrong-Pass-2049');
    await press('Enter');
    await waitFor(() => el.querySelector('auth-sign-in [role=alert]'));
    expect(el.querySelector('auth-sign-in [role=alert]')!.textContent).to.equal('Incorrect username or password.');
    expect(focusIs(focused()), 'the emptied password field, ready for another try').to.equal(focusIs(input(el, 'password')));
    await type(STRONG);
    await press('Enter');
    await arrive(el, 'auth-signed-in', 'You are signed in');
    expect(focusIs(focused()), 'the heading, never the sign-out controls').to.equal(focusIs(el.querySelector('auth-signed-in h2')));
    expect(focused().getAttribute('tabindex')).to.equal('-1');

    await tabTo(buttonText(el, 'Sign out'));
    await press('Enter');
    await arrive(el, 'auth-sign-in', 'Sign in. You are signed out.');
    expect(focusIs(focused())).to.equal(focusIs(input(el, 'username')));
  });

  it('SMS code at sign-in: where the code went is read after the heading; a wrong code is read out', async () => {
    const user = await createUser({ username: freshName('kbd-sms'), password: STRONG, phone_number: '+15550102222', mfa: { sms: true } });
    const el = await mountFlow();
    input(el, 'username').focus();
    await type(user.username);
    await press('Tab');
    await type(STRONG);
    const started = new Date().toISOString();
    await press('Enter');
    await arrive(el, 'auth-mfa-code', /^Enter the code we texted you\. We sent a code by text message to .*2222/);
    expect(focusIs(focused())).to.equal(focusIs(input(el, 'code')));
    const code = await latestCode(user.username, started);
    await type(code === '000000' ? '111111' : '000000');
    await press('Enter');
    await waitFor(() => live(el) === 'Code: That code is not right. Check it and try again.');
    expect(focusIs(focused())).to.equal(focusIs(input(el, 'code')));
    await type(code);
    await press('Enter');
    await arrive(el, 'auth-signed-in', 'You are signed in');
  });

  it('authenticator-app setup: focus on the code field, the setup announced; a wrong first code read out', async () => {
    const user = await createUser({ username: freshName('kbd-totp'), password: STRONG, mfaRequired: true, mfaCanSetUp: ['TOTP'] });
    const el = await mountFlow();
    input(el, 'username').focus();
    await type(user.username);
    await press('Tab');
    await type(STRONG);
    await press('Enter');
    await arrive(el, 'auth-totp-setup', /^Set up your authenticator app/);
    await waitFor(() => el.querySelector('.auth-secret code'), 8000);
    // The key is fetched as the step appears: focus waits on the heading (never <body>), then Tab.
    expect(focusIs(focused()), 'the heading, never <body>').to.equal(focusIs(el.querySelector('auth-totp-setup h2')));
    await tabTo(() => input(el, 'code'));
    const secret = el.querySelector('.auth-secret code')!.textContent!.replace(/\s/g, '');
    const right = await totpCode({ secret });
    await type(right === '000000' ? '111111' : '000000');
    await press('Enter');
    await waitFor(() => /That code is not right/.test(live(el)));
    expect(focusIs(focused())).to.equal(focusIs(input(el, 'code')));
    await type(await totpCode({ secret }));
    await press('Enter');
    await arrive(el, 'auth-signed-in', 'You are signed in');
  });

  it('forgot password → code and new password → back at sign-in, told it worked', async () => {
    const user = await createUser({ username: freshName('kbd-reset'), password: STRONG, email: 'kbd-reset@example.com' });
    const el = await mountFlow();
    input(el, 'username').focus();
    await type(user.username);
    await tabTo(buttonText(el, 'Forgot your password?'));
    await press('Enter');
    await arrive(el, 'auth-reset-password', 'Reset your password. Enter your username and we will send you a code to reset your password.');
    expect(focusIs(focused())).to.equal(focusIs(input(el, 'username')));
    const started = new Date().toISOString();
    await press('Enter');
    await arrive(el, 'auth-reset-password', /^Choose a new password\. .*We sent a code by email to/);
    expect(focusIs(focused())).to.equal(focusIs(input(el, 'code')));
    await type(await latestCode(user.username, started));
    await tabTo(() => input(el, 'password'));
    await type('weakpass');
    await press('Enter');
    await waitFor(() => /Add an uppercase letter to this password\./.test(live(el)));
    expect(focusIs(focused()), 'the password that broke a rule').to.equal(focusIs(input(el, 'password')));
    await sendKeys({ down: 'Control' });
    await press('a');
    await sendKeys({ up: 'Control' });
    await type('Better-Pass-2049');
    await press('Enter');
    await arrive(el, 'auth-sign-in', 'Sign in. Your password was changed. Sign in with the new one.');
  });

  it('gate + modal: a page button opens the sign-in, the app shows once signed in, sign-out hides it, Escape closes', async () => {
    const user = await createUser({ username: freshName('kbd-gate'), password: STRONG });
    const { endpoint, userPoolId, clientId } = await localCognito();
    const root = await fixture<HTMLDivElement>(html`<div>
      <button id="open-sign-in" commandfor="kbd-gate" command="--show">Sign in</button>
      <auth-flow id="kbd-gate" gate variant="modal" user-pool-id=${userPoolId} client-id=${clientId} endpoint=${endpoint} passkey-prompt="never">
        <main><h1>Reports</h1><button id="app-sign-out" autofocus>Sign out of Reports</button></main>
      </auth-flow>
    </div>`);
    const el = root.querySelector<AuthFlowElement>('auth-flow')!;
    const opener = root.querySelector('#open-sign-in')!;
    const appButton = root.querySelector<HTMLButtonElement>('#app-sign-out')!;
    appButton.addEventListener('click', () => void el.controller!.signOut());
    const dialog = () => el.shadowRoot!.querySelector('dialog');
    await waitFor(() => el.querySelector('auth-sign-in form'), 8000);
    expect(appButton.checkVisibility(), 'the app is hidden before sign-in').to.equal(false);
    expect(dialog()!.open).to.equal(false);

    (document.activeElement as HTMLElement | null)?.blur();
    await tabTo(() => opener);
    await press('Enter');
    await waitFor(() => dialog()?.open);
    expect(focusIs(focused()), 'the first field of the dialog').to.equal(focusIs(input(el, 'username')));
    await type(user.username);
    await press('Tab');
    await type(STRONG);
    await press('Enter');
    await waitFor(() => appButton.checkVisibility(), 8000);
    expect(dialog(), 'the dialog is gone with the flow').to.equal(null);
    await waitFor(() => live(el) === 'You are signed in', 8000);
    await waitFor(() => focused() === appButton, 2000).catch(() => {});
    expect(focusIs(focused()), 'the app’s autofocus control').to.equal(focusIs(appButton));

    await press('Enter');
    await waitFor(() => el.querySelector('auth-sign-in form'), 8000);
    await el.updateComplete;
    expect(appButton.checkVisibility(), 'the app is hidden again').to.equal(false);
    expect(dialog()!.open, 'the flow waits, closed, for the button').to.equal(false);

    await tabTo(() => opener);
    await press('Enter');
    await waitFor(() => dialog()?.open);
    await press('Escape');
    await waitFor(() => !dialog()!.open);
    expect(focusIs(focused()), 'focus back on the page button').to.equal(focusIs(opener));
  });
});
