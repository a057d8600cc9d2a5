/** The signed-in session end to end: opt-in persistence across a reload, refresh, rotation, tabs and sign-out. */
import { expect, oneEvent } from '@open-wc/testing';
import { CognitoApiBackend } from '../../src/cognito/api/backend.js';
import { AuthController } from '../../src/core/controller.js';
import { waitFor } from '../support/dom.js';
import { freshName, mountFlow, signedIn, signInAs, STRONG } from '../support/flow.js';
import { createUser, localCognito, setLocalSettings } from '../support/local-cognito.js';

/**
 * Watches the page's requests to the local Cognito (the kit's fetch transport calls the global
 * `fetch`): each operation with its input, and the tokens in the answers. Nothing is changed.
 */
function observeCognito() {
  const seen: { operation: string; input: Record<string, string>; output: { AuthenticationResult?: Record<string, string> } }[] = [];
  const original = window.fetch;
  window.fetch = async (resource, init) => {
    const response = await original(resource, init);
    const target = new Headers(init?.headers).get('X-Amz-Target');
    if (target) {
      const output = await response.clone().json().catch(() => ({}));
      seen.push({ operation: target.split('.')[1], input: JSON.parse(String(init?.body)), output });
    }
    return response;
  };
  observers.push(() => (window.fetch = original));
  const results = () => seen.map((call) => call.output.AuthenticationResult).filter((result) => !!result);
  return {
    errors: () => seen.map((call) => (call.output as { __type?: string }).__type).filter(Boolean),
    calls: (operation: string) => seen.filter((call) => call.operation === operation),
    refreshTokens: () => results().map((result) => result.RefreshToken).filter(Boolean),
    accessTokens: () => results().map((result) => result.AccessToken),
    idTokens: () => results().map((result) => result.IdToken),
  };
}
const observers: (() => void)[] = [];

/**
 * Drops the sealed sessions of the local Cognito's app client that a test left (signed in with
 * persist="local" and never signed out); other test files' records on this origin stay.
 */
async function clearSealed(): Promise<void> {
  const { clientId } = await localCognito();
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open('cognito-auth-flow');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  if (db.objectStoreNames.contains('sealed')) {
    await new Promise<void>((resolve) => {
      const transaction = db.transaction('sealed', 'readwrite');
      const prefix = `cognito-auth-flow:${clientId}:`;
      transaction.objectStore('sealed').delete(IDBKeyRange.bound(prefix, `${prefix}\uffff`));
      transaction.oncomplete = transaction.onerror = () => resolve();
    });
  }
  db.close();
}

/** Everything this origin stored: Web Storage entries and the kit's IndexedDB records (sealed bytes as Latin-1). */
async function storedText(): Promise<string> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open('cognito-auth-flow');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const records = await new Promise<unknown[]>((resolve) => {
    if (!db.objectStoreNames.contains('sealed')) return resolve([]);
    const request = db.transaction('sealed').objectStore('sealed').getAll();
    request.onsuccess = () => resolve(request.result);
  });
  db.close();
  const sealed = records.map((bytes) => String.fromCharCode(...(bytes as Uint8Array)));
  const web = [localStorage, sessionStorage].flatMap((storage) => Object.keys(storage).map((key) => `${key}=${storage.getItem(key)}`));
  return [...sealed, ...web].join('\n');
}

describe('e2e: session', () => {
  // Only the kit's stored sessions: other test files on this origin keep their device memory.
  const clearSessions = (storage: Storage) => {
    for (const key of Object.keys(storage)) if (!/^cognito-auth-flow:(factors|username)$/.test(key)) storage.removeItem(key);
  };
  afterEach(async () => {
    for (const restore of observers.splice(0)) restore();
    clearSessions(sessionStorage);
    clearSessions(localStorage);
    await clearSealed();
    await setLocalSettings(null);
  });

  it('in memory by default: nothing is stored, and a new page is signed out', async () => {
    const user = await createUser({ username: freshName('mem'), password: STRONG });
    const el = await mountFlow();
    signInAs(el, user.username, STRONG);
    await signedIn(el);
    // Device memory (the last factor, a remembered username: docs/cognito.md §10) is no session, nor
    // is a tab's id (persist="session" names its tab with it); other test files on this origin may
    // write them meanwhile.
    const keys = (storage: Storage) => Object.keys(storage).filter((key) => !/^cognito-auth-flow:(factors|username|tab)$/.test(key));
    expect([...keys(sessionStorage), ...keys(localStorage)]).to.deep.equal([]);
    const reloaded = await mountFlow();
    await new Promise((r) => setTimeout(r, 200));
    expect(reloaded.querySelector('auth-signed-in')).to.equal(null);
  });

  for (const persist of ['session', 'local'] as const) {
    it(`persist="${persist}": after a reload the signed-in view shows without signing in; no token stored in plain text`, async () => {
      const user = await createUser({ username: freshName(`persist-${persist}`), password: STRONG });
      const cognito = observeCognito();
      const el = await mountFlow({ persist });
      signInAs(el, user.username, STRONG);
      await signedIn(el);
      const [refreshToken] = cognito.refreshTokens();
      expect(refreshToken, 'Cognito issued a refresh token').to.be.a('string');
      const stored = await storedText();
      const [accessToken] = cognito.accessTokens();
      const [idToken] = cognito.idTokens();
      // No token, and not even the claims of the ID and access tokens (their payload, base64url).
      for (const secret of [refreshToken, accessToken, idToken, accessToken.split('.')[1], idToken.split('.')[1], STRONG]) {
        expect(stored.includes(secret), 'a secret in storage').to.equal(false);
      }

      el.remove(); // the "reload": a new element with a new backend and controller
      const reloaded = await mountFlow({ persist });
      const view = await signedIn(reloaded);
      expect(view.textContent).to.contain(`Signed in as ${user.username}.`);
    });
  }

  it('persist="local": after the access token expires, the next visit refreshes it (rotated) and stays signed in', async () => {
    const { endpoint, userPoolId, clientId } = await localCognito();
    await setLocalSettings({ refreshTokenRotation: { [clientId]: { Feature: 'ENABLED', RetryGracePeriodSeconds: 0 } } });
    const user = await createUser({ username: freshName('persist-expired'), password: STRONG });
    const cognito = observeCognito();
    const el = await mountFlow({ persist: 'local' });
    signInAs(el, user.username, STRONG);
    await signedIn(el);
    el.remove();

    // The visit two hours later: a backend whose clock is past the access token's expiry.
    const later = new CognitoApiBackend({ userPoolId, clientId, endpoint, persist: 'local', now: () => Date.now() + 2 * 3600_000 });
    const controller = new AuthController(later);
    await controller.restore();
    expect(controller.getSnapshot().step, 'still signed in').to.equal('signedIn');
    const [refresh] = cognito.calls('GetTokensFromRefreshToken');
    expect(refresh, 'refreshed with GetTokensFromRefreshToken').to.exist;
    const [first, second] = cognito.refreshTokens();
    expect(refresh.input.RefreshToken === first, 'the refresh token from the sign-in').to.equal(true);
    expect(typeof second === 'string' && second !== first, 'rotated: a new refresh token').to.equal(true);

    // Another visit (the page's own clock) finds the refreshed tokens, and the next refresh sends the new token.
    const now = new CognitoApiBackend({ userPoolId, clientId, endpoint, persist: 'local' });
    expect((await now.accessToken()) === cognito.accessTokens().at(-1), 'the refreshed access token').to.equal(true);
    await now.refreshSession();
    expect(cognito.calls('GetTokensFromRefreshToken')[1].input.RefreshToken === second, 'the rotated token is sent next').to.equal(true);
    expect((await storedText()).includes(second), 'the rotated token in storage').to.equal(false);
    controller.dispose();
    await now.signOut();
  });

  it('persist="local": a short-lived access token is refreshed as it expires (rotated each time, one refresh at a time for two flows); a reload finds the newest tokens', async () => {
    const { clientId } = await localCognito();
    await setLocalSettings({
      accessTokenValiditySeconds: 3,
      refreshTokenRotation: { [clientId]: { Feature: 'ENABLED', RetryGracePeriodSeconds: 0 } },
    });
    const user = await createUser({ username: freshName('persist-short'), password: STRONG });
    const cognito = observeCognito();
    const el = await mountFlow({ persist: 'local' });
    signInAs(el, user.username, STRONG);
    await signedIn(el);
    // A second flow on the same stored session (another tab): both controllers wake before the
    // access token expires; with rotation and no grace period, a stale refresh token would be refused.
    const other = await mountFlow({ persist: 'local' });
    await signedIn(other);
    await waitFor(() => cognito.calls('GetTokensFromRefreshToken').length >= 3, 15_000);

    const refreshes = cognito.calls('GetTokensFromRefreshToken');
    const issued = cognito.refreshTokens();
    // Compared as booleans: a failure must not print tokens into the log.
    refreshes.forEach((refresh, i) => expect(refresh.input.RefreshToken === issued[i], `refresh ${i + 1} sends the newest token`).to.equal(true));
    expect(new Set(issued).size, 'a new refresh token each time').to.equal(issued.length);
    expect(cognito.errors(), 'no refresh refused').to.deep.equal([]);
    for (const flow of [el, other]) expect(flow.querySelector('auth-signed-in'), 'still signed in').not.to.equal(null);

    for (const flow of [el, other]) {
      flow.controller?.dispose();
      flow.remove();
    }
    const reloaded = await mountFlow({ persist: 'local' });
    await signedIn(reloaded);
    const backend = reloaded.controller!.backend as CognitoApiBackend;
    expect((await backend.accessToken()) === cognito.accessTokens().at(-1), 'the newest access token').to.equal(true);
    reloaded.controller!.dispose();
  });

  it('persist="local": two flows (two tabs) agree: a sign-in shows in the other, a sign-out there signs this one out', async () => {
    const user = await createUser({ username: freshName('persist-tabs'), password: STRONG });
    const one = await mountFlow({ persist: 'local' });
    const two = await mountFlow({ persist: 'local' });
    signInAs(one, user.username, STRONG);
    await signedIn(one);
    const other = await signedIn(two);
    expect(other.textContent, 'the untouched sign-in screen shows the new session').to.contain(`Signed in as ${user.username}.`);

    const signedOut = oneEvent(one, 'auth-signed-out');
    two.querySelector<HTMLButtonElement>('button[value=signOut]')!.click();
    await waitFor(() => two.querySelector('auth-sign-in form'));
    const event = await signedOut;
    expect(event.detail.username).to.equal(user.username);
    await waitFor(() => one.querySelector('auth-sign-in form'));
    expect(one.querySelector('auth-signed-in')).to.equal(null);
    expect(await storedText()).not.to.contain(user.username);

    const reloaded = await mountFlow({ persist: 'local' });
    await new Promise((r) => setTimeout(r, 200));
    expect(reloaded.querySelector('auth-signed-in'), 'still signed out after a reload').to.equal(null);
  });

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
