/** The signed-in session end to end: opt-in persistence across a reload, refresh and sign-out. */
import { expect } from '@open-wc/testing';
import { CognitoApiBackend } from '../../src/cognito/api/backend.js';
import { waitFor } from '../support/dom.js';
import { freshName, mountFlow, signedIn, signInAs, STRONG } from '../support/flow.js';
import { createUser, localCognito } from '../support/local-cognito.js';

describe('e2e: session', () => {
  // Only the kit's stored sessions: other test files on this origin keep their device memory.
  const clearSessions = (storage: Storage) => {
    for (const key of Object.keys(storage)) if (!/^cognito-auth-flow:(factors|username)$/.test(key)) storage.removeItem(key);
  };
  afterEach(() => {
    clearSessions(sessionStorage);
    clearSessions(localStorage);
  });

  it('in memory by default: nothing is stored, and a new page is signed out', async () => {
    const user = await createUser({ username: freshName('mem'), password: STRONG });
    const el = await mountFlow();
    signInAs(el, user.username, STRONG);
    await signedIn(el);
    // Device memory (the last factor, a remembered username: docs/cognito.md §10) is no session;
    // other test files on this origin may write it meanwhile.
    const keys = (storage: Storage) => Object.keys(storage).filter((key) => !/^cognito-auth-flow:(factors|username)$/.test(key));
    expect([...keys(sessionStorage), ...keys(localStorage)]).to.deep.equal([]);
    const reloaded = await mountFlow();
    await new Promise((r) => setTimeout(r, 200));
    expect(reloaded.querySelector('auth-signed-in')).to.equal(null);
  });

  for (const persist of ['session', 'local'] as const) {
    it(`persist="${persist}": after a reload the signed-in view shows without signing in; no refresh token stored`, async () => {
      const user = await createUser({ username: freshName(`persist-${persist}`), password: STRONG });
      const el = await mountFlow({ persist });
      signInAs(el, user.username, STRONG);
      await signedIn(el);
      const storage = persist === 'session' ? sessionStorage : localStorage;
      const stored = Object.keys(storage).map((key) => storage.getItem(key) ?? '').join('');
      expect(stored).to.contain('accessToken');
      expect(stored).not.to.contain('refreshToken');
      expect(stored).not.to.contain(STRONG);

      el.remove(); // the "reload": a new element with a new backend and controller
      const reloaded = await mountFlow({ persist });
      const view = await signedIn(reloaded);
      expect(view.textContent).to.contain(`Signed in as ${user.username}.`);
    });
  }

  it('refreshes tokens with the refresh token held in memory', async () => {
    const user = await createUser({ username: freshName('refresh'), password: STRONG });
    const { endpoint, userPoolId, clientId } = await localCognito();
    const backend = new CognitoApiBackend({ userPoolId, clientId, endpoint });
    await backend.signIn({ username: user.username, password: STRONG });
    const before = await backend.tokens();
    await new Promise((r) => setTimeout(r, 1100)); // a new iat/exp second
    const refreshed = await backend.refreshSession();
    const after = await backend.tokens();
    expect(refreshed.username).to.equal(user.username);
    expect(after!.accessToken).not.to.equal(before!.accessToken);
  });

  it('global sign-out revokes the tokens everywhere', async () => {
    const user = await createUser({ username: freshName('global'), password: STRONG });
    const { endpoint, userPoolId, clientId } = await localCognito();
    const elsewhere = new CognitoApiBackend({ userPoolId, clientId, endpoint });
    await elsewhere.signIn({ username: user.username, password: STRONG });
    const el = await mountFlow();
    signInAs(el, user.username, STRONG);
    await signedIn(el);
    el.querySelector<HTMLInputElement>('input[name=global]')!.click();
    el.querySelector<HTMLButtonElement>('button[value=signOut]')!.click();
    await waitFor(() => el.querySelector('auth-sign-in form'));
    // The other device's session can no longer refresh.
    let refused = '';
    await elsewhere.refreshSession().catch((error: Error) => (refused = error.name));
    expect(refused).to.equal('NotAuthorizedException');
  });
});
