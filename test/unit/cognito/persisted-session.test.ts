/**
 * `persist` across tabs, in Chromium: two API backends in one page with the same app client stand
 * for two tabs (they share the sealed store, the BroadcastChannel name and the Web Lock, as tabs
 * do). Cognito is a scripted transport that issues, rotates and refuses refresh tokens as
 * docs/cognito.md describes; the sealed store, IndexedDB, the channel and the locks are the browser's.
 */
import { expect } from '@open-wc/testing';
import { CognitoApiBackend } from '../../../src/cognito/api/backend.js';
import type { CognitoTransport } from '../../../src/cognito/transport.js';
import type { AuthSession } from '../../../src/core/backend.js';
import { AuthController } from '../../../src/core/controller.js';
import { AuthError } from '../../../src/core/errors.js';
import { waitFor } from '../../support/dom.js';
import { rejection } from '../../support/rejection.js';
import { jwt } from '../../support/scripted-transport.js';

const POOL_ID = 'eu-west-1_TestPool1';

/**
 * Cognito for one app client: sign-in, `GetTokensFromRefreshToken` (with rotation a new refresh
 * token each time and the one sent refused from then on: RetryGracePeriodSeconds 0) and
 * `RevokeToken`. Records every operation; `delay` holds each refresh that long (a slow network).
 */
function cognito({ rotation = false, delay = 0 } = {}) {
  const valid = new Set<string>();
  const issued: string[] = [];
  const calls: { operation: string; refreshToken?: string }[] = [];
  let serial = 0;
  const tokens = (username: string, refreshToken?: string) => {
    const exp = Math.floor(Date.now() / 1000) + 3600 + ++serial; // a new access token every time
    return {
      AuthenticationResult: {
        AccessToken: jwt({ username, exp, token_use: 'access' }),
        IdToken: jwt({ 'cognito:username': username, exp, token_use: 'id' }),
        ...(refreshToken && { RefreshToken: refreshToken }),
        ExpiresIn: 3600,
      },
    };
  };
  const newRefreshToken = () => {
    const token = `refresh-${crypto.randomUUID()}`;
    valid.add(token);
    issued.push(token);
    return token;
  };
  const transport: CognitoTransport = {
    async call(operation, body) {
      const input = body as Record<string, unknown>;
      const refreshToken = (input.RefreshToken ?? input.Token) as string | undefined;
      calls.push({ operation, refreshToken });
      if (operation === 'InitiateAuth') return tokens((input.AuthParameters as Record<string, string>).USERNAME, newRefreshToken());
      if (operation === 'RevokeToken') {
        valid.delete(refreshToken!);
        return {};
      }
      if (operation === 'GetTokensFromRefreshToken') {
        await new Promise((resolve) => setTimeout(resolve, delay));
        if (!valid.has(refreshToken!)) {
          throw new AuthError(issued.includes(refreshToken!) ? 'RefreshTokenReuseException' : 'NotAuthorizedException', 'Invalid Refresh Token');
        }
        if (!rotation) return tokens('pat');
        valid.delete(refreshToken!);
        return tokens('pat', newRefreshToken());
      }
      throw new Error(`unscripted ${operation}`);
    },
  };
  return { transport, calls, issued, refreshes: () => calls.filter((c) => c.operation === 'GetTokensFromRefreshToken') };
}

/** A fresh app client id: its own sealed session, channel and lock. */
const freshClient = () => `client-${crypto.randomUUID()}`;

/** A "tab": a backend of its own over the shared Cognito, with the page's clock or one run ahead. */
function tab(clientId: string, transport: CognitoTransport, options: { persist?: 'local' | 'session'; now?: () => number } = {}) {
  return new CognitoApiBackend({ userPoolId: POOL_ID, clientId, transport, persist: options.persist ?? 'local', now: options.now });
}

const signIn = (backend: CognitoApiBackend) => backend.signIn({ username: 'pat', password: 'pw', authFlowType: 'USER_PASSWORD_AUTH' });

/** The changes `backend` hears from the others, in order. */
function heard(backend: CognitoApiBackend) {
  const changes: (AuthSession | null)[] = [];
  const stop = backend.onSessionChange((session) => changes.push(session));
  return { changes, stop };
}

/** Every value the kit's database holds, and every Web Storage entry, as text (the sealed bytes as Latin-1). */
async function everythingStored(): Promise<string> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open('cognito-auth-flow');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const values = await new Promise<unknown[]>((resolve, reject) => {
    const request = db.transaction('sealed').objectStore('sealed').getAll();
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  db.close();
  const sealed = values.map((bytes) => String.fromCharCode(...(bytes as Uint8Array)));
  const webStorage = [localStorage, sessionStorage].flatMap((storage) => Object.keys(storage).map((key) => `${key}=${storage.getItem(key)}`));
  return [...sealed, ...webStorage].join('\n');
}

describe('persist: the sealed session shared by tabs', () => {
  it('a sign-in in one tab is the session of the others, which hear of it', async () => {
    const clientId = freshClient();
    const { transport } = cognito();
    const one = tab(clientId, transport);
    const two = tab(clientId, transport);
    const { changes, stop } = heard(two);
    expect(await two.currentSession()).to.equal(null);
    await signIn(one);
    await waitFor(() => changes.length > 0);
    expect(changes[0]?.username).to.equal('pat');
    expect((await two.currentSession())?.username).to.equal('pat');
    expect(await two.accessToken()).to.equal(await one.accessToken());
    stop();
    await one.signOut();
  });

  it('a sign-out in one tab signs out the others: they hear null and hold no session', async () => {
    const clientId = freshClient();
    const { transport, calls } = cognito();
    const one = tab(clientId, transport);
    const two = tab(clientId, transport);
    await signIn(one);
    const { changes, stop } = heard(two);
    await one.signOut();
    expect(calls.at(-1)?.operation).to.equal('RevokeToken');
    await waitFor(() => changes.length > 0);
    // The word of the sign-in may arrive after listening began: it reads the store, signed out by then.
    expect(changes.every((change) => change === null)).to.equal(true);
    expect(await two.currentSession()).to.equal(null);
    expect(await two.tokens()).to.equal(null);
    stop();
  });

  it('a controller on the other tab goes to sign-in and says "signed out"', async () => {
    const clientId = freshClient();
    const { transport } = cognito();
    const one = tab(clientId, transport);
    await signIn(one);
    const controller = new AuthController(tab(clientId, transport));
    await controller.restore();
    expect(controller.getSnapshot().step, 'restored from the sealed session').to.equal('signedIn');
    let signedOut = '';
    controller.addEventListener('signedout', (event) => (signedOut = event.username));
    await one.signOut();
    await waitFor(() => controller.getSnapshot().step === 'signIn');
    expect(controller.getSnapshot()).to.deep.include({ notice: 'signedOut', pending: false });
    expect(signedOut).to.equal('pat');
    controller.dispose();
  });

  it('a controller on an untouched sign-in screen shows a sign-in made in another tab; a disposed one does not', async () => {
    const clientId = freshClient();
    const { transport } = cognito();
    const watching = new AuthController(tab(clientId, transport));
    const disposed = new AuthController(tab(clientId, transport));
    disposed.dispose();
    const one = tab(clientId, transport);
    await signIn(one);
    await waitFor(() => watching.getSnapshot().step === 'signedIn');
    expect(watching.getSnapshot().username).to.equal('pat');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(disposed.getSnapshot().step).to.equal('signIn');
    watching.dispose();
    await one.signOut();
  });

  it('two tabs refreshing at once send one GetTokensFromRefreshToken; both end with its tokens', async () => {
    const clientId = freshClient();
    const server = cognito({ rotation: true, delay: 50 });
    const one = tab(clientId, server.transport);
    const two = tab(clientId, server.transport);
    await signIn(one);
    const before = await one.accessToken();
    const [a, b] = await Promise.all([one.refreshSession(), two.refreshSession()]);
    expect(server.refreshes()).to.have.length(1);
    expect(a.expiresAt).to.equal(b.expiresAt);
    const after = await one.accessToken();
    expect(after).not.to.equal(before);
    expect(await two.accessToken()).to.equal(after);
    await one.signOut();
  });

  it('expired tokens in two tabs (their clocks ahead): one refresh, and neither is signed out', async () => {
    const clientId = freshClient();
    const server = cognito({ rotation: true, delay: 50 });
    await signIn(tab(clientId, server.transport));
    const later = () => Date.now() + 2 * 3600_000; // past the access token's expiry
    const one = tab(clientId, server.transport, { now: later });
    const two = tab(clientId, server.transport, { now: later });
    const [a, b] = await Promise.all([one.currentSession(), two.currentSession()]);
    expect(a?.username).to.equal('pat');
    expect(b?.username).to.equal('pat');
    expect(server.refreshes()).to.have.length(1);
    await one.signOut();
  });

  it('with rotation, a refresh in one tab is what the other sends next, never the token it replaced', async () => {
    const clientId = freshClient();
    const server = cognito({ rotation: true });
    const one = tab(clientId, server.transport);
    const two = tab(clientId, server.transport);
    await signIn(one);
    const { changes, stop } = heard(two);
    const refreshed = await one.refreshSession();
    // The other tab hears of the new tokens (after, perhaps, a late word of the sign-in).
    await waitFor(() => changes.at(-1)?.expiresAt === refreshed.expiresAt);
    await two.refreshSession();
    const [first, second] = server.refreshes();
    expect(first.refreshToken).to.equal(server.issued[0]);
    expect(second.refreshToken, 'the rotated token').to.equal(server.issued[1]);
    expect(server.issued).to.have.length(3);
    // The refused token really is refused: sending it signs out (so the test above can fail).
    const stale = tab(freshClient(), server.transport);
    await stale.adoptTokens({ idToken: '', accessToken: jwt({ username: 'pat', exp: 1 }), refreshToken: server.issued[0], expiresIn: 1 });
    expect((await rejection(stale.refreshSession())).name).to.equal('RefreshTokenReuseException');
    stop();
    await one.signOut();
  });

  it('a controller signed in on the other tab takes the refreshed tokens (its refresh timer moves)', async () => {
    const clientId = freshClient();
    const { transport } = cognito({ rotation: true });
    const one = tab(clientId, transport);
    await signIn(one);
    const controller = new AuthController(tab(clientId, transport));
    await controller.restore();
    const before = controller.getSnapshot();
    const refreshed = await one.refreshSession();
    await waitFor(() => controller.getSnapshot() !== before);
    const after = controller.getSnapshot();
    expect(after.step).to.equal('signedIn');
    const expiresAt = (state: typeof before) => state.step === 'signedIn' && state.session.expiresAt;
    expect(expiresAt(after)).to.equal(refreshed.expiresAt);
    expect(expiresAt(before)).not.to.equal(refreshed.expiresAt);
    controller.dispose();
    await one.signOut();
  });

  it('stores no token in plain text: IndexedDB and Web Storage hold ciphertext only', async () => {
    const clientId = freshClient();
    const server = cognito({ rotation: true });
    const one = tab(clientId, server.transport);
    await signIn(one);
    await one.refreshSession();
    const stored = await everythingStored();
    const access = (await one.accessToken())!;
    for (const secret of [...server.issued, access]) expect(stored.includes(secret), 'a token in storage').to.equal(false);
    expect(stored.includes(access.split('.')[1]), 'not even the claims').to.equal(false);
    await one.signOut();
  });

  it('a tampered sealed session reads as signed out', async () => {
    const clientId = freshClient();
    const { transport } = cognito();
    await signIn(tab(clientId, transport));
    const db = await new Promise<IDBDatabase>((resolve) => {
      const request = indexedDB.open('cognito-auth-flow');
      request.onsuccess = () => resolve(request.result);
    });
    await new Promise<void>((resolve, reject) => {
      const transaction = db.transaction('sealed', 'readwrite');
      const objects = transaction.objectStore('sealed');
      const id = `cognito-auth-flow:${clientId}:session`;
      const request = objects.get(id);
      request.onsuccess = () => {
        const bytes = (request.result as Uint8Array).slice();
        bytes[40] ^= 0x80;
        objects.put(bytes, id);
      };
      transaction.oncomplete = () => resolve();
      transaction.onerror = () => reject(transaction.error);
    });
    db.close();
    const reloaded = tab(clientId, transport);
    expect(await reloaded.currentSession()).to.equal(null);
    const controller = new AuthController(reloaded);
    await controller.restore();
    expect(controller.getSnapshot()).to.deep.include({ step: 'signIn', pending: false });
    controller.dispose();
  });

  it('persist="session": sealed in this tab\'s sessionStorage, kept across a reload, refreshed; its backends agree on sign-out', async () => {
    const clientId = freshClient();
    const server = cognito({ rotation: true });
    const one = tab(clientId, server.transport, { persist: 'session' });
    await signIn(one);
    const key = `cognito-auth-flow:${clientId}:session:sealed`;
    expect(sessionStorage.getItem(key)).to.be.a('string');
    expect(localStorage.getItem(key)).to.equal(null);
    expect((await everythingStored()).includes(server.issued[0])).to.equal(false);
    const reloaded = tab(clientId, server.transport, { persist: 'session' });
    expect((await reloaded.currentSession())?.username).to.equal('pat');
    await reloaded.refreshSession();
    expect(server.refreshes()[0].refreshToken).to.equal(server.issued[0]);
    const { changes, stop } = heard(one);
    await reloaded.signOut();
    await waitFor(() => changes.length > 0 && changes.at(-1) === null);
    expect(sessionStorage.getItem(key)).to.equal(null);
    expect(await one.currentSession()).to.equal(null);
    stop();
  });

  it('without persist nothing is shared: memory only', async () => {
    const clientId = freshClient();
    const { transport } = cognito();
    const one = new CognitoApiBackend({ userPoolId: POOL_ID, clientId, transport });
    await signIn(one);
    expect(await new CognitoApiBackend({ userPoolId: POOL_ID, clientId, transport }).currentSession()).to.equal(null);
    expect(await tab(clientId, transport).currentSession()).to.equal(null);
  });
});
