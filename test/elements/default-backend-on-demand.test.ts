/**
 * The default backend's factory (cognito/default-backend.ts, with its stand-in) is not in the first
 * load: `define.ts` installs its loader, and it arrives with `<auth-flow>`'s parts
 * (docs/architecture.md §11). Offline, an action says the network failed and keeps what was typed;
 * online, the next one builds the controller on it. A file of its own (a fresh page), so that the
 * factory has not arrived when it starts.
 */
import { expect } from '@open-wc/testing';
import '../../src/define.js';
import { AuthFlowElement } from '../../src/elements/auth-flow.js';
import { fill, submit, waitFor } from '../support/dom.js';
import { refuse } from '../support/offline-modules.js';

const FACTORY = '/src/cognito/default-backend.ts';

describe("<auth-flow>'s default backend arrives with its parts", () => {
  afterEach(() => refuse());

  it('offline: the form is drawn, a submit says the network failed and keeps what was typed; online, a link builds the controller on the default backend', async () => {
    await refuse(FACTORY);
    expect(AuthFlowElement.defaultBackend === null, 'not installed before it arrives').to.equal(true);
    const el = document.createElement('auth-flow') as AuthFlowElement;
    el.setAttribute('user-pool-id', 'eu-west-1_AbCdEf123');
    el.setAttribute('client-id', 'client');
    document.body.append(el);
    await el.updateComplete;
    const form = await waitFor(() => el.querySelector('auth-sign-in form'));
    fill(form, { username: 'ana', password: 'secret-1' });
    submit(form);
    const alert = await waitFor(() => el.querySelector('auth-sign-in [role=alert]'));
    expect(alert.textContent).to.match(/network|connection|reach/i);
    expect(el.controller === null, 'no controller without its backend').to.equal(true);
    expect(el.querySelector<HTMLInputElement>('input[name=username]')!.value, 'what was typed stays').to.equal('ana');

    await refuse();
    const toSignUp = [...el.querySelectorAll<HTMLButtonElement>('auth-sign-in .auth-link')].find((button) => /create/i.test(button.textContent ?? ''))!;
    toSignUp.click();
    await waitFor(() => el.querySelector('auth-sign-up'));
    expect(typeof AuthFlowElement.defaultBackend, 'installed once here').to.equal('function');
    expect(el.controller?.getSnapshot().step).to.equal('signUp');
    el.remove();
  });
});
