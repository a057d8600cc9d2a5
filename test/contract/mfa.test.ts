/**
 * Contract: MFA at sign-in (SMS, authenticator app, email, choosing one) and MFA setup (app or
 * email), the same for every backend. identity-js 6.3.21 has no EMAIL_OTP support of its own: its
 * backend answers those steps through identity-js's client (see src/cognito/identity-js/README.md).
 */
import { expect } from '@open-wc/testing';
import { createUser, latestCode, totpCode } from '../support/local-cognito.js';
import { rejection } from '../support/rejection.js';
import { challenge, contract, done, freshName, now, PASSWORD, sleep, TOTP_SECRET, wrongCode } from './backends.js';

contract('MFA', (kind) => {
  it('SMS_MFA: masked phone; a wrong code keeps the step; the right one signs in', async () => {
    const { backend } = await kind.make();
    const user = await createUser({ username: freshName(kind, 'sms'), password: PASSWORD, phone_number: '+15550101234', mfa: { sms: true } });
    const since = now();
    const step = challenge(await backend.signIn({ username: user.username, password: PASSWORD }), 'SMS_MFA');
    expect(step.parameters).to.deep.equal({ CODE_DELIVERY_DELIVERY_MEDIUM: 'SMS', CODE_DELIVERY_DESTINATION: '+*******1234' });
    const code = await latestCode(user.username, since);
    expect((await rejection(backend.answerChallenge(step.handle, { code: wrongCode(code) }))).name).to.equal('CodeMismatchException');
    done(await backend.answerChallenge(step.handle, { code: code }), user.username);
  });

  it('SMS_MFA: resendChallengeCode sends a new code (by starting the sign-in again), which signs in', async () => {
    const { backend } = await kind.make();
    const user = await createUser({ username: freshName(kind, 'sms-resend'), password: PASSWORD, phone_number: '+15550104321', mfa: { sms: true } });
    const first = challenge(await backend.signIn({ username: user.username, password: PASSWORD, authFlowType: 'USER_PASSWORD_AUTH' }), 'SMS_MFA');
    await sleep(5);
    const since = now();
    const again = challenge(await backend.resendChallengeCode(first.handle), 'SMS_MFA');
    done(await backend.answerChallenge(again.handle, { code: await latestCode(user.username, since) }), user.username);
  });

  it('SOFTWARE_TOKEN_MFA: a wrong code keeps the step; the app’s code signs in', async () => {
    const { backend } = await kind.make();
    const user = await createUser({ username: freshName(kind, 'totp'), password: PASSWORD, mfa: { totpSecret: TOTP_SECRET } });
    const step = challenge(await backend.signIn({ username: user.username, password: PASSWORD }), 'SOFTWARE_TOKEN_MFA');
    expect(step.parameters).to.deep.equal({});
    const code = await totpCode({ username: user.username });
    expect((await rejection(backend.answerChallenge(step.handle, { code: wrongCode(code) }))).name).to.equal(
      'CodeMismatchException',
    );
    done(await backend.answerChallenge(step.handle, { code: code }), user.username);
  });

  it('EMAIL_OTP: masked address; a wrong code keeps the step; the right one signs in', async () => {
    const { backend } = await kind.make();
    const user = await createUser({ username: freshName(kind, 'email'), password: PASSWORD, email: 'mfa@example.com', mfa: { email: true } });
    const since = now();
    const step = challenge(await backend.signIn({ username: user.username, password: PASSWORD }), 'EMAIL_OTP');
    expect(step.parameters).to.deep.equal({ CODE_DELIVERY_DELIVERY_MEDIUM: 'EMAIL', CODE_DELIVERY_DESTINATION: 'm***@e***' });
    const code = await latestCode(user.username, since);
    expect((await rejection(backend.answerChallenge(step.handle, { code: wrongCode(code) }))).name).to.equal('CodeMismatchException');
    done(await backend.answerChallenge(step.handle, { code: code }), user.username);
  });

  it('EMAIL_OTP: resendChallengeCode sends a new code', async () => {
    const { backend } = await kind.make();
    const user = await createUser({ username: freshName(kind, 'email-resend'), password: PASSWORD, email: 'mr@example.com', mfa: { email: true } });
    const first = challenge(await backend.signIn({ username: user.username, password: PASSWORD }), 'EMAIL_OTP');
    await sleep(5);
    const since = now();
    const again = challenge(await backend.resendChallengeCode(first.handle), 'EMAIL_OTP');
    done(await backend.answerChallenge(again.handle, { code: await latestCode(user.username, since) }));
  });

  for (const [answer, mfaType] of [
    ['SMS_MFA', 'SMS'],
    ['SOFTWARE_TOKEN_MFA', 'TOTP'],
    ['EMAIL_OTP', 'EMAIL'],
  ] as const) {
    it(`SELECT_MFA_TYPE: choosing ${answer} leads to its code, which signs in`, async () => {
      const { backend } = await kind.make();
      const user = await createUser({
        username: freshName(kind, `select-${answer}`),
        password: PASSWORD,
        email: 'select@example.com',
        phone_number: '+15550107777',
        mfa: { sms: true, email: true, totpSecret: TOTP_SECRET },
      });
      const select = challenge(await backend.signIn({ username: user.username, password: PASSWORD }), 'SELECT_MFA_TYPE');
      expect(JSON.parse(select.parameters.MFAS_CAN_CHOOSE)).to.have.members(['SMS_MFA', 'SOFTWARE_TOKEN_MFA', 'EMAIL_OTP']);
      const since = now();
      const step = challenge(await backend.answerChallenge(select.handle, { mfaType }), answer);
      const code = answer === 'SOFTWARE_TOKEN_MFA' ? await totpCode({ username: user.username }) : await latestCode(user.username, since);
      done(await backend.answerChallenge(step.handle, { code: code }), user.username);
    });
  }

  it('SELECT_MFA_TYPE: a new code after choosing SMS comes without asking again', async () => {
    const { backend } = await kind.make();
    const user = await createUser({
      username: freshName(kind, 'select-resend'),
      password: PASSWORD,
      email: 'sr@example.com',
      phone_number: '+15550108888',
      mfa: { sms: true, email: true },
    });
    const select = challenge(await backend.signIn({ username: user.username, password: PASSWORD }), 'SELECT_MFA_TYPE');
    const first = challenge(await backend.answerChallenge(select.handle, { mfaType: 'SMS' }), 'SMS_MFA');
    await sleep(5);
    const since = now();
    const again = challenge(await backend.resendChallengeCode(first.handle), 'SMS_MFA');
    done(await backend.answerChallenge(again.handle, { code: await latestCode(user.username, since) }));
  });

  it('MFA_SETUP with an authenticator app: secret, a wrong first code, the right one; then TOTP at sign-in', async () => {
    const { backend } = await kind.make();
    const user = await createUser({ username: freshName(kind, 'setup-totp'), password: PASSWORD, mfaRequired: true, mfaCanSetUp: ['TOTP'] });
    const setup = challenge(await backend.signIn({ username: user.username, password: PASSWORD }), 'MFA_SETUP');
    expect(JSON.parse(setup.parameters.MFAS_CAN_SETUP)).to.deep.equal(['SOFTWARE_TOKEN_MFA']);
    const { secretCode } = await backend.associateTotp(setup.handle);
    expect(secretCode).to.match(/^[A-Z2-7]{16,}$/);
    const code = await totpCode({ secret: secretCode });
    expect((await rejection(backend.answerChallenge(setup.handle, { code: wrongCode(code) }))).name).to.equal('EnableSoftwareTokenMFAException');
    done(await backend.answerChallenge(setup.handle, { code, deviceName: 'Contract phone' }), user.username);

    const next = challenge(await (await kind.make()).backend.signIn({ username: user.username, password: PASSWORD }), 'SOFTWARE_TOKEN_MFA');
    expect(next.parameters).to.deep.equal({});
  });

  it('MFA_SETUP by email: the address gets an EMAIL_OTP code, which signs in', async () => {
    const { backend } = await kind.make();
    const user = await createUser({ username: freshName(kind, 'setup-email'), password: PASSWORD, mfaRequired: true, mfaCanSetUp: ['TOTP', 'EMAIL'] });
    const setup = challenge(await backend.signIn({ username: user.username, password: PASSWORD }), 'MFA_SETUP');
    expect(JSON.parse(setup.parameters.MFAS_CAN_SETUP)).to.deep.equal(['SOFTWARE_TOKEN_MFA', 'EMAIL_OTP']);
    const since = now();
    const step = challenge(await backend.answerChallenge(setup.handle, { email: 'setup@example.com' }), 'EMAIL_OTP');
    expect(step.parameters).to.deep.include({ CODE_DELIVERY_DELIVERY_MEDIUM: 'EMAIL', CODE_DELIVERY_DESTINATION: 's***@e***' });
    done(await backend.answerChallenge(step.handle, { code: await latestCode(user.username, since) }), user.username);

    const next = challenge(await (await kind.make()).backend.signIn({ username: user.username, password: PASSWORD }), 'EMAIL_OTP');
    expect(next.parameters.CODE_DELIVERY_DESTINATION).to.equal('s***@e***');
  });
});
