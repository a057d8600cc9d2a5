/**
 * Contract: the sign-in flows (SRP, password, custom with and without SRP), the forced new password,
 * and the sign-in errors, the same for every backend.
 */
import { expect } from '@open-wc/testing';
import { createUser, latestCode, localCognito } from '../support/local-cognito.js';
import { rejection } from '../support/rejection.js';
import { challenge, contract, done, freshName, now, PASSWORD, wrongCode } from './backends.js';

const TEMPORARY = 'Temp-pass-5678!';

contract('sign-in', (kind) => {
  it('USER_SRP_AUTH: the session has the claims, the expiry and no refresh token', async () => {
    const made = await kind.make();
    const { backend } = made;
    const user = await createUser({ username: freshName(kind, 'srp'), password: PASSWORD, email: 'srp@example.com' });
    const { session } = done(await backend.signIn({ username: user.username, password: PASSWORD }), user.username);
    expect(session.idTokenClaims['cognito:username']).to.equal(user.username);
    expect(session.idTokenClaims.email).to.equal('srp@example.com');
    expect(session.accessTokenClaims.token_use).to.equal('access');
    expect(session.accessTokenClaims.client_id).to.equal((await localCognito()).clientId);
    expect(session.expiresAt).to.equal((session.accessTokenClaims.exp as number) * 1000);
    expect(session.expiresAt).to.be.greaterThan(Date.now());
    expect(Object.isFrozen(session)).to.equal(true);
    expect(made.refreshToken()).to.be.a('string');
    expect(JSON.stringify(session)).not.to.contain(made.refreshToken()!);
    expect(await backend.currentSession()).to.deep.equal(session);
  });

  it('a wrong SRP password is NotAuthorizedException; nothing is kept', async () => {
    const made = await kind.make();
    const user = await createUser({ username: freshName(kind, 'srp-wrong'), password: PASSWORD });
    const error = await rejection(made.backend.signIn({ username: user.username, password: 'Not-the-password-1' }));
    expect(error.name).to.equal('NotAuthorizedException');
    expect(error.message).to.equal('Incorrect username or password.');
    expect(await made.backend.currentSession()).to.equal(null);
    expect(made.refreshToken()).to.equal(null);
  });

  for (const authFlowType of ['USER_SRP_AUTH', 'USER_PASSWORD_AUTH', 'CUSTOM_WITH_SRP'] as const) {
    it(`an unknown user is UserNotFoundException (${authFlowType}, PreventUserExistenceErrors LEGACY)`, async () => {
      const { backend } = await kind.make();
      const error = await rejection(backend.signIn({ username: freshName(kind, 'nobody'), password: PASSWORD, authFlowType }));
      expect(error.name).to.equal('UserNotFoundException');
    });
  }

  it('USER_PASSWORD_AUTH signs in; a wrong password is NotAuthorizedException', async () => {
    const { backend } = await kind.make();
    const user = await createUser({ username: freshName(kind, 'pw'), password: PASSWORD });
    const wrong = await rejection(backend.signIn({ username: user.username, password: 'Wrong-pass-1234', authFlowType: 'USER_PASSWORD_AUTH' }));
    expect(wrong.name).to.equal('NotAuthorizedException');
    done(await backend.signIn({ username: user.username, password: PASSWORD, authFlowType: 'USER_PASSWORD_AUTH' }), user.username);
  });

  it('an empty username or password is refused before any request (ValidationError)', async () => {
    const { backend } = await kind.make();
    expect((await rejection(backend.signIn({ username: '', password: PASSWORD }))).name).to.equal('ValidationError');
    expect((await rejection(backend.signIn({ username: 'someone', password: '' }))).name).to.equal('ValidationError');
  });

  it('NEW_PASSWORD_REQUIRED: parameters as Cognito sends them; weak password, missing attribute, then signed in', async () => {
    const { backend } = await kind.make();
    const user = await createUser({
      username: freshName(kind, 'newpw'),
      password: TEMPORARY,
      email: 'newpw@example.com',
      status: 'FORCE_CHANGE_PASSWORD',
      ...({ requiredAttributes: ['name'] } as object),
    });
    const wrongTemporary = await rejection(backend.signIn({ username: user.username, password: 'Not-the-temp-1' }));
    expect(wrongTemporary.name).to.equal('NotAuthorizedException');

    const step = challenge(await backend.signIn({ username: user.username, password: TEMPORARY }), 'NEW_PASSWORD_REQUIRED');
    expect(JSON.parse(step.parameters.requiredAttributes)).to.deep.equal(['userAttributes.name']);
    expect(JSON.parse(step.parameters.userAttributes)).to.include({ email: 'newpw@example.com' });

    const weak = await rejection(backend.answerChallenge(step.handle, { newPassword: 'weakpass', attributes: { name: 'Nia Park' } }));
    expect(weak.name).to.equal('InvalidPasswordException');
    const missing = await rejection(backend.answerChallenge(step.handle, { newPassword: PASSWORD }));
    expect(missing.name).to.equal('InvalidParameterException');
    done(await backend.answerChallenge(step.handle, { newPassword: PASSWORD, attributes: { name: 'Nia Park' } }), user.username);
    done(await (await kind.make()).backend.signIn({ username: user.username, password: PASSWORD }));
  });

  for (const authFlowType of ['CUSTOM_WITHOUT_SRP', 'CUSTOM_WITH_SRP'] as const) {
    it(`${authFlowType}: a wrong answer gives another round, the right one signs in`, async () => {
      const { backend } = await kind.make();
      const user = await createUser({ username: freshName(kind, 'custom'), password: PASSWORD, email: 'custom@example.com', customAuth: true });
      const since = now();
      const password = authFlowType === 'CUSTOM_WITH_SRP' ? PASSWORD : undefined;
      const first = challenge(await backend.signIn({ username: user.username, password, authFlowType }), 'CUSTOM_CHALLENGE');
      expect(first.parameters).to.deep.equal({ prompt: 'Enter the code we emailed to c***@e***.', label: 'Code', inputmode: 'numeric' });
      const code = await latestCode(user.username, since);

      const second = challenge(await backend.answerChallenge(first.handle, { answer: wrongCode(code) }), 'CUSTOM_CHALLENGE');
      expect(second.parameters.prompt).to.match(/^That code is not right\. .* 2 attempts left\.$/);
      done(await backend.answerChallenge(second.handle, { answer: code }), user.username);
    });
  }

  it('CUSTOM_WITHOUT_SRP: three wrong answers end the sign-in with NotAuthorizedException', async () => {
    const { backend } = await kind.make();
    const user = await createUser({ username: freshName(kind, 'custom-fail'), password: PASSWORD, email: 'cf@example.com', customAuth: true });
    let step = challenge(await backend.signIn({ username: user.username, authFlowType: 'CUSTOM_WITHOUT_SRP' }), 'CUSTOM_CHALLENGE');
    step = challenge(await backend.answerChallenge(step.handle, { answer: '000001' }), 'CUSTOM_CHALLENGE');
    step = challenge(await backend.answerChallenge(step.handle, { answer: '000001' }), 'CUSTOM_CHALLENGE');
    expect((await rejection(backend.answerChallenge(step.handle, { answer: '000001' }))).name).to.equal('NotAuthorizedException');
  });

  it('CUSTOM_WITH_SRP: a wrong password fails at PASSWORD_VERIFIER', async () => {
    const { backend } = await kind.make();
    const user = await createUser({ username: freshName(kind, 'custom-pw'), password: PASSWORD, email: 'cp@example.com', customAuth: true });
    const error = await rejection(backend.signIn({ username: user.username, password: 'Wrong-pass-1234', authFlowType: 'CUSTOM_WITH_SRP' }));
    expect(error.name).to.equal('NotAuthorizedException');
  });
});

contract('password reset', (kind) => {
  it('PasswordResetRequiredException at sign-in; forgot → code → new password → sign in', async () => {
    const { backend } = await kind.make();
    const user = await createUser({ username: freshName(kind, 'reset-req'), password: PASSWORD, email: 'rr@example.com', resetRequired: true });
    expect((await rejection(backend.signIn({ username: user.username, password: PASSWORD }))).name).to.equal('PasswordResetRequiredException');
    const since = now();
    expect(await backend.forgotPassword({ username: user.username })).to.deep.equal({ destination: 'r***@e***', medium: 'EMAIL', attributeName: 'email' });
    const fresh = 'Fresh-pass-3141!';
    await backend.confirmForgotPassword({ username: user.username, code: await latestCode(user.username, since), password: fresh });
    done(await backend.signIn({ username: user.username, password: fresh }), user.username);
  });

  it('a wrong code and a weak password are refused; the old password stops working', async () => {
    const { backend } = await kind.make();
    const user = await createUser({ username: freshName(kind, 'forgot'), password: PASSWORD, email: 'fp@example.com' });
    const since = now();
    await backend.forgotPassword({ username: user.username });
    const code = await latestCode(user.username, since);
    const fresh = 'Fresh-pass-2718!';
    expect((await rejection(backend.confirmForgotPassword({ username: user.username, code: wrongCode(code), password: fresh }))).name).to.equal(
      'CodeMismatchException',
    );
    expect((await rejection(backend.confirmForgotPassword({ username: user.username, code, password: 'weakpass' }))).name).to.equal(
      'InvalidPasswordException',
    );
    await backend.confirmForgotPassword({ username: user.username, code, password: fresh });
    expect((await rejection(backend.signIn({ username: user.username, password: PASSWORD }))).name).to.equal('NotAuthorizedException');
    done(await backend.signIn({ username: user.username, password: fresh }));
  });

  it('forgot password for an unknown user is UserNotFoundException', async () => {
    const { backend } = await kind.make();
    expect((await rejection(backend.forgotPassword({ username: freshName(kind, 'ghost') }))).name).to.equal('UserNotFoundException');
  });
});
