/**
 * Contract: what the network and the service do to a call — a dropped connection, a throttled or
 * failing service, a request that never answers and the person leaving (abort). Faults are scoped
 * to the test's user, so other suites running against the same local Cognito are not affected.
 */
import { expect } from '@open-wc/testing';
import { createUser, setFault } from '../support/local-cognito.js';
import { rejection } from '../support/rejection.js';
import { contract, done, freshName, hangingRequests, PASSWORD, sleep } from './backends.js';

contract('failures', (kind) => {
  afterEach(() => setFault(null));

  it('a dropped connection is NetworkError; the next try works', async () => {
    const { backend } = await kind.make();
    const user = await createUser({ username: freshName(kind, 'net'), password: PASSWORD });
    // Until cleared: Chromium silently retries a request whose reused connection closed unanswered.
    await setFault({ operation: 'InitiateAuth', mode: 'network', times: 0, ...({ username: user.username } as object) });
    const error = await rejection(backend.signIn({ username: user.username, password: PASSWORD }));
    expect(error.name).to.equal('NetworkError');
    await setFault(null);
    done(await backend.signIn({ username: user.username, password: PASSWORD }));
  });

  for (const [operation, name] of [
    ['InitiateAuth', 'TooManyRequestsException'],
    ['RespondToAuthChallenge', 'InternalErrorException'],
  ] as const) {
    it(`${name} from ${operation} keeps its name and message`, async () => {
      const { backend } = await kind.make();
      const user = await createUser({ username: freshName(kind, 'svc'), password: PASSWORD });
      await setFault({ operation, mode: 'error', error: name, ...({ username: user.username } as object) });
      const error = await rejection(backend.signIn({ username: user.username, password: PASSWORD }));
      expect(error.name).to.equal(name);
      expect(error.message).to.equal(name === 'TooManyRequestsException' ? 'Rate exceeded' : 'Internal server error.');
    });
  }

  it('sign-up errors keep their name (LimitExceededException)', async () => {
    const { backend } = await kind.make();
    const username = freshName(kind, 'limit');
    await setFault({ operation: 'SignUp', mode: 'error', error: 'LimitExceededException', ...({ username } as object) });
    const error = await rejection(backend.signUp({ username, password: PASSWORD, attributes: {} }));
    expect(error.name).to.equal('LimitExceededException');
  });

  it('refresh over a dropped connection is NetworkError and keeps the session', async () => {
    const { backend } = await kind.make();
    const user = await createUser({ username: freshName(kind, 'refresh-net'), password: PASSWORD });
    const { session } = done(await backend.signIn({ username: user.username, password: PASSWORD }));
    // Refresh requests name no user, so this fault is not scoped: kept as short as possible.
    await setFault({ operation: 'GetTokensFromRefreshToken', mode: 'network', times: 0 });
    const error = await rejection(backend.refreshSession());
    await setFault(null);
    expect(error.name).to.equal('NetworkError');
    expect((await backend.currentSession())?.username).to.equal(session.username);
  });

  it('an already aborted signal rejects with AbortError', async () => {
    const { backend } = await kind.make();
    const controller = new AbortController();
    controller.abort();
    const error = await rejection(backend.signIn({ username: 'anyone', password: PASSWORD }, { signal: controller.signal }));
    expect(error.name).to.equal('AbortError');
  });

  it('aborting a request that hangs rejects at once with AbortError; the late answer is dropped', async () => {
    const { backend } = await kind.make();
    const user = await createUser({ username: freshName(kind, 'abort'), password: PASSWORD });
    await setFault({ operation: 'InitiateAuth', mode: 'hang', ...({ username: user.username } as object) });
    const controller = new AbortController();
    const pending = backend.signIn({ username: user.username, password: PASSWORD, authFlowType: 'USER_PASSWORD_AUTH' }, { signal: controller.signal });
    await sleep(200);
    const started = Date.now();
    controller.abort();
    const error = await rejection(pending);
    expect(error.name).to.equal('AbortError');
    expect(Date.now() - started).to.be.lessThan(500);
    await setFault(null); // a request still held now gets its answer (tokens): nobody may keep them
    await sleep(300);
    expect(await backend.currentSession()).to.equal(null);
  });

  if (kind.name === 'identity-js') {
    it('known limit (identity-js): an aborted request is not cancelled — Cognito still receives and answers it', async () => {
      const { backend } = await kind.make();
      const user = await createUser({ username: freshName(kind, 'abort-held'), password: PASSWORD });
      await setFault({ operation: 'InitiateAuth', mode: 'hang', ...({ username: user.username } as object) });
      const controller = new AbortController();
      const pending = backend.signIn({ username: user.username, password: PASSWORD, authFlowType: 'USER_PASSWORD_AUTH' }, { signal: controller.signal });
      await sleep(200);
      controller.abort();
      expect((await rejection(pending)).name).to.equal('AbortError');
      await sleep(200);
      // amazon-cognito-identity-js calls fetch without a signal: the connection stays open.
      expect(await hangingRequests()).to.equal(1);
    });
  } else {
    it('an aborted request is cancelled: the connection closes', async () => {
      const { backend } = await kind.make();
      const user = await createUser({ username: freshName(kind, 'abort-closed'), password: PASSWORD });
      await setFault({ operation: 'InitiateAuth', mode: 'hang', ...({ username: user.username } as object) });
      const controller = new AbortController();
      const pending = backend.signIn({ username: user.username, password: PASSWORD, authFlowType: 'USER_PASSWORD_AUTH' }, { signal: controller.signal });
      await sleep(200);
      expect(await hangingRequests()).to.equal(1);
      controller.abort();
      expect((await rejection(pending)).name).to.equal('AbortError');
      await sleep(200);
      expect(await hangingRequests()).to.equal(0);
    });
  }
});
