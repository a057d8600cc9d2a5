/**
 * `<auth-flow>` paints its first screen before the flow's parts are here (shared/flow-parts.ts: the
 * controller, the submit, the events; docs/architecture.md §11). A submit made meanwhile is handed
 * over once they arrive; when they cannot be fetched (offline), the form says the network failed and
 * keeps what was typed, and the next submit fetches them again. A file of its own, importing
 * nothing that bundles those parts, so that none of them is here when it starts (a fresh page).
 */
import { expect } from '@open-wc/testing';
import '../../src/define.js';
import type { AuthFlowElement } from '../../src/elements/auth-flow.js';
import { fill, submit, waitFor } from '../support/dom.js';
import { ScriptedBackend, SESSION } from '../support/scripted-backend.js';
import { refuse } from '../support/offline-modules.js';

const PARTS = '/src/elements/shared/flow-parts.ts';

describe('<auth-flow> paints before its parts arrive', () => {
  afterEach(() => refuse());

  // One test: once the parts are here, they stay for the page.
  it('offline: the sign-in form is drawn; a link or a submit says the network failed and keeps what was typed; online, the next submit signs in', async () => {
    await refuse(PARTS);
    const backend = new ScriptedBackend({ currentSession: [null], signIn: [{ kind: 'done', session: SESSION }] });
    const el = document.createElement('auth-flow') as AuthFlowElement;
    el.backend = backend;
    document.body.append(el);
    await el.updateComplete;
    const form = await waitFor(() => el.querySelector('auth-sign-in form'));
    expect(el.controller === null, 'no controller without the parts').to.equal(true);
    fill(form, { username: 'ana', password: 'secret-1' });
    // A link to another entry step first: it cannot go there, and says why.
    const toSignUp = [...el.querySelectorAll<HTMLButtonElement>('auth-sign-in .auth-link')].find((button) => /create/i.test(button.textContent ?? ''))!;
    toSignUp.click();
    const alert = await waitFor(() => el.querySelector('auth-sign-in [role=alert]'));
    expect(alert.textContent).to.match(/network|connection|reach/i);
    expect(el.querySelector('auth-sign-up') === null, 'still on sign-in').to.equal(true);
    // Then a submit: nothing sent, nothing typed lost, the error still said.
    submit(el.querySelector('auth-sign-in form')!);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(backend.calls.filter((call) => call.method === 'signIn')).to.have.length(0);
    expect(el.querySelector('auth-sign-in [role=alert]')?.textContent).to.match(/network|connection|reach/i);
    expect(el.querySelector<HTMLInputElement>('input[name=username]')!.value, 'what was typed stays').to.equal('ana');

    await refuse();
    submit(el.querySelector('auth-sign-in form')!);
    await waitFor(() => el.querySelector('auth-signed-in'));
    expect(el.controller !== null, 'built once the parts came').to.equal(true);
    expect(backend.calls.filter((call) => call.method === 'signIn').map((call) => (call.input as { username: string }).username)).to.deep.equal(['ana']);
    el.remove();
  });

});
