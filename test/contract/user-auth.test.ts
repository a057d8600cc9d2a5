/**
 * Contract: choice-based sign-in (USER_AUTH), passkeys and sign-in after confirming, for every
 * backend. The API backend (fetch and SDK transports) does all of it; identity-js, which predates
 * USER_AUTH, refuses it with UnsupportedFeatureError and has no passkey operations (docs/cognito.md §10.7).
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { createPasskey, getPasskey } from '../../src/elements/shared/webauthn.js';
import { createUser, latestCode } from '../support/local-cognito.js';
import { rejection } from '../support/rejection.js';
import { contract, done, freshName, now, PASSWORD } from './backends.js';

function challengeOf<T extends string>(result: Awaited<ReturnType<import('../../src/core/backend.js').AuthBackend['signIn']>>, type: T) {
  expect(result.kind).to.equal('challenge');
  if (result.kind !== 'challenge') throw new Error('not a challenge');
  expect(result.challenge.type).to.equal(type);
  return result as typeof result & { challenge: Extract<typeof result.challenge, { type: T }> };
}

contract('USER_AUTH', (kind) => {
  if (kind.name === 'identity-js') {
    it('refuses USER_AUTH with UnsupportedFeatureError, and has no passkey operations', async () => {
      const { backend } = await kind.make({ userAuthClient: true });
      const user = await createUser({ username: freshName(kind, 'ua'), password: PASSWORD });
      const error = await rejection(backend.signIn({ username: user.username, authFlowType: 'USER_AUTH' }));
      expect(error.name).to.equal('UnsupportedFeatureError');
      expect(backend.listPasskeys).to.equal(undefined);
      expect(backend.startPasskeyRegistration).to.equal(undefined);
      expect(backend.signInAfterConfirmation).to.equal(undefined);
    });
    return;
  }

  it('SELECT_CHALLENGE lists this person’s factors; the emailed code signs in', async () => {
    const { backend } = await kind.make({ userAuthClient: true });
    const user = await createUser({ username: freshName(kind, 'ua-otp'), password: PASSWORD, email: 'ua@example.com' });
    const choice = challengeOf(await backend.signIn({ username: user.username, authFlowType: 'USER_AUTH' }), 'selectFactor');
    expect(choice.challenge.factors).to.deep.equal(['EMAIL_OTP', 'PASSWORD_SRP', 'PASSWORD']);
    const since = now();
    const code = challengeOf(await backend.answerChallenge(choice.handle, { factor: 'EMAIL_OTP' }), 'emailCode');
    expect(code.challenge.delivery?.medium).to.equal('EMAIL');
    done(await backend.answerChallenge(code.handle, { code: await latestCode(user.username, since) }), user.username);
  });

  it('the password factor with SRP in the same answer, and PASSWORD preferred from the start', async () => {
    const { backend } = await kind.make({ userAuthClient: true });
    const user = await createUser({ username: freshName(kind, 'ua-srp'), password: PASSWORD });
    const choice = challengeOf(await backend.signIn({ username: user.username, authFlowType: 'USER_AUTH' }), 'selectFactor');
    done(await backend.answerChallenge(choice.handle, { factor: 'PASSWORD_SRP', password: PASSWORD }), user.username);
    await backend.signOut();
    done(await backend.signIn({ username: user.username, password: PASSWORD, authFlowType: 'USER_AUTH', preferredChallenge: 'PASSWORD' }), user.username);
  });

  it('SMS_OTP preferred: a code at once, and a new one on request', async () => {
    const { backend } = await kind.make({ userAuthClient: true });
    const user = await createUser({ username: freshName(kind, 'ua-sms'), password: PASSWORD, phone_number: '+15550108888' });
    const first = challengeOf(await backend.signIn({ username: user.username, authFlowType: 'USER_AUTH', preferredChallenge: 'SMS_OTP' }), 'smsCode');
    const since = now();
    const again = challengeOf(await backend.resendChallengeCode(first.handle), 'smsCode');
    done(await backend.answerChallenge(again.handle, { code: await latestCode(user.username, since) }), user.username);
  });

  it('a passkey: registered while signed in, listed, used to sign in, deleted', async () => {
    const { authenticatorId } = await executeServerCommand<{ authenticatorId: string }, unknown>('virtual-authenticator', { action: 'add' });
    try {
      const { backend } = await kind.make({ userAuthClient: true });
      const user = await createUser({ username: freshName(kind, 'ua-pk'), password: PASSWORD });
      done(await backend.signIn({ username: user.username, password: PASSWORD, authFlowType: 'USER_AUTH', preferredChallenge: 'PASSWORD_SRP' }));
      const creation = await backend.startPasskeyRegistration!();
      await backend.completePasskeyRegistration!(await createPasskey(creation, {}));
      const [passkey] = await backend.listPasskeys!();
      expect(passkey.id).to.be.a('string').and.not.equal('');
      expect(passkey.createdAt).to.be.closeTo(Date.now(), 60_000);
      await backend.signOut();

      const request = challengeOf(await backend.signIn({ username: user.username, authFlowType: 'USER_AUTH', preferredChallenge: 'WEB_AUTHN' }), 'passkey');
      const credential = await getPasskey(request.challenge.requestOptions, {});
      done(await backend.answerChallenge(request.handle, { credential }), user.username);
      await backend.deletePasskey!(passkey.id);
      expect(await backend.listPasskeys!()).to.deep.equal([]);
    } finally {
      await executeServerCommand('virtual-authenticator', { action: 'remove', authenticatorId });
    }
  });

  it('a confirmed sign-up signs in with the confirmation’s Session, once', async () => {
    const { backend } = await kind.make({ userAuthClient: true });
    const username = freshName(kind, 'ua-auto');
    const since = now();
    await backend.signUp({ username, password: PASSWORD, attributes: { email: 'auto@example.com' } });
    const handle = await backend.confirmSignUp({ username, code: await latestCode(username, since) });
    expect(handle, 'a handle, not the Session itself').to.deep.equal({});
    done(await backend.signInAfterConfirmation!(handle!), username);
    expect((await rejection(backend.signInAfterConfirmation!(handle!))).name).to.equal('NotAuthorizedException');
  });

  it('without USER_AUTH on the client: no handle after confirming, and USER_AUTH is not enabled', async () => {
    const { backend } = await kind.make();
    const username = freshName(kind, 'ua-none');
    const since = now();
    await backend.signUp({ username, password: PASSWORD, attributes: { email: 'none@example.com' } });
    expect(await backend.confirmSignUp({ username, code: await latestCode(username, since) })).to.equal(undefined);
    const error = await rejection(backend.signIn({ username, authFlowType: 'USER_AUTH' }));
    expect(error.name).to.equal('InvalidParameterException');
  });
});
