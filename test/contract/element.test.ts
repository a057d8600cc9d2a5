/** Contract: `<auth-flow>` given each backend through its `backend` property, driven as a person would. */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { AuthFlowElement } from '../../src/elements/auth-flow.js';
import { fill, submit, waitFor } from '../support/dom.js';
import { signedIn } from '../support/flow.js';
import { createUser, latestCode } from '../support/local-cognito.js';
import { contract, freshName, now, PASSWORD } from './backends.js';

contract('<auth-flow .backend>', (kind) => {
  it('signs in with an SMS code through the forms, and signs out', async () => {
    const { backend } = await kind.make();
    const user = await createUser({ username: freshName(kind, 'element'), password: PASSWORD, phone_number: '+15550102468', mfa: { sms: true } });
    const el = await fixture<AuthFlowElement>(html`<auth-flow .backend=${backend}></auth-flow>`);
    await waitFor(() => el.querySelector('auth-sign-in form'));
    const since = now();
    fill(el, { username: user.username, password: PASSWORD });
    submit(el);
    await waitFor(() => el.querySelector('auth-mfa-code form'));
    expect(el.querySelector('.auth-code-sent')!.textContent).to.match(/\+\*+2468/);
    fill(el, { code: await latestCode(user.username, since) });
    submit(el);
    const view = await signedIn(el);
    expect(view.textContent).to.contain(`Signed in as ${user.username}.`);
    expect((await backend.currentSession())?.username).to.equal(user.username);

    el.querySelector<HTMLButtonElement>('button[value=signOut]')!.click();
    await waitFor(() => el.querySelector('auth-sign-in form'));
    expect(await backend.currentSession()).to.equal(null);
  });
});
