import { expect } from '@open-wc/testing';
import type { AuthControllerEventMap } from '../../../src/core/controller-events.js';
import { AuthController } from '../../../src/core/controller.js';
import { AuthError } from '../../../src/core/errors.js';
import type { AuthSession } from '../../../src/core/backend.js';
import type { AuthState } from '../../../src/core/steps.js';
import { deferred, EMAIL_DELIVERY, handle, ScriptedBackend, SESSION, type Script } from '../../support/scripted-backend.js';

async function waitUntil(check: () => boolean, timeout = 1000): Promise<void> {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > timeout) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
}

function setUp(script: Script, options = {}) {
  const backend = new ScriptedBackend(script);
  const controller = new AuthController(backend, options);
  const events: Event[] = [];
  const names: (keyof AuthControllerEventMap)[] = [
    'statechange', 'signedin', 'signedout', 'signedup', 'passwordreset', 'codesent', 'error',
  ];
  for (const name of names) controller.addEventListener(name, (event) => events.push(event));
  const eventNames = () => events.map((e) => e.type).filter((t) => t !== 'statechange');
  return { backend, controller, events, eventNames };
}

/** A backend whose stored session other tabs can change: `elsewhere(session)` is another tab's sign-in, refresh or (null) sign-out. */
class SharedBackend extends ScriptedBackend {
  readonly listeners = new Set<(session: AuthSession | null) => void>();
  onSessionChange(listener: (session: AuthSession | null) => void) {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
  elsewhere(session: AuthSession | null) {
    for (const listener of this.listeners) listener(session);
  }
}

const PASSWORD = 'Correct-horse-9';
const CODE = '482913';

describe('AuthController', () => {
  it('signs in with SRP by default and announces the session', async () => {
    const { backend, controller, eventNames } = setUp({ signIn: [{ kind: 'done', session: SESSION }] });
    await controller.signIn({ username: ' ana ', password: PASSWORD });
    expect(controller.getSnapshot()).to.deep.include({ step: 'signedIn', pending: false, username: 'ana' });
    expect(backend.calls[0].input).to.deep.equal({ username: 'ana', password: PASSWORD, authFlowType: 'USER_SRP_AUTH' });
    expect(eventNames()).to.deep.equal(['signedin']);
  });

  it('shows pending while a command is in flight', async () => {
    const answer = deferred<{ kind: 'done'; session: typeof SESSION }>();
    const { controller } = setUp({ signIn: [() => answer.promise] });
    const done = controller.signIn({ username: 'ana', password: PASSWORD });
    expect(controller.getSnapshot().pending).to.equal(true);
    answer.resolve({ kind: 'done', session: SESSION });
    await done;
    expect(controller.getSnapshot().pending).to.equal(false);
  });

  it('refuses empty fields without calling Cognito, naming the field', async () => {
    const { backend, controller, eventNames } = setUp({});
    await controller.signIn({ username: 'ana', password: '' });
    expect(backend.calls).to.have.length(0);
    expect(controller.getSnapshot().error).to.deep.include({ code: 'required', field: 'password' });
    expect(controller.getSnapshot().username, 'the typed username is kept').to.equal('ana');
    expect(eventNames()).to.deep.equal(['error']);
  });

  it('validates sign-up email and phone formats before the call', async () => {
    const { backend, controller } = setUp({});
    await controller.signUp({ username: 'bo', password: PASSWORD, attributes: { email: 'not-an-email' } });
    expect(controller.getSnapshot().error).to.deep.include({ code: 'invalidEmail', field: 'email' });
    await controller.signUp({ username: 'bo', password: PASSWORD, attributes: { email: 'b@x.io', phone_number: '555' } });
    expect(controller.getSnapshot().error).to.deep.include({ code: 'invalidPhone', field: 'phone_number' });
    expect(backend.calls).to.have.length(0);
  });

  it('signs up → confirms → back to sign-in with the username kept', async () => {
    const { backend, controller, eventNames } = setUp({
      signUp: [{ userConfirmed: false, codeDelivery: EMAIL_DELIVERY }],
      confirmSignUp: [undefined],
    });
    await controller.signUp({
      username: 'bo',
      password: PASSWORD,
      attributes: { email: 'bo@example.com', phone_number: '+1 (555) 010-0199', nickname: ' ' },
    });
    expect(backend.calls[0].input).to.deep.equal({
      username: 'bo',
      password: PASSWORD,
      attributes: { email: 'bo@example.com', phone_number: '+15550100199' },
    });
    expect(controller.getSnapshot()).to.deep.include({ step: 'confirmSignUp', codeDelivery: EMAIL_DELIVERY });
    await controller.confirmSignUp({ code: ' 482 913 ' });
    expect(backend.calls[1].input).to.deep.equal({ username: 'bo', code: CODE });
    expect(controller.getSnapshot()).to.deep.include({ step: 'signIn', username: 'bo', notice: 'signUpConfirmed' });
    expect(eventNames()).to.deep.equal(['signedup', 'codesent']);
  });

  it('stays on the code step with the error at the code field after a wrong code', async () => {
    const { controller } = setUp({
      signUp: [{ userConfirmed: false, codeDelivery: EMAIL_DELIVERY }],
      confirmSignUp: [new AuthError('CodeMismatchException', 'Invalid verification code provided, please try again.')],
    });
    await controller.signUp({ username: 'bo', password: PASSWORD });
    await controller.confirmSignUp({ code: '000000' });
    expect(controller.getSnapshot()).to.deep.include({ step: 'confirmSignUp', pending: false });
    expect(controller.getSnapshot().error).to.deep.include({ code: 'codeMismatch', field: 'code' });
  });

  it('sends a new code when an unconfirmed user signs in', async () => {
    const { backend, controller, eventNames } = setUp({
      signIn: [new AuthError('UserNotConfirmedException', 'User is not confirmed.')],
      resendSignUpCode: [EMAIL_DELIVERY],
    });
    await controller.signIn({ username: 'cy', password: PASSWORD });
    await new Promise((r) => setTimeout(r));
    expect(backend.calls.map((c) => c.method)).to.deep.equal(['signIn', 'resendSignUpCode']);
    expect(controller.getSnapshot()).to.deep.include({ step: 'confirmSignUp', pending: false, username: 'cy' });
    expect(eventNames()).to.deep.equal(['codesent']);
  });

  it('starts the reset when Cognito requires a new password', async () => {
    const { controller } = setUp({
      signIn: [new AuthError('PasswordResetRequiredException', 'Password reset required for the user')],
      forgotPassword: [EMAIL_DELIVERY],
    });
    await controller.signIn({ username: 'cy', password: PASSWORD });
    await new Promise((r) => setTimeout(r));
    expect(controller.getSnapshot()).to.deep.include({ step: 'confirmResetPassword', codeDelivery: EMAIL_DELIVERY });
  });

  it('reads an unknown user on sign-in exactly like a wrong password', async () => {
    const { controller } = setUp({
      signIn: [
        new AuthError('UserNotFoundException', 'User does not exist.'),
        new AuthError('NotAuthorizedException', 'Incorrect username or password.'),
      ],
    });
    await controller.signIn({ username: 'ghost', password: PASSWORD });
    const unknown = controller.getSnapshot().error;
    await controller.signIn({ username: 'ana', password: 'wrong' });
    const wrong = controller.getSnapshot().error;
    expect(unknown?.code).to.equal('incorrectCredentials');
    expect(wrong?.code).to.equal('incorrectCredentials');
  });

  it('answers a challenge through its handle and counts on the backend for USERNAME', async () => {
    const h = handle('sms');
    const { backend, controller } = setUp({
      signIn: [{ kind: 'challenge', name: 'SMS_MFA', parameters: { CODE_DELIVERY_DESTINATION: '+***1234' }, handle: h }],
      answerChallenge: [{ kind: 'done', session: SESSION }],
    });
    await controller.signIn({ username: 'ana', password: PASSWORD });
    expect(controller.getSnapshot().step).to.equal('confirmSignInWithSmsCode');
    await controller.confirmSignIn({ code: CODE });
    expect(backend.calls[1].input).to.deep.equal({ handle: h, answer: { code: CODE } });
    expect(controller.getSnapshot().step).to.equal('signedIn');
  });

  it('goes back to sign-in when the challenge Session has expired', async () => {
    const { controller } = setUp({
      signIn: [{ kind: 'challenge', name: 'SOFTWARE_TOKEN_MFA', parameters: {}, handle: handle() }],
      answerChallenge: [new AuthError('NotAuthorizedException', 'Invalid session for the user, session is expired.')],
    });
    await controller.signIn({ username: 'ana', password: PASSWORD });
    await controller.confirmSignIn({ code: CODE });
    expect(controller.getSnapshot()).to.deep.include({ step: 'signIn', username: 'ana' });
    expect(controller.getSnapshot().error?.code).to.equal('sessionExpired');
    await controller.confirmSignIn({ code: CODE }); // no challenge left to answer: nothing happens
    expect(controller.getSnapshot().error?.code).to.equal('sessionExpired');
  });

  it('drops a late answer for a step the person left, and aborts its request', async () => {
    const late = deferred<{ kind: 'done'; session: typeof SESSION }>();
    const { backend, controller, eventNames } = setUp({ signIn: [() => late.promise] });
    const signingIn = controller.signIn({ username: 'ana', password: PASSWORD });
    controller.goTo('signUp');
    late.resolve({ kind: 'done', session: SESSION });
    await signingIn;
    expect(controller.getSnapshot()).to.deep.include({ step: 'signUp', pending: false });
    expect(backend.calls[0].signal?.aborted).to.equal(true);
    expect(eventNames()).to.deep.equal([]);
  });

  it('honours the caller’s AbortSignal', async () => {
    const abort = new AbortController();
    const { backend, controller } = setUp({
      signIn: [() => new Promise((_, reject) => abort.signal.addEventListener('abort', () => reject(new DOMException('x', 'AbortError'))))],
    });
    const signingIn = controller.signIn({ username: 'ana', password: PASSWORD }, { signal: abort.signal });
    abort.abort();
    await signingIn;
    expect(backend.calls[0].signal?.aborted).to.equal(true);
    expect(controller.getSnapshot().pending).to.equal(false);
  });

  it('treats "already confirmed" as confirmed', async () => {
    const { controller } = setUp({
      signUp: [{ userConfirmed: false, codeDelivery: EMAIL_DELIVERY }],
      resendSignUpCode: [new AuthError('InvalidParameterException', 'User is already confirmed.')],
    });
    await controller.signUp({ username: 'bo', password: PASSWORD });
    await controller.resendCode();
    expect(controller.getSnapshot()).to.deep.include({ step: 'signIn', notice: 'signUpConfirmed' });
  });

  it('resets a password: code sent → new password → sign-in with the username filled in', async () => {
    const { backend, controller, eventNames } = setUp({ forgotPassword: [EMAIL_DELIVERY], confirmForgotPassword: [undefined] });
    await controller.resetPassword({ username: 'dee' });
    await controller.confirmResetPassword({ code: CODE, password: PASSWORD });
    expect(backend.calls[1].input).to.deep.equal({ username: 'dee', code: CODE, password: PASSWORD });
    expect(controller.getSnapshot()).to.deep.include({ step: 'signIn', username: 'dee', notice: 'passwordReset' });
    expect(eventNames()).to.deep.equal(['codesent', 'passwordreset']);
  });

  it('signs out even when revoking fails', async () => {
    const { controller, eventNames } = setUp({
      signIn: [{ kind: 'done', session: SESSION }],
      signOut: [new AuthError('NetworkError')],
    });
    await controller.signIn({ username: 'ana', password: PASSWORD });
    await controller.signOut({ global: true });
    expect(controller.getSnapshot()).to.deep.include({ step: 'signIn', notice: 'signedOut' });
    expect(eventNames()).to.deep.equal(['signedin', 'signedout']);
  });

  it('restores a session the backend still holds', async () => {
    const { controller } = setUp({ currentSession: [SESSION] });
    await controller.restore();
    expect(controller.getSnapshot()).to.deep.include({ step: 'signedIn', pending: false });
  });

  describe('another tab (onSessionChange)', () => {
    const later = { ...SESSION, expiresAt: SESSION.expiresAt + 3_600_000 };

    it('a sign-out there signs out here: back to sign-in, "signedout" with the username', async () => {
      const backend = new SharedBackend({ signIn: [{ kind: 'done', session: SESSION }] });
      const controller = new AuthController(backend);
      const signedOut: string[] = [];
      controller.addEventListener('signedout', (event) => signedOut.push(event.username));
      await controller.signIn({ username: 'ana', password: PASSWORD });
      backend.elsewhere(null);
      expect(controller.getSnapshot()).to.deep.include({ step: 'signIn', notice: 'signedOut', pending: false, username: 'ana' });
      expect(signedOut).to.deep.equal(['ana']);
      expect(backend.calls.map((call) => call.method), 'nothing sent: the other tab signed out').to.deep.equal(['signIn']);
    });

    it('new tokens there replace the session here; a sign-in there shows on an untouched sign-in screen', async () => {
      const backend = new SharedBackend({});
      const controller = new AuthController(backend);
      backend.elsewhere(SESSION);
      expect(controller.getSnapshot()).to.deep.include({ step: 'signedIn', session: SESSION });
      backend.elsewhere(later);
      expect(controller.getSnapshot()).to.deep.include({ step: 'signedIn', session: later });
    });

    it('leaves a sign-in in progress alone: a challenge on screen, a pending submit, a sign-out while not signed in', async () => {
      const answer = deferred<{ kind: 'done'; session: AuthSession }>();
      const backend = new SharedBackend({
        signIn: [{ kind: 'challenge', name: 'SMS_MFA', parameters: {}, handle: handle() }, () => answer.promise],
      });
      const controller = new AuthController(backend);
      await controller.signIn({ username: 'ana', password: PASSWORD });
      const onChallenge = controller.getSnapshot();
      backend.elsewhere(SESSION);
      backend.elsewhere(null);
      expect(controller.getSnapshot(), 'the MFA step stays').to.equal(onChallenge);

      controller.cancel();
      const submitting = controller.signIn({ username: 'ana', password: PASSWORD });
      backend.elsewhere(SESSION);
      expect(controller.getSnapshot()).to.deep.include({ step: 'signIn', pending: true });
      answer.resolve({ kind: 'done', session: later });
      await submitting;
      expect(controller.getSnapshot()).to.deep.include({ step: 'signedIn', session: later });
    });

    it('dispose() stops following the other tabs', () => {
      const backend = new SharedBackend({});
      const controller = new AuthController(backend);
      expect(backend.listeners.size).to.equal(1);
      controller.dispose();
      expect(backend.listeners.size).to.equal(0);
      backend.elsewhere(SESSION);
      expect(controller.getSnapshot().step).to.equal('signIn');
    });
  });

  it('notifies subscribers with immutable snapshots and stops after unsubscribe', async () => {
    const { controller } = setUp({ signIn: [new AuthError('NotAuthorizedException', 'Incorrect username or password.')] });
    const seen: AuthState[] = [];
    const unsubscribe = controller.subscribe((state) => seen.push(state));
    const first = controller.getSnapshot();
    await controller.signIn({ username: 'ana', password: 'nope' });
    unsubscribe();
    controller.goTo('signUp');
    expect(seen.map((s) => s.pending)).to.deep.equal([true, false]);
    expect(first).to.deep.include({ step: 'signIn', pending: false, error: null });
  });

  it('never puts a password or code in an event or a snapshot', async () => {
    const { controller, events } = setUp({
      signUp: [{ userConfirmed: false, codeDelivery: EMAIL_DELIVERY }],
      confirmSignUp: [new AuthError('CodeMismatchException', 'wrong')],
      signIn: [{ kind: 'done', session: SESSION }],
    });
    await controller.signUp({ username: 'bo', password: PASSWORD, attributes: { email: 'bo@example.com' } });
    await controller.confirmSignUp({ code: CODE });
    await controller.signIn({ username: 'bo', password: PASSWORD });
    const seen = JSON.stringify(events.map((e) => ({ ...e, type: e.type })));
    expect(seen).not.to.contain(PASSWORD);
    expect(seen).not.to.contain(CODE);
    expect(JSON.stringify(controller.getSnapshot())).not.to.contain(PASSWORD);
  });

  it('sets up an authenticator app: secret fetched on arrival, first code verified, then signed in', async () => {
    const h = handle('setup');
    const { backend, controller } = setUp({
      signIn: [{ kind: 'challenge', name: 'MFA_SETUP', parameters: { MFAS_CAN_SETUP: '["SOFTWARE_TOKEN_MFA"]' }, handle: h }],
      associateTotp: [{ secretCode: 'JBSWY3DPEHPK3PXP' }],
      answerChallenge: [new AuthError('EnableSoftwareTokenMFAException', 'Code mismatch'), { kind: 'done', session: SESSION }],
    });
    await controller.signIn({ username: 'ana', password: PASSWORD });
    await waitUntil(() => controller.getSnapshot().pending === false && 'secretCode' in controller.getSnapshot());
    expect(controller.getSnapshot()).to.deep.include({ step: 'setUpTotp', secretCode: 'JBSWY3DPEHPK3PXP' });
    await controller.confirmSignIn({ code: '000000' });
    expect(controller.getSnapshot().error).to.deep.include({ code: 'codeMismatch', field: 'code' });
    expect(controller.getSnapshot()).to.deep.include({ step: 'setUpTotp', secretCode: 'JBSWY3DPEHPK3PXP' });
    await controller.confirmSignIn({ code: CODE });
    expect(backend.calls.map((c) => c.method)).to.deep.equal(['signIn', 'associateTotp', 'answerChallenge', 'answerChallenge']);
    expect(backend.calls[3].input).to.deep.equal({ handle: h, answer: { code: CODE } });
    expect(controller.getSnapshot().step).to.equal('signedIn');
  });

  it('lets the person choose which MFA to set up, and sets up email by address', async () => {
    const h = handle('setup');
    const { backend, controller } = setUp({
      signIn: [{ kind: 'challenge', name: 'MFA_SETUP', parameters: { MFAS_CAN_SETUP: '["SOFTWARE_TOKEN_MFA","EMAIL_OTP"]' }, handle: h }],
      answerChallenge: [{ kind: 'challenge', name: 'EMAIL_OTP', parameters: { CODE_DELIVERY_DESTINATION: 'a***@e***' }, handle: h }],
    });
    await controller.signIn({ username: 'ana', password: PASSWORD });
    expect(controller.getSnapshot()).to.deep.include({ step: 'selectMfaSetupType', allowedMfaTypes: ['TOTP', 'EMAIL'] });
    await controller.confirmSignIn({ mfaType: 'EMAIL' });
    expect(controller.getSnapshot().step).to.equal('setUpEmail');
    await controller.confirmSignIn({ email: 'nope' });
    expect(controller.getSnapshot().error).to.deep.include({ code: 'invalidEmail', field: 'email' });
    await controller.confirmSignIn({ email: 'ana@example.com' });
    expect(backend.calls[1].input).to.deep.equal({ handle: h, answer: { email: 'ana@example.com' } });
    expect(controller.getSnapshot().step).to.equal('confirmSignInWithEmailCode');
  });

  it('gets a new SMS code by starting the sign-in again, and says so', async () => {
    const sms = (destination: string) =>
      ({ kind: 'challenge', name: 'SMS_MFA', parameters: { CODE_DELIVERY_DESTINATION: destination, CODE_DELIVERY_DELIVERY_MEDIUM: 'SMS' }, handle: handle() }) as const;
    const { backend, controller, eventNames } = setUp({
      signIn: [sms('+*******1234')],
      answerChallenge: [new AuthError('ExpiredCodeException', 'Invalid code provided, please request a code again.')],
      resendChallengeCode: [sms('+*******1234')],
    });
    await controller.signIn({ username: 'ana', password: PASSWORD });
    await controller.confirmSignIn({ code: CODE });
    expect(controller.getSnapshot().error).to.deep.include({ code: 'codeExpired', field: 'code' });
    await controller.resendCode();
    expect(backend.calls.map((c) => c.method)).to.deep.equal(['signIn', 'answerChallenge', 'resendChallengeCode']);
    expect(controller.getSnapshot()).to.deep.include({ step: 'confirmSignInWithSmsCode', notice: 'codeResent', error: null });
    expect(eventNames()).to.deep.equal(['codesent', 'error', 'codesent']);
  });

  it('refreshes the session before the access token expires, and signs out when it is gone', async () => {
    const soon = { ...SESSION, expiresAt: Date.now() + 30_100 };
    const later = { ...SESSION, expiresAt: Date.now() + 3_600_000 };
    const { controller } = setUp({ signIn: [{ kind: 'done', session: soon }], currentSession: [later] });
    await controller.signIn({ username: 'ana', password: PASSWORD });
    await waitUntil(() => {
      const state = controller.getSnapshot();
      return state.step === 'signedIn' && state.session.expiresAt === later.expiresAt;
    }, 3000);

    const gone = setUp({ signIn: [{ kind: 'done', session: soon }], currentSession: [null] });
    await gone.controller.signIn({ username: 'ana', password: PASSWORD });
    await waitUntil(() => gone.controller.getSnapshot().step === 'signIn', 3000);
    expect(gone.controller.getSnapshot().error?.code).to.equal('tokenRevoked');
    controller.dispose();
  });
});

describe('AuthController: hardening', () => {
  it('a timeout is a retryable error at the form; the username is kept and pending settles', async () => {
    const { controller } = setUp({ signIn: [new AuthError('TimeoutError', 'InitiateAuth got no answer within 15000 ms.')] });
    await controller.signIn({ username: 'ana', password: PASSWORD });
    expect(controller.getSnapshot()).to.deep.include({ step: 'signIn', pending: false, username: 'ana' });
    expect(controller.getSnapshot().error).to.deep.include({ code: 'timeout', retryable: true });
  });

  it('"forgot password" moves on for an unknown username without saying where a code went', async () => {
    const { controller, eventNames } = setUp({ forgotPassword: [new AuthError('UserNotFoundException', 'Username/client id combination not found.')] });
    controller.goTo('resetPassword');
    await controller.resetPassword({ username: 'nobody' });
    expect(controller.getSnapshot()).to.deep.include({ step: 'confirmResetPassword', pending: false, error: null, username: 'nobody' });
    expect(controller.getSnapshot()).not.to.have.property('codeDelivery', EMAIL_DELIVERY);
    expect(eventNames(), 'no code-sent event for a code never sent').to.deep.equal([]);
  });

  it('revealUnknownUsers shows the unknown username instead', async () => {
    const { controller } = setUp(
      { forgotPassword: [new AuthError('UserNotFoundException', 'Username/client id combination not found.')] },
      { revealUnknownUsers: true },
    );
    controller.goTo('resetPassword');
    await controller.resetPassword({ username: 'nobody' });
    expect(controller.getSnapshot()).to.deep.include({ step: 'resetPassword' });
    expect(controller.getSnapshot().error).to.deep.include({ code: 'userNotFound', field: 'username' });
  });

  it('a new reset code says so, like the other code steps', async () => {
    const { controller } = setUp({ forgotPassword: [EMAIL_DELIVERY, { ...EMAIL_DELIVERY, destination: 'b***@e***' }] });
    await controller.resetPassword({ username: 'ana' });
    await controller.resendCode();
    expect(controller.getSnapshot()).to.deep.include({ step: 'confirmResetPassword', notice: 'codeResent' });
    expect(controller.getSnapshot()).to.have.deep.property('codeDelivery', { ...EMAIL_DELIVERY, destination: 'b***@e***' });
  });

  it('MFA setup offering only SMS (set up after sign-in) is a clear error, not authenticator-app setup', async () => {
    const h = handle('setup');
    const { controller } = setUp({ signIn: [{ kind: 'challenge', name: 'MFA_SETUP', parameters: { MFAS_CAN_SETUP: '["SMS_MFA"]' }, handle: h }] });
    await controller.signIn({ username: 'ana', password: PASSWORD });
    expect(controller.getSnapshot()).to.deep.include({ step: 'signIn', pending: false });
    expect(controller.getSnapshot().error).to.deep.include({ code: 'mfaSetupUnavailable', retryable: false });
  });

  it('an MFA choice with no method the kit knows is an error with the way back, not an empty choice', async () => {
    const h = handle('select');
    const { controller } = setUp({ signIn: [{ kind: 'challenge', name: 'SELECT_MFA_TYPE', parameters: { MFAS_CAN_CHOOSE: '["WEBAUTHN"]' }, handle: h }] });
    await controller.signIn({ username: 'ana', password: PASSWORD });
    expect(controller.getSnapshot()).to.deep.include({ step: 'signIn', pending: false });
    expect(controller.getSnapshot().error).to.deep.include({ code: 'unknownChallenge' });
  });

  it("a caller's abort after the backend answered settles pending and drops the answer", async () => {
    const answer = deferred<{ kind: 'done'; session: typeof SESSION }>();
    const { controller } = setUp({ signIn: [() => answer.promise] });
    const caller = new AbortController();
    const done = controller.signIn({ username: 'ana', password: PASSWORD }, { signal: caller.signal });
    answer.resolve({ kind: 'done', session: SESSION });
    caller.abort();
    await done;
    expect(controller.getSnapshot()).to.deep.include({ step: 'signIn', pending: false });
  });

  it('restore() aborted while another command is in flight leaves nothing pending', async () => {
    const session = deferred<null>();
    const signIn = deferred<{ kind: 'done'; session: typeof SESSION }>();
    const { controller } = setUp({ signIn: [() => signIn.promise], currentSession: [() => session.promise] });
    void controller.signIn({ username: 'ana', password: PASSWORD });
    const caller = new AbortController();
    const restoring = controller.restore({ signal: caller.signal });
    caller.abort();
    session.resolve(null);
    await restoring;
    signIn.resolve({ kind: 'done', session: SESSION });
    await new Promise((r) => setTimeout(r, 0));
    expect(controller.getSnapshot().pending).to.equal(false);
  });

  it('a late sign-out answer never lands on a newer sign-in', async () => {
    const out = deferred<void>();
    const signIn = deferred<{ kind: 'done'; session: typeof SESSION }>();
    const { controller } = setUp({ signOut: [() => out.promise], signIn: [() => signIn.promise] });
    const signingOut = controller.signOut();
    const signingIn = controller.signIn({ username: 'ana', password: PASSWORD });
    out.resolve();
    await signingOut;
    expect(controller.getSnapshot().pending, 'the sign-in is still in flight').to.equal(true);
    signIn.resolve({ kind: 'done', session: SESSION });
    await signingIn;
    expect(controller.getSnapshot().step).to.equal('signedIn');
  });
});
