import { expect } from '@open-wc/testing';
import { CognitoApiBackend } from '../../../src/cognito/api/backend.js';
import { OnDemandApiBackend } from '../../../src/cognito/api/on-demand-backend.js';
import { scripted } from '../../support/scripted-transport.js';

const POOL_ID = 'eu-west-1_TestPool1';

/** A transport with one fixed answer per operation; `operations()` lists what was sent. */
function recording(answers: Record<string, Record<string, unknown>> = {}) {
  const { transport, ops } = scripted(Object.fromEntries(Object.entries(answers).map(([operation, answer]) => [operation, () => answer])));
  return { transport, operations: ops };
}

describe('OnDemandApiBackend (the default backend before its code arrives)', () => {
  it('rejects a malformed pool id at once, as the API backend does', () => {
    expect(() => new OnDemandApiBackend({ userPoolId: 'no-region', clientId: 'c' })).to.throw(TypeError);
    expect(() => new CognitoApiBackend({ userPoolId: 'no-region', clientId: 'c' })).to.throw(TypeError);
  });

  it('has every method the API backend has', () => {
    const backend = new OnDemandApiBackend({ userPoolId: POOL_ID, clientId: 'c', transport: recording().transport });
    const methods = Object.getOwnPropertyNames(CognitoApiBackend.prototype).filter((name) => name !== 'constructor');
    const missing = methods.filter((name) => typeof (backend as unknown as Record<string, unknown>)[name] !== 'function');
    expect(missing).to.deep.equal([]);
    expect([backend.userPoolId, backend.clientId, backend.region]).to.deep.equal([POOL_ID, 'c', 'eu-west-1']);
  });

  it('without persist: no session before the first call, and no request to say so', async () => {
    const { transport, operations } = recording();
    const backend = new OnDemandApiBackend({ userPoolId: POOL_ID, clientId: 'c', transport });
    expect(await backend.currentSession()).to.equal(null);
    const unwatch = backend.onSessionChange(() => {});
    unwatch();
    expect(operations()).to.deep.equal([]);
  });

  it('forwards a call to the API backend, with its arguments and its answer', async () => {
    const { transport, operations } = recording({
      SignUp: { UserConfirmed: false, UserSub: 'sub-1', CodeDeliveryDetails: { DeliveryMedium: 'EMAIL', Destination: 'a***@e***' } },
    });
    const backend = new OnDemandApiBackend({ userPoolId: POOL_ID, clientId: 'c', transport });
    const result = await backend.signUp({ username: 'ana', password: 'Pass-word-1', attributes: { email: 'ana@example.com' } });
    expect(operations()).to.deep.equal(['SignUp']);
    expect(result.userConfirmed).to.equal(false);
    expect(result.codeDelivery?.destination).to.equal('a***@e***');
  });

  it('a failure of the API backend reaches the caller as it is', async () => {
    const backend = new OnDemandApiBackend({ userPoolId: POOL_ID, clientId: 'c', transport: recording().transport });
    const error = await backend.forgotPassword({ username: 'ana' }).then(
      () => null,
      (reason: unknown) => reason,
    );
    expect(error).to.be.an('error');
  });

  it('with persist: asks the API backend for the stored session', async () => {
    const { transport } = recording();
    const stored = { username: 'u', idToken: '', accessToken: 'a.e30.s', expiresAt: Date.now() + 3_600_000 };
    const storage = { load: () => stored, save() {}, clear() {} };
    const backend = new OnDemandApiBackend({ userPoolId: POOL_ID, clientId: 'c', transport, storage });
    expect((await backend.currentSession())?.username).to.equal('u');
  });
});

describe('OnDemandApiBackend when its code cannot be fetched', () => {
  it('fails the call as a network error, and the next call imports afresh', async () => {
    const { transport, operations } = recording({ ForgotPassword: { CodeDeliveryDetails: { DeliveryMedium: 'EMAIL', Destination: 'a***@e***' } } });
    let attempts = 0;
    const load = async () => {
      attempts += 1;
      if (attempts === 1) throw new TypeError('Failed to fetch dynamically imported module');
      return CognitoApiBackend;
    };
    const backend = new OnDemandApiBackend({ userPoolId: POOL_ID, clientId: 'c', transport }, load);
    const first = await backend.forgotPassword({ username: 'ana' }).then(
      () => null,
      (reason: Error) => reason,
    );
    expect(first?.name).to.equal('NetworkError');
    expect(operations(), 'nothing was sent').to.deep.equal([]);
    const delivery = await backend.forgotPassword({ username: 'ana' });
    expect(delivery.destination).to.equal('a***@e***');
    expect([attempts, operations()]).to.deep.equal([2, ['ForgotPassword']]);
  });
});
