/** Contract: sign-up, confirmation codes and an unconfirmed user, the same for every backend. */
import { expect } from '@open-wc/testing';
import { createUser, latestCode } from '../support/local-cognito.js';
import { rejection } from '../support/rejection.js';
import { contract, done, freshName, now, PASSWORD, sleep, wrongCode } from './backends.js';

contract('sign-up', (kind) => {
  it('sign up → code → confirm → SRP sign-in, with the result every backend gives', async () => {
    const { backend } = await kind.make();
    const username = freshName(kind, 'signup');
    const since = now();
    const result = await backend.signUp({ username, password: PASSWORD, attributes: { email: `${username}@example.com` } });
    expect(result.userConfirmed).to.equal(false);
    expect(result.userSub).to.be.a('string').and.not.equal('');
    expect(result.codeDelivery).to.deep.equal({ destination: 'c***@e***', medium: 'EMAIL', attributeName: 'email' });

    await backend.confirmSignUp({ username, code: await latestCode(username, since) });
    const { session } = done(await backend.signIn({ username, password: PASSWORD }), username);
    expect(session.idTokenClaims.sub).to.equal(result.userSub);
    expect(session.idTokenClaims.email).to.equal(`${username}@example.com`);
  });

  it('resend: the new code confirms, the replaced one does not', async () => {
    const { backend } = await kind.make();
    const username = freshName(kind, 'resend');
    const first = now();
    await backend.signUp({ username, password: PASSWORD, attributes: { email: `${username}@example.com` } });
    const old = await latestCode(username, first);
    await sleep(5);
    const since = now();
    expect(await backend.resendSignUpCode({ username })).to.deep.equal({ destination: 'c***@e***', medium: 'EMAIL', attributeName: 'email' });
    const code = await latestCode(username, since);
    if (code !== old) {
      expect((await rejection(backend.confirmSignUp({ username, code: old }))).name).to.equal('CodeMismatchException');
    }
    await backend.confirmSignUp({ username, code });
    done(await backend.signIn({ username, password: PASSWORD }));
  });

  it('a wrong code is CodeMismatchException, and the user stays unconfirmed', async () => {
    const { backend } = await kind.make();
    const username = freshName(kind, 'wrongcode');
    const since = now();
    await backend.signUp({ username, password: PASSWORD, attributes: { email: `${username}@example.com` } });
    const code = await latestCode(username, since);
    expect((await rejection(backend.confirmSignUp({ username, code: wrongCode(code) }))).name).to.equal('CodeMismatchException');
    expect((await rejection(backend.signIn({ username, password: PASSWORD }))).name).to.equal('UserNotConfirmedException');
  });

  it('an existing username is UsernameExistsException', async () => {
    const { backend } = await kind.make();
    const user = await createUser({ username: freshName(kind, 'exists'), password: PASSWORD });
    const error = await rejection(backend.signUp({ username: user.username, password: PASSWORD, attributes: {} }));
    expect(error.name).to.equal('UsernameExistsException');
  });

  it('a weak password is InvalidPasswordException, and the password is not in the message', async () => {
    const { backend } = await kind.make();
    const error = await rejection(backend.signUp({ username: freshName(kind, 'weak'), password: 'weakpass', attributes: {} }));
    expect(error.name).to.equal('InvalidPasswordException');
    expect(error.message).to.match(/policy/i).and.not.contain('weakpass');
  });

  it('an unconfirmed user: sign-in is UserNotConfirmedException; resend, confirm, then sign in', async () => {
    const { backend } = await kind.make();
    const user = await createUser({ username: freshName(kind, 'unconf'), password: PASSWORD, email: 'unconfirmed@example.com', status: 'UNCONFIRMED' });
    expect((await rejection(backend.signIn({ username: user.username, password: PASSWORD }))).name).to.equal('UserNotConfirmedException');
    const since = now();
    const delivery = await backend.resendSignUpCode({ username: user.username });
    expect(delivery.medium).to.equal('EMAIL');
    await backend.confirmSignUp({ username: user.username, code: await latestCode(user.username, since) });
    done(await backend.signIn({ username: user.username, password: PASSWORD }), user.username);
  });

  it('confirming an unknown user is UserNotFoundException', async () => {
    const { backend } = await kind.make();
    const error = await rejection(backend.confirmSignUp({ username: freshName(kind, 'ghost'), code: '123456' }));
    expect(error.name).to.equal('UserNotFoundException');
  });
});
