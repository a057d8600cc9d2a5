/**
 * CognitoApiBackend against the local Cognito the test run starts (dev/local-cognito), once per
 * transport. Nothing is mocked: codes come from the outbox.
 */
import { expect } from '@open-wc/testing';
import { CognitoApiBackend } from '../../src/cognito/api-backend.js';
import { MemorySessionStore } from '../../src/cognito/session-store.js';
import type { TransportFactory } from '../../src/cognito/transport.js';
import { createFetchTransport } from '../../src/cognito/transports/fetch.js';
import { createSdkTransport } from '../../src/cognito/transports/sdk.js';
import { latestCode, localCognito, uniqueUsername } from '../support/local-cognito.js';
import { rejection } from '../support/rejection.js';

const DEMO = { username: 'demo', password: 'Demo-pass-1234' };
const PASSWORD = 'Kit-test-pass-9876!';


const transports: Array<[string, TransportFactory]> = [
  ['fetch', createFetchTransport],
  // No retries: a failing call should fail the test at once.
  ['sdk', (config) => createSdkTransport({ ...config, clientConfig: { maxAttempts: 1 } })],
];

for (const [name, transport] of transports) {
  describe(`CognitoApiBackend + ${name} transport against the local Cognito`, () => {
    async function makeBackend(storage = new MemorySessionStore()) {
      const { userPoolId, clientId, endpoint } = await localCognito();
      return new CognitoApiBackend({ userPoolId, clientId, endpoint, transport, storage });
    }

    async function signUp(backend: CognitoApiBackend) {
      const username = uniqueUsername(`kit-${name}`);
      const since = new Date(Date.now() - 1000).toISOString();
      const result = await backend.signUp({
        username,
        password: PASSWORD,
        attributes: { email: `${username}@example.com` },
      });
      return { username, since, result };
    }

    it('sign up → code → confirm → SRP sign-in → claims → refresh → sign out (refresh then fails)', async () => {
      const store = new MemorySessionStore();
      const backend = await makeBackend(store);
      const { username, since, result } = await signUp(backend);
      expect(result.userConfirmed).to.equal(false);
      expect(result.userSub).to.be.a('string');
      expect(result.codeDelivery?.medium).to.equal('EMAIL');

      await backend.confirmSignUp({ username, code: await latestCode(username, since) });

      const signedIn = await backend.signIn({ username, password: PASSWORD });
      expect(signedIn.kind).to.equal('done');
      if (signedIn.kind !== 'done') return;
      const { session } = signedIn;
      expect(session.username).to.equal(username);
      expect(session.idTokenClaims.email).to.equal(`${username}@example.com`);
      expect(session.idTokenClaims.sub).to.equal(result.userSub);
      expect(session.accessTokenClaims.client_id).to.equal((await localCognito()).clientId);
      expect(session.expiresAt).to.be.greaterThan(Date.now());
      expect(JSON.stringify(session)).not.to.contain(store.load()!.refreshToken!);
      expect(await backend.currentSession()).to.deep.equal(session);

      const refreshToken = store.load()!.refreshToken!;
      const refreshed = await backend.refreshSession();
      expect(refreshed.username).to.equal(username);
      expect(refreshed.idTokenClaims.sub).to.equal(result.userSub);
      expect(store.load()!.refreshToken).to.equal(refreshToken);

      await backend.signOut();
      expect(await backend.currentSession()).to.equal(null);
      expect((await rejection(backend.refreshSession())).name).to.equal('NotAuthorizedException');

      // The revoked refresh token is refused by Cognito itself, not just forgotten locally.
      const { userPoolId, clientId, endpoint } = await localCognito();
      const revokedStore = new MemorySessionStore();
      revokedStore.save({ username, idToken: '', accessToken: '', refreshToken, expiresAt: 0 });
      const withRevoked = new CognitoApiBackend({ userPoolId, clientId, endpoint, transport, storage: revokedStore });
      expect((await rejection(withRevoked.refreshSession())).name).to.equal('NotAuthorizedException');
      expect(await withRevoked.currentSession()).to.equal(null);
    });

    it('a wrong SRP password is NotAuthorizedException', async () => {
      const backend = await makeBackend();
      const error = await rejection(backend.signIn({ username: DEMO.username, password: 'Not-the-password-1' }));
      expect(error.name).to.equal('NotAuthorizedException');
      expect(error.message).not.to.contain('Not-the-password-1');
      expect(await backend.currentSession()).to.equal(null);
    });

    it('the seeded demo user signs in with SRP and with USER_PASSWORD_AUTH', async () => {
      for (const authFlowType of ['USER_SRP_AUTH', 'USER_PASSWORD_AUTH'] as const) {
        const backend = await makeBackend();
        const result = await backend.signIn({ ...DEMO, authFlowType });
        expect(result.kind, authFlowType).to.equal('done');
        if (result.kind === 'done') expect(result.session.username).to.equal(DEMO.username);
        await backend.signOut();
      }
    });

    it('a wrong USER_PASSWORD_AUTH password is NotAuthorizedException', async () => {
      const backend = await makeBackend();
      const error = await rejection(backend.signIn({ ...DEMO, password: 'Wrong-pass-1234', authFlowType: 'USER_PASSWORD_AUTH' }));
      expect(error.name).to.equal('NotAuthorizedException');
    });

    it('a wrong confirmation code is CodeMismatchException', async () => {
      const backend = await makeBackend();
      const { username, since } = await signUp(backend);
      const code = await latestCode(username, since);
      const wrong = code === '000000' ? '111111' : '000000';
      expect((await rejection(backend.confirmSignUp({ username, code: wrong }))).name).to.equal('CodeMismatchException');
      // Not confirmed yet: sign-in says so.
      expect((await rejection(backend.signIn({ username, password: PASSWORD }))).name).to.equal('UserNotConfirmedException');
    });

    it('resend, then confirm with the new code and sign in', async () => {
      const backend = await makeBackend();
      const { username } = await signUp(backend);
      await new Promise((resolve) => setTimeout(resolve, 5));
      const since = new Date().toISOString();
      const delivery = await backend.resendSignUpCode({ username });
      expect(delivery.medium).to.equal('EMAIL');
      expect(delivery.destination).to.be.a('string').and.not.equal('');
      const code = await latestCode(username, since);
      await backend.confirmSignUp({ username, code });
      const result = await backend.signIn({ username, password: PASSWORD });
      expect(result.kind).to.equal('done');
    });
  });
}
