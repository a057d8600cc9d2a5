/**
 * A step element given the state of an entry step whose entry is not here yet (the step table after
 * sign-in loads on demand, docs/architecture.md §2) waits for it, then renders its fields, without an
 * error. A file of its own, importing nothing that bundles the table (core/controller.ts,
 * core/step-table.ts, the package root), so that the table is not here yet when it starts.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { entryOf } from '../../src/core/step-lookup.js';
import { initialState } from '../../src/core/steps.js';
import { AuthResetPasswordElement } from '../../src/elements/reset-password.js';
import { en } from '../../src/i18n/en.js';
import { translator } from '../../src/i18n/translate.js';

customElements.define('auth-reset-password', AuthResetPasswordElement);

describe('a step element before its entry is here', () => {
  it('renders the step once the rest of the step table arrives', async () => {
    expect(entryOf('resetPassword'), 'not here before a step needs it').to.equal(undefined);
    const el = await fixture<AuthResetPasswordElement>(
      html`<auth-reset-password .state=${initialState('resetPassword', 'ana')} .t=${translator(en)}></auth-reset-password>`,
    );
    expect(entryOf('resetPassword'), 'fetched for it').to.not.equal(undefined);
    expect(el.querySelector('h2')!.textContent).to.equal(en['resetPassword.heading']);
    expect(el.querySelector<HTMLInputElement>('input[name=username]')!.value).to.equal('ana');
  });
});
