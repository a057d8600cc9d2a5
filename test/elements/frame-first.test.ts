/**
 * `<auth-flow>` paints its first screen before the flow's parts are here (shared/flow-parts.ts: the
 * controller, the submit, the events; docs/architecture.md §11). A submit made meanwhile is handed
 * over once they arrive; when they cannot be fetched (offline), the form says the network failed and
 * keeps what was typed, and the next submit fetches them again. A file of its own, importing
 * nothing that bundles those parts, so that none of them is here when it starts (a fresh page).
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/define.js';
import type { AuthFlowElement } from '../../src/elements/auth-flow.js';
import { fill, submit, waitFor } from '../support/dom.js';
import { ScriptedBackend, SESSION } from '../support/scripted-backend.js';

const PARTS = '/src/elements/shared/flow-parts.ts';
const refuse = (...paths: string[]) => executeServerCommand('offline-modules', { paths });

describe('<auth-flow> paints before its parts arrive', () => {
  afterEach(() => refuse());

  it('offline: the sign-in form is drawn, a submit says the network failed and keeps what was typed; the next one, online, signs in', async () => {
    await refuse(PARTS);
    const backend = new ScriptedBackend({ currentSession: [null], signIn: [{ kind: 'done', session: SESSION }] });
    const el = document.createElement('auth-flow') as AuthFlowElement;
    el.backend = backend;
    document.body.append(el);
    await el.updateComplete;
    const form = await waitFor(() => el.querySelector('auth-sign-in form'));
    expect(el.controller === null, 'no controller without the parts').to.equal(true);
    fill(form, { username: 'ana', password: 'secret-1' });
    submit(form);
    const alert = await waitFor(() => el.querySelector('auth-sign-in [role=alert]'));
    expect(alert.textContent).to.match(/network|connection|reach/i);
    expect(el.querySelector<HTMLInputElement>('input[name=username]')!.value, 'what was typed stays').to.equal('ana');
    expect(backend.calls.filter((call) => call.method === 'signIn')).to.have.length(0);

    await refuse();
    submit(el.querySelector('auth-sign-in form')!);
    await waitFor(() => el.querySelector('auth-signed-in'));
    expect(el.controller !== null, 'built once the parts came').to.equal(true);
    expect(backend.calls.filter((call) => call.method === 'signIn').map((call) => (call.input as { username: string }).username)).to.deep.equal(['ana']);
    el.remove();
  });
});
