/**
 * A controller an app gives `<auth-flow>` before the flow's parts are here (shared/flow-parts.ts)
 * is the one it follows once they are, even when the attributes already named a pool: the element
 * never builds its own in its place (docs/architecture.md §11). A file of its own (a fresh page),
 * so that the parts have not arrived when it starts.
 */
import { expect } from '@open-wc/testing';
import '../../src/define.js';
import { AuthController } from '../../src/core/controller.js';
import type { AuthFlowElement } from '../../src/elements/auth-flow.js';
import { ScriptedBackend } from '../support/scripted-backend.js';
import { refuse } from '../support/offline-modules.js';

const PARTS = '/src/elements/shared/flow-parts.ts';

describe('<auth-flow> given a controller before its parts arrive', () => {
  afterEach(() => refuse());

  it('follows the given controller once they are here, not one built from its attributes', async () => {
    await refuse(PARTS);
    const el = document.createElement('auth-flow') as AuthFlowElement;
    el.setAttribute('user-pool-id', 'eu-west-1_AbCdEf123');
    el.setAttribute('client-id', 'client');
    el.setAttribute('initial-step', 'signUp');
    document.body.append(el);
    await el.updateComplete;
    const given = new AuthController(new ScriptedBackend({ currentSession: [null] }));
    const changes: unknown[] = [];
    el.addEventListener('auth-controller-change', (event) => changes.push((event as CustomEvent).detail.controller));
    el.controller = given;
    expect(el.controller === given, 'the given one at once').to.equal(true);
    expect(el.snapshot?.step, "its state on screen, not the attributes' entry step").to.equal('signIn');

    await refuse();
    await el.updateComplete;
    expect(el.controller === given, 'still the given one once the parts are here').to.equal(true);
    expect(changes.length === 1 && changes[0] === given, 'one auth-controller-change, for the given one').to.equal(true);
    el.remove();
  });
});
