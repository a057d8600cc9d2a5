/**
 * The English of every step but sign-in loads after the first screen (docs/architecture.md §9): a
 * later step shown by <auth-flow> has its English from its first render, even as the first screen.
 * A file of its own, so that the rest of English is not here yet when it starts (a fresh page).
 */
import { expect } from '@open-wc/testing';
import '../../src/define.js';
import { AuthController } from '../../src/core/controller.js';
import type { AuthFlowElement } from '../../src/elements/auth-flow.js';
import { englishRest } from '../../src/i18n/en-rest-loader.js';
import { waitFor } from '../support/dom.js';
import { ScriptedBackend } from '../support/scripted-backend.js';
import { CATALOGUE_KEY, textsShownDuring } from '../support/shown-texts.js';

describe('the rest of English: a later step', () => {
  it('a flow that starts at sign-up shows its English from its first render, never a key', async () => {
    expect(englishRest(), 'not here before a step needs it').to.equal(undefined);
    const el = document.createElement('auth-flow') as AuthFlowElement;
    el.controller = new AuthController(new ScriptedBackend({}), { initialStep: 'signUp' });
    document.body.append(el);
    const shown = await textsShownDuring(el, async () => {
      await waitFor(() => el.querySelector('auth-sign-up h2'));
    });
    const step = el.querySelector('auth-sign-up')!;
    expect(step.querySelector('h2')!.textContent).to.equal('Create your account');
    expect(step.querySelector('button.auth-submit')!.textContent!.trim()).to.equal('Create account');
    expect(step.textContent).to.contain('Phone number (optional)');
    expect(shown.filter((text) => CATALOGUE_KEY.test(text)), 'no key on screen, even for a moment').to.deep.equal([]);
    el.remove();
  });
});
