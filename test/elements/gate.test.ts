/** `<auth-flow gate>` before an app, and the modal opened by a page's button (`commandfor`), on a scripted backend. */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import { AuthController } from '../../src/core/controller.js';
import type { AuthFlowElement } from '../../src/elements/auth-flow.js';
import { fill, input, submit, waitFor } from '../support/dom.js';
import { ScriptedBackend, SESSION } from '../support/scripted-backend.js';

const PASSWORD = 'Correct-horse-9';

/** On screen: laid out by the browser (an unslotted light-DOM child is not). */
const shown = (element: Element | null) => !!element?.checkVisibility();
/** The names of what the frame's body shows, in order (tags for elements, text for the rest). */
const bodyShows = (el: AuthFlowElement) =>
  [...el.shadowRoot!.querySelectorAll('[part=body] slot')].flatMap((slot) =>
    (slot as HTMLSlotElement).assignedElements().map((node) => (node.localName.includes('-') ? node.localName : node.textContent!.replace(/\s+/g, ' ').trim())),
  );
const live = (el: AuthFlowElement) => el.shadowRoot!.querySelector('[part=status]')!.textContent!.replace(/\u00a0/g, '').trim();
/** The focused element, said briefly (a failed comparison of DOM nodes is slow to print). */
const focusIs = (element: Element | null) => (element ? `${element.localName}#${element.id}` : 'nothing');

describe('<auth-flow gate>', () => {
  it('shows the app only while signed in, the flow otherwise; a sign-out from the app brings the flow back', async () => {
    const backend = new ScriptedBackend({ signIn: [{ kind: 'done', session: SESSION }], signOut: [undefined] });
    const controller = new AuthController(backend);
    const el = await fixture<AuthFlowElement>(html`<auth-flow gate .controller=${controller}>
      <p slot="header">Welcome to Acme</p>
      <main id="app"><h1>Your dashboard</h1><button id="app-action" autofocus>Open reports</button></main>
    </auth-flow>`);
    const app = el.querySelector('#app')!;
    await waitFor(() => el.querySelector('auth-sign-in form'));
    expect(shown(app), 'the app is hidden before sign-in').to.equal(false);
    expect(shown(el.querySelector('auth-sign-in')), 'the flow is shown').to.equal(true);
    expect(shown(el.querySelector('[slot=header]')), 'with its header').to.equal(true);
    expect(el.querySelector('auth-sign-in')!.getAttribute('slot'), 'the step goes in the flow’s slot').to.equal('step');

    fill(el, { username: 'ana', password: PASSWORD });
    submit(el);
    await waitFor(() => shown(app));
    expect(shown(el.querySelector('auth-signed-in')), 'the flow’s signed-in view is not shown').to.equal(false);
    expect(shown(el.querySelector('[slot=header]')), 'nor its header').to.equal(false);
    expect(el.shadowRoot!.querySelector('[part=frame]'), 'no frame (card) around the app').to.equal(null);
    await waitFor(() => live(el) === 'You are signed in');
    await waitFor(() => document.activeElement === el.querySelector('#app-action'));

    await controller.signOut();
    await waitFor(() => el.querySelector('auth-sign-in form'));
    await el.updateComplete;
    expect(shown(app), 'hidden again after sign-out').to.equal(false);
    expect(shown(el.querySelector('auth-sign-in')), 'the flow is back').to.equal(true);
  });

  it('keeps initial-step, per-step slots and an app’s own step markup working; without gate nothing is slotted', async () => {
    const backend = new ScriptedBackend({ currentSession: [null], signIn: [{ kind: 'done', session: SESSION }] });
    const el = await fixture<AuthFlowElement>(html`<auth-flow gate initial-step="signUp" .backend=${backend}>
      <p slot="sign-up-header">Join us</p>
      <form slot="sign-in">
        <label>Who <input name="username" /></label>
        <label>Secret <input name="password" type="password" /></label>
        <button>Go</button>
      </form>
      <p id="app">The app</p>
    </auth-flow>`);
    await waitFor(() => el.querySelector('auth-sign-up form'));
    await el.updateComplete;
    expect(bodyShows(el)).to.deep.equal(['Join us', 'auth-sign-up']);
    expect(shown(el.querySelector('#app'))).to.equal(false);

    el.controller!.goTo('signIn');
    await waitFor(() => !el.querySelector('auth-sign-up'));
    await el.updateComplete;
    expect(el.querySelector('auth-sign-in'), 'the app’s markup replaces the step').to.equal(null);
    expect(bodyShows(el)).to.deep.equal(['Who Secret Go']);
    fill(el, { username: 'ana', password: PASSWORD });
    el.querySelector<HTMLButtonElement>('form[slot=sign-in] button')!.click();
    await waitFor(() => shown(el.querySelector('#app')));
    expect(shown(el.querySelector('form[slot=sign-in]'))).to.equal(false);

    el.gate = false;
    await el.updateComplete;
    await waitFor(() => !el.querySelector('auth-signed-in')?.hasAttribute('slot'));
    expect(shown(el.querySelector('auth-signed-in')), 'without gate: the signed-in view, as before').to.equal(true);
  });
});

describe('<auth-flow variant="modal"> opened by a page button (commandfor)', () => {
  /** Tabs forward until `target` has focus (at most `limit` presses), as a keyboard user gets there. */
  async function tabTo(target: Element, limit = 8): Promise<void> {
    for (let i = 0; i < limit && document.activeElement !== target; i++) await sendKeys({ press: 'Tab' });
    expect(focusIs(document.activeElement), 'reached by Tab').to.equal(focusIs(target));
  }

  it('keyboard only: Tab to the button, Enter opens on the first field, Escape closes, focus returns; a --close button inside closes too', async () => {
    const controller = new AuthController(new ScriptedBackend({}));
    const root = await fixture<HTMLDivElement>(html`<div>
      <button id="opener" commandfor="login" command="--show">Sign in</button>
      <auth-flow id="login" variant="modal" .controller=${controller}>
        <button id="closer" slot="header" commandfor="login" command="--close">Close</button>
      </auth-flow>
    </div>`);
    const el = root.querySelector<AuthFlowElement>('auth-flow')!;
    const opener = root.querySelector('#opener')!;
    await waitFor(() => el.querySelector('auth-sign-in form'));
    const dialog = el.shadowRoot!.querySelector('dialog')!;
    expect(dialog.open).to.equal(false);

    await tabTo(opener);
    await sendKeys({ press: 'Enter' });
    await waitFor(() => dialog.open);
    await waitFor(() => document.activeElement === input(el, 'username'));
    await sendKeys({ press: 'Escape' });
    await waitFor(() => !dialog.open);
    expect(focusIs(document.activeElement), 'focus back on the button').to.equal(focusIs(opener));

    await sendKeys({ press: 'Enter' });
    await waitFor(() => dialog.open);
    await tabTo(root.querySelector('#closer')!);
    await sendKeys({ press: 'Enter' });
    await waitFor(() => !dialog.open);
    expect(focusIs(document.activeElement)).to.equal(focusIs(opener));
  });

  it('gives focus back to the button that opened it even when a click did not focus it', async () => {
    const controller = new AuthController(new ScriptedBackend({}));
    const root = await fixture<HTMLDivElement>(html`<div>
      <input id="elsewhere" aria-label="Search" />
      <button id="opener" commandfor="login2" command="--show">Sign in</button>
      <auth-flow id="login2" variant="modal" .controller=${controller}></auth-flow>
    </div>`);
    const el = root.querySelector<AuthFlowElement>('auth-flow')!;
    await waitFor(() => el.querySelector('auth-sign-in form'));
    root.querySelector<HTMLInputElement>('#elsewhere')!.focus();
    root.querySelector<HTMLButtonElement>('#opener')!.click();
    const dialog = el.shadowRoot!.querySelector('dialog')!;
    await waitFor(() => dialog.open);
    el.close();
    await waitFor(() => !dialog.open);
    await waitFor(() => document.activeElement?.id === 'opener', 1000).catch(() => {});
    expect(focusIs(document.activeElement), 'not where focus was, the button').to.equal('button#opener');
  });
});
