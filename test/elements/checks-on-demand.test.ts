/**
 * The checks before a submit are not in the first load (elements/shared/form-checks.ts, fetched as a
 * step element connects; docs/architecture.md §11). A submit made before they arrive is held, with
 * the form as typed, and made again once they are: checked (a wrong field shows its error, nothing
 * is sent), and a valid one sent exactly once however often it was pressed. If they cannot be
 * fetched, the submit goes on to `<auth-flow>`: its controller checks the same rules, or, without
 * its parts either, the form says the network failed. A file of its own, importing nothing that
 * bundles the checks, so that they are not here when it starts (a fresh page); the tests run in
 * order, and only the last lets the checks arrive.
 */
import { expect } from '@open-wc/testing';
import '../../src/define.js';
import type { AuthFlowElement } from '../../src/elements/auth-flow.js';
import type { AuthSignInElement } from '../../src/elements/sign-in.js';
import { loadFormChecks } from '../../src/elements/shared/form-checks-loader.js';
import { fill, input, submit, waitFor } from '../support/dom.js';
import { ScriptedBackend, SESSION } from '../support/scripted-backend.js';
import { offline } from '../support/offline-modules.js';

const CHECKS = '/src/elements/shared/form-checks.ts';
const PARTS = '/src/elements/shared/flow-parts.ts';
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A flow whose pool takes email addresses as usernames, counting the `auth-submit` events it fires. */
function mount(backend: ScriptedBackend): { el: AuthFlowElement; submits: () => number } {
  const el = document.createElement('auth-flow') as AuthFlowElement;
  el.backend = backend;
  el.setAttribute('username-attributes', 'email');
  let count = 0;
  el.addEventListener('auth-submit', () => count++);
  document.body.append(el);
  return { el, submits: () => count };
}

/** A lone sign-in step (no `<auth-flow>`), counting the submits that pass its checks and reach the page. */
function lone(): { step: AuthSignInElement; passed: () => number } {
  const step = document.createElement('auth-sign-in');
  step.state = { step: 'signIn', pending: false, username: '', notice: null, error: null };
  const box = document.createElement('div');
  let count = 0;
  box.addEventListener('submit', () => count++);
  box.append(step);
  document.body.append(box);
  return { step, passed: () => count };
}

/**
 * Waits, while the checks are still refused, for any fetch of them on its way (a step asks for them
 * to show a server's error too), so that none arrives once the refusal ends and the next test starts
 * without them.
 */
const settled = async () => {
  expect(await loadFormChecks(), 'still refused').to.equal(undefined);
};

const signIns = (backend: ScriptedBackend) => backend.calls.filter((call) => call.method === 'signIn');
const signInForm = (el: AuthFlowElement) => waitFor(() => el.querySelector<HTMLFormElement>('auth-sign-in form'));

describe('the checks before a submit, loaded on demand', () => {
  afterEach(() => offline());

  it('offline, without the flow\'s parts either: the submit reaches <auth-flow>, which says the network failed; what was typed stays, nothing pending', async () => {
    await offline({ paths: [CHECKS, PARTS] });
    const backend = new ScriptedBackend({ currentSession: [null], signIn: [{ kind: 'done', session: SESSION }] });
    const { el } = mount(backend);
    const form = await signInForm(el);
    fill(form, { username: 'ana@example.com', password: 'secret-1' });
    submit(form);
    const alert = await waitFor(() => el.querySelector('auth-sign-in [role=alert]'));
    expect(alert.textContent).to.match(/network|connection|reach/i);
    expect(input(el, 'username').value, 'the username stays').to.equal('ana@example.com');
    expect(input(el, 'password').value, 'the password stays').to.equal('secret-1');
    expect(form.getAttribute('aria-busy'), 'not pending').to.equal('false');
    expect(signIns(backend)).to.have.length(0);
    el.remove();
    await settled();
  });

  it("without the checks, the flow's parts here: the submit goes on, and the controller checks the same rules", async () => {
    await offline({ paths: [CHECKS] });
    const backend = new ScriptedBackend({ currentSession: [null] });
    const { el } = mount(backend);
    await el.updateComplete;
    expect(el.controller !== null, 'the parts are here').to.equal(true);
    const form = await signInForm(el);
    fill(form, { username: 'ana', password: 'secret-1' });
    submit(form);
    await waitFor(() => input(el, 'username').getAttribute('aria-invalid') === 'true');
    expect(el.querySelector('auth-sign-in .auth-field-error')?.textContent).to.contain('Enter an email address');
    expect(input(el, 'username').value, 'what was typed stays').to.equal('ana');
    expect(form.getAttribute('aria-busy'), 'not pending').to.equal('false');
    expect(signIns(backend)).to.have.length(0);
    el.remove();
    await settled();
  });

  it('a submit made before the checks arrive is checked once they do: a wrong field shows its error, a valid form is sent exactly once', async () => {
    await offline({ held: [CHECKS] });
    // Lone steps, as an app's own layout uses them: C left without a password, D pressed three times.
    const c = lone();
    const d = lone();
    await c.step.updateComplete;
    await d.step.updateComplete;
    fill(c.step, { username: 'cy' });
    submit(c.step);
    fill(d.step, { username: 'dee', password: 'secret-4' });
    submit(d.step);
    submit(d.step);
    d.step.querySelector('form')!.requestSubmit();
    const wrong = new ScriptedBackend({ currentSession: [null] });
    const valid = new ScriptedBackend({ currentSession: [null], signIn: [{ kind: 'done', session: SESSION }] });
    const a = mount(wrong);
    const b = mount(valid);
    await a.el.updateComplete;
    await b.el.updateComplete;
    const formA = await signInForm(a.el);
    const formB = await signInForm(b.el);
    // A: no button, as a script (or Enter without a default button) submits.
    fill(formA, { username: 'ana', password: 'secret-1' });
    formA.requestSubmit();
    // B: pressed three times while the checks are on their way.
    fill(formB, { username: 'bea@example.com', password: 'secret-2' });
    submit(formB);
    submit(formB);
    formB.requestSubmit();
    await pause(200);
    expect(input(a.el, 'username').getAttribute('aria-invalid'), 'not checked yet').to.equal('false');
    expect([a.submits(), b.submits()], 'nothing handed to the flows yet').to.deep.equal([0, 0]);
    expect(signIns(wrong).length + signIns(valid).length, 'nothing sent yet').to.equal(0);
    expect([c.passed(), d.passed()], 'no lone submit reached the page yet').to.deep.equal([0, 0]);

    await offline(); // the checks arrive
    const stepA = a.el.querySelector('auth-sign-in')!;
    await stepA.updateComplete; // covers the held submit
    expect(input(a.el, 'username').getAttribute('aria-invalid'), 'checked once they came').to.equal('true');
    expect(stepA.querySelector('.auth-field-error')?.textContent).to.contain('Enter an email address');
    expect(document.activeElement === input(a.el, 'username'), 'focus on the wrong field').to.equal(true);
    expect(input(a.el, 'username').value, 'what was typed stays').to.equal('ana');

    await waitFor(() => b.el.querySelector('auth-signed-in'));
    expect(signIns(valid).map((call) => (call.input as { username: string }).username), 'sent once').to.deep.equal(['bea@example.com']);
    expect(b.submits(), 'one auth-submit').to.equal(1);
    expect(signIns(wrong), 'the wrong one is never sent').to.have.length(0);
    expect(a.submits(), 'nor handed to its flow').to.equal(0);

    await c.step.updateComplete;
    expect(input(c.step, 'password').getAttribute('aria-invalid'), 'a lone step checks too').to.equal('true');
    expect(c.passed(), 'and stops the wrong submit').to.equal(0);
    await d.step.updateComplete;
    expect(d.passed(), 'a valid lone submit reaches the page once').to.equal(1);
    for (const element of [a.el, b.el, c.step.parentElement!, d.step.parentElement!]) element.remove();
  });
});
