/**
 * The messages of failed requests are in the English that loads after the first screen
 * (docs/architecture.md §9): an error that comes before it is shown once it is here, in English,
 * never as a key. A file of its own, so that the rest of English is not here yet when it starts.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { AuthController } from '../../src/core/controller.js';
import { AuthError, prefetchErrorMapping } from '../../src/core/errors.js';
import type { AuthFlowElement } from '../../src/elements/auth-flow.js';
import { englishRest } from '../../src/i18n/en-rest-loader.js';
import { fill, submit, waitFor } from '../support/dom.js';
import { ScriptedBackend } from '../support/scripted-backend.js';
import { CATALOGUE_KEY, textsShownDuring } from '../support/shown-texts.js';

describe('the rest of English: a request\'s error', () => {
  const idle = globalThis.requestIdleCallback;
  // Nothing prefetched when the browser is idle: the error has to come before the rest of English.
  before(() => (globalThis.requestIdleCallback = () => 0));
  after(() => (globalThis.requestIdleCallback = idle));

  it('a wrong password on the first screen reads in English once its text is here, never as a key', async () => {
    await prefetchErrorMapping(); // the failure is described at once, well before a chunk can arrive
    expect(englishRest(), 'not here before an error needs it').to.equal(undefined);
    const controller = new AuthController(new ScriptedBackend({ signIn: [new AuthError('NotAuthorizedException', 'Incorrect username or password.')] }));
    let restWhenFailed: unknown = 'no error yet';
    controller.subscribe((state) => {
      if (state.error && restWhenFailed === 'no error yet') restWhenFailed = englishRest();
    });
    const el = await fixture<AuthFlowElement>(html`<auth-flow .controller=${controller}></auth-flow>`);
    await waitFor(() => el.querySelector('auth-sign-in form'));
    const shown = await textsShownDuring(el, async () => {
      fill(el, { username: 'ana', password: 'wrong-one' });
      submit(el);
      await waitFor(() => el.querySelector('auth-sign-in [role=alert]'));
    });
    expect(restWhenFailed, 'the error came before the rest of English').to.equal(undefined);
    expect(el.querySelector('auth-sign-in [role=alert]')!.textContent).to.equal('Incorrect username or password.');
    expect(shown.filter((text) => CATALOGUE_KEY.test(text)), 'no key on screen, even for a moment').to.deep.equal([]);
    expect(shown.filter((text) => text.includes('could not reach the server')), 'nor a stand-in message').to.deep.equal([]);
  });
});
