/**
 * Nothing reachable from `<auth-flow>` or its controller exposes the refresh token
 * (docs/architecture.md §8): after a real sign-in against the local Cognito, a walk over every own
 * property (non-enumerable and symbol keys included), Map, Set and array reachable from the element,
 * the controller and the backend finds no string containing it. What holds tokens sits behind
 * `#private` fields or closures, which page script cannot read. The identity-js backend's
 * `cognitoUser()` and an app-provided `storage` are the app's own choice and are not walked.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { CognitoIdentityJsBackend } from '../../src/cognito/identity-js-backend.js';
import type { AuthBackend } from '../../src/core/backend.js';
import type { AuthFlowElement } from '../../src/elements/auth-flow.js';
import { waitFor } from '../support/dom.js';
import { freshName, mountFlow, signedIn, signInAs, STRONG } from '../support/flow.js';
import { createUser, localCognito } from '../support/local-cognito.js';
import { pathsTo } from '../support/reach.js';

/** Records every refresh token Cognito hands the page (both backends call `fetch`). */
function recordRefreshTokens(): { tokens: string[]; restore: () => void } {
  const tokens: string[] = [];
  const original = window.fetch;
  window.fetch = async (...args: Parameters<typeof fetch>) => {
    const response = await original(...args);
    void response
      .clone()
      .json()
      .then((body: { AuthenticationResult?: { RefreshToken?: string } }) => {
        const token = body?.AuthenticationResult?.RefreshToken;
        if (token) tokens.push(token);
      })
      .catch(() => {});
    return response;
  };
  return { tokens, restore: () => (window.fetch = original) };
}

async function mountWith(backend: AuthBackend): Promise<AuthFlowElement> {
  const el = await fixture<AuthFlowElement>(html`<auth-flow .backend=${backend}></auth-flow>`);
  await waitFor(() => el.querySelector(':scope > * form'));
  return el;
}

const BACKENDS: Record<string, () => Promise<AuthFlowElement>> = {
  'API backend (attributes)': () => mountFlow(),
  'identity-js backend': async () => {
    const { userPoolId, clientId, endpoint } = await localCognito();
    return mountWith(new CognitoIdentityJsBackend({ userPoolId, clientId, endpoint }));
  },
};

describe('e2e: the refresh token is not reachable from the element', () => {
  for (const [name, mount] of Object.entries(BACKENDS)) {
    it(`${name}: signed in, no property path leads to it`, async () => {
      const user = await createUser({ username: freshName('reach'), password: STRONG });
      const recorder = recordRefreshTokens();
      try {
        const el = await mount();
        signInAs(el, user.username, STRONG);
        await signedIn(el);
        await waitFor(() => recorder.tokens.length > 0);
        const controller = el.controller!;
        const roots = { el, controller, backend: controller.backend };
        for (const token of recorder.tokens) expect(pathsTo(roots, token)).to.deep.equal([]);
        await controller.signOut();
      } finally {
        recorder.restore();
      }
    });
  }

  it('the walk finds a token behind a non-enumerable property, a Map and a Set', () => {
    const hidden = {};
    Object.defineProperty(hidden, 'store', { value: { items: new Map([['k', new Set(['x-secret-y'])]]) }, enumerable: false });
    expect(pathsTo({ root: { a: [hidden] } }, 'secret')).to.deep.equal(['root.a.0.store.items.get(k)<item>']);
  });
});
