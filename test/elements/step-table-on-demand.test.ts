/**
 * On the `define` path the step table after sign-in loads with the machine and the later commands
 * (docs/architecture.md §2, §3): a flow that starts on another entry step shows it once its entry is
 * here, without an error, and its dialog is named by its heading. A file of its own, importing
 * nothing that bundles the table (core/controller.ts, core/step-table.ts, the package root), so that
 * the table is not here yet when it starts (a fresh page).
 */
import { expect } from '@open-wc/testing';
import '../../src/define.js';
import { entryOf } from '../../src/core/step-lookup.js';
import type { AuthFlowElement } from '../../src/elements/auth-flow.js';
import { waitFor } from '../support/dom.js';
import { ScriptedBackend } from '../support/scripted-backend.js';
import { CATALOGUE_KEY, textsShownDuring } from '../support/shown-texts.js';

describe('the step table after sign-in, loaded on demand', () => {
  const idle = globalThis.requestIdleCallback;
  const errors: unknown[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.error ?? event.message);
  const onRejection = (event: PromiseRejectionEvent) => errors.push(event.reason);
  // Nothing prefetched when the browser is idle: the first screen comes before the table.
  before(() => {
    globalThis.requestIdleCallback = () => 0;
    addEventListener('error', onError);
    addEventListener('unhandledrejection', onRejection);
  });
  after(() => {
    globalThis.requestIdleCallback = idle;
    removeEventListener('error', onError);
    removeEventListener('unhandledrejection', onRejection);
  });

  it('<auth-flow initial-step="signUp" variant="modal"> renders sign-up once its entry is here, without an error, its dialog named by its heading', async () => {
    expect(entryOf('signUp'), 'not here before a step needs it').to.equal(undefined);
    const el = document.createElement('auth-flow') as AuthFlowElement;
    el.setAttribute('initial-step', 'signUp');
    el.setAttribute('variant', 'modal');
    el.backend = new ScriptedBackend({ currentSession: [null] });
    document.body.append(el);
    const shown = await textsShownDuring(el, async () => {
      await waitFor(() => el.querySelector('auth-sign-up h2'));
      await waitFor(() => el.shadowRoot!.querySelector('dialog')?.getAttribute('aria-label') === 'Create your account');
    });
    expect(el.controller!.getSnapshot()).to.deep.include({ step: 'signUp', pending: false });
    const step = el.querySelector('auth-sign-up')!;
    expect(step.querySelector('h2')!.textContent).to.equal('Create your account');
    expect([...step.querySelectorAll('input')].map((input) => input.name)).to.include.members(['username', 'password', 'email']);
    expect(shown.filter((text) => CATALOGUE_KEY.test(text)), 'no key on screen, even for a moment').to.deep.equal([]);
    expect(errors, 'no error on the way').to.deep.equal([]);
    el.remove();
  });
});
