/**
 * Managed login's code on demand (docs/architecture.md §11): a page without `oauth-domain` never
 * fetches it; with it, the first screen waits for it and shows the provider buttons from its first
 * render, and `updateComplete` covers the wait. Offline, the sign-in step shows without the buttons
 * (the next state tries again), and a return from managed login says the network failed, pending
 * settled. A file of its own, on a fresh page, so that none of that code is here when it starts;
 * the tests run in order, each fetching more of it.
 */
import { expect } from '@open-wc/testing';
import '../../src/define.js';
import type { FederatedSignIn, FederationConfig, ProviderRequest } from '../../src/core/backend.js';
import { AuthError } from '../../src/core/errors.js';
import { AuthFlowElement } from '../../src/elements/auth-flow.js';
import { fill, submit, waitFor } from '../support/dom.js';
import { deferred, ScriptedBackend, SESSION } from '../support/scripted-backend.js';
import { refuse } from '../support/offline-modules.js';

const FEDERATION_CODE = ['/src/elements/shared/federation.ts', '/src/elements/provider-buttons.ts', '/src/cognito/oauth/'];
const fetched = (path: string) => performance.getEntriesByType('resource').some((entry) => new URL(entry.name).pathname.startsWith(path));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function fakeFederation() {
  const started: ProviderRequest[] = [];
  const completed: string[] = [];
  const federation: FederatedSignIn = {
    start: async (request) => (started.push(request), null),
    complete: async (url) => (completed.push(url), { idToken: 'id', accessToken: 'access', refreshToken: 'refresh', expiresIn: 3600, provider: 'Google' }),
    endSession: () => false,
  };
  return { federation, started, completed };
}

function flow(attributes: Record<string, string>, backend = new ScriptedBackend({ currentSession: [null] })): AuthFlowElement {
  const el = document.createElement('auth-flow');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.backend = backend;
  return el;
}

/** What each animation frame showed of the sign-in step: its form, and whether its provider buttons were in it. */
function framesOf(el: AuthFlowElement) {
  const frames: string[] = [];
  let watching = true;
  const look = () => {
    if (!watching) return;
    const form = el.querySelector('auth-sign-in form');
    if (form) frames.push(form.querySelector('auth-provider-buttons button') ? 'form with buttons' : 'form without buttons');
    requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
  return { frames, stop: () => (watching = false) };
}

const PROVIDERS = { 'oauth-domain': 'https://auth.example.com', 'client-id': 'client-1', 'identity-providers': 'Google, OktaSAML:Your company' };

describe('managed login on demand', () => {
  const kitFederation = AuthFlowElement.defaultFederation;
  const address = location.href;
  afterEach(async () => {
    AuthFlowElement.defaultFederation = kitFederation;
    history.replaceState(null, '', address);
    await refuse();
    document.querySelectorAll('auth-flow').forEach((el) => el.remove());
  });

  it('a page without oauth-domain never fetches its code (identity-providers alone shows no button)', async () => {
    const el = flow({ 'identity-providers': 'Google', sso: '' });
    document.body.append(el);
    await el.updateComplete;
    await waitFor(() => el.querySelector('auth-sign-in form'));
    await sleep(300); // the idle prefetches of the later steps have run by now
    expect(!!el.querySelector('auth-provider-buttons'), 'no buttons').to.equal(false);
    expect(el.controller!.federation).to.equal(null);
    for (const path of FEDERATION_CODE) expect(fetched(path), `${path} not fetched`).to.equal(false);
  });

  it('offline: the sign-in step shows without the buttons, settled; the next state fetches the code again and they come', async () => {
    await refuse('/src/elements/shared/federation.ts');
    const { federation } = fakeFederation();
    AuthFlowElement.defaultFederation = () => federation;
    const backend = new ScriptedBackend({ currentSession: [null], signIn: [new AuthError('NotAuthorizedException', 'Incorrect username or password.')] });
    const el = flow(PROVIDERS, backend);
    document.body.append(el);
    await el.updateComplete;
    const form = await waitFor(() => el.querySelector('auth-sign-in form'));
    expect(fetched('/src/elements/shared/federation.ts'), 'it was asked for').to.equal(true);
    expect(!!form.querySelector('auth-provider-buttons'), 'without buttons').to.equal(false);
    expect(el.controller!.getSnapshot().pending).to.equal(false);
    expect(el.controller!.federation).to.equal(null);
    await refuse();
    fill(form, { username: 'ana', password: 'Wrong-horse-9' });
    submit(form); // a new state: pending, then the error
    await waitFor(() => el.querySelector('auth-sign-in auth-provider-buttons button'));
    expect(el.controller!.federation).to.equal(federation);
  });

  it('a return from managed login whose code cannot be fetched says the network failed, pending settled; the address keeps it for a reload', async () => {
    await refuse('/src/cognito/oauth/lazy.ts'); // the kit's factory (define.ts) fetches it
    history.replaceState(null, '', '?code=the-code&state=the-state');
    const el = flow(PROVIDERS);
    const errors: string[] = [];
    el.addEventListener('auth-error', (event) => errors.push(event.detail.code));
    const shown = framesOf(el);
    document.body.append(el);
    const alert = await waitFor(() => el.querySelector('auth-sign-in [role=alert]'));
    await new Promise(requestAnimationFrame);
    shown.stop();
    expect([...new Set(shown.frames)], 'no provider button came and went').to.deep.equal(['form without buttons']);
    expect(alert.textContent).to.equal('We could not reach the server. Check your connection and try again.');
    expect(errors).to.deep.equal(['network']);
    expect(el.controller!.getSnapshot()).to.include({ step: 'signIn', pending: false });
    expect(el.controller!.federation, 'none was built').to.equal(null);
    expect(location.search).to.equal('?code=the-code&state=the-state');
  });

  it('with oauth-domain the first screen waits ("Please wait…") for its code, then shows the buttons from its first frame; updateComplete covers the wait', async () => {
    const gate = deferred<void>();
    const { federation, started } = fakeFederation();
    let config: FederationConfig | undefined;
    AuthFlowElement.defaultFederation = async (given) => {
      config = given;
      await gate.promise;
      return federation;
    };
    const el = flow({ ...PROVIDERS, sso: '' });
    const shown = framesOf(el);
    let complete = false;
    document.body.append(el);
    void el.updateComplete.then(() => (complete = true));
    const waiting = await waitFor(() => el.querySelector('.auth-waiting'));
    expect(waiting.textContent).to.equal('Please wait…');
    await sleep(100);
    expect(complete, 'updateComplete waits for managed login').to.equal(false);
    expect(!!el.querySelector('auth-sign-in'), 'no sign-in step yet').to.equal(false);
    expect(el.controller!.federation, 'not built yet').to.equal(null);
    gate.resolve();
    await el.updateComplete;
    expect(el.controller!.federation, 'built once updateComplete settles').to.equal(federation);
    expect(config).to.deep.include({ domain: 'https://auth.example.com', clientId: 'client-1', redirectUri: `${location.origin}${location.pathname}`, mode: 'redirect' });
    const google = await waitFor(() => el.querySelector<HTMLButtonElement>('auth-sign-in auth-provider-buttons button[data-provider=Google]'));
    await new Promise(requestAnimationFrame);
    shown.stop();
    expect([...new Set(shown.frames)], 'the form never showed without its buttons').to.deep.equal(['form with buttons']);
    expect(!!el.querySelector('.auth-waiting'), 'gone').to.equal(false);
    expect([...el.querySelectorAll('auth-provider-buttons button')].map((button) => button.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
      'Continue with Google',
      'Continue with Your company',
      'Sign in with your company (SSO)',
    ]);
    google.click();
    await waitFor(() => started.length);
    expect(started).to.deep.equal([{ provider: 'Google' }]);
  });

  it('a return from managed login is completed once its code is here: signed in, the address clean', async () => {
    const { federation, completed } = fakeFederation();
    AuthFlowElement.defaultFederation = () => federation;
    history.replaceState(null, '', '?code=the-code&state=the-state');
    const backend = new ScriptedBackend({ currentSession: [null] });
    Object.assign(backend, { adoptTokens: async () => SESSION });
    const el = flow(PROVIDERS, backend);
    document.body.append(el);
    await waitFor(() => el.querySelector('auth-signed-in'));
    expect(completed).to.deep.equal([`${location.origin}${location.pathname}?code=the-code&state=the-state`]);
    expect(location.search, 'code and state left the address').to.equal('');
  });
});
