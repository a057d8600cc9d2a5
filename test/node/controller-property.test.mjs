// A property test of the controller: random sequences of commands, backend answers (in any order,
// any outcome, malformed challenges included), caller aborts and navigation, on a scripted backend.
// Invariants: no command throws or rejects, nothing is left unhandled, `pending` is false once
// every call has settled, and every state the controller reaches renders (the view model reads it).
// `npm test` runs 20,000 sequences; `npm run test:property` runs PROPERTY_RUNS (default 100,000).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { parseChallenge } from '../../src/cognito/challenges.ts';
import { AuthController } from '../../src/core/controller.ts';
import { AuthError } from '../../src/core/errors.ts';
import { STEP_NAMES } from '../../src/core/step-table.ts';
import { connect } from '../../src/core/view.ts';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 20_000);

const SESSION = { username: 'ana', idTokenClaims: {}, accessTokenClaims: {}, expiresAt: Date.now() + 3_600_000 };
const DELIVERY = { destination: 'a***@e***', medium: 'EMAIL' };

/** Cognito challenges a backend may report, well-formed and not. */
const CHALLENGES = [
  ['SMS_MFA', { CODE_DELIVERY_DESTINATION: '+***1234', CODE_DELIVERY_DELIVERY_MEDIUM: 'SMS' }],
  ['EMAIL_OTP', {}],
  ['SOFTWARE_TOKEN_MFA', {}],
  ['SELECT_MFA_TYPE', { MFAS_CAN_CHOOSE: '["SMS_MFA","SOFTWARE_TOKEN_MFA"]' }],
  ['SELECT_MFA_TYPE', { MFAS_CAN_CHOOSE: '["WEBAUTHN","__proto__"]' }],
  ['SELECT_MFA_TYPE', { MFAS_CAN_CHOOSE: 'not json' }],
  ['MFA_SETUP', { MFAS_CAN_SETUP: '["SOFTWARE_TOKEN_MFA","EMAIL_OTP"]' }],
  ['MFA_SETUP', { MFAS_CAN_SETUP: '["SMS_MFA"]' }],
  ['MFA_SETUP', { MFAS_CAN_SETUP: '["EMAIL_OTP"]' }],
  ['NEW_PASSWORD_REQUIRED', { userAttributes: 'null', requiredAttributes: '["userAttributes.name"]' }],
  ['NEW_PASSWORD_REQUIRED', { userAttributes: '{', requiredAttributes: '{' }],
  ['CUSTOM_CHALLENGE', { name: '__proto__', prompt: 'x' }],
  ['ADMIN_NO_SRP_AUTH', {}],
];

const ERRORS = [
  ['NotAuthorizedException', 'Incorrect username or password.'],
  ['NotAuthorizedException', 'Invalid session for the user, session is expired.'],
  ['UserNotConfirmedException', 'User is not confirmed.'],
  ['PasswordResetRequiredException', 'Password reset required for the user'],
  ['UserNotFoundException', 'User does not exist.'],
  ['CodeMismatchException', 'Invalid code'],
  ['InvalidParameterException', 'User is already confirmed.'],
  ['NetworkError', 'Failed to fetch'],
  ['TimeoutError', 'no answer'],
  ['AbortError', 'aborted'],
];

/** One answer for a backend method, chosen by `pick` (a number from the sequence). */
function answerFor(method, pick) {
  const challenge = () => {
    const [name, parameters] = CHALLENGES[pick % CHALLENGES.length];
    const handle = Object.freeze({});
    try {
      return { kind: 'challenge', challenge: parseChallenge(name, parameters), name, parameters, handle };
    } catch (error) {
      return error; // a backend refuses a challenge it has no step for
    }
  };
  switch (method) {
    case 'signIn':
    case 'answerChallenge':
    case 'resendChallengeCode':
      return pick % 3 === 0 ? { kind: 'done', session: SESSION } : challenge();
    case 'signUp':
      return { userConfirmed: pick % 2 === 0, codeDelivery: pick % 3 ? DELIVERY : undefined };
    case 'associateTotp':
      return { secretCode: 'JBSWY3DPEHPK3PXP' };
    case 'currentSession':
      return pick % 2 ? SESSION : null;
    case 'refreshSession':
      return SESSION;
    case 'resendSignUpCode':
    case 'forgotPassword':
      return DELIVERY;
    default:
      return undefined;
  }
}

/** A backend whose every call waits until the sequence settles it. */
class HeldBackend {
  pending = [];
  #call(method) {
    return new Promise((resolve, reject) => this.pending.push({ method, resolve, reject }));
  }
  signUp() { return this.#call('signUp'); }
  confirmSignUp() { return this.#call('confirmSignUp'); }
  resendSignUpCode() { return this.#call('resendSignUpCode'); }
  signIn() { return this.#call('signIn'); }
  answerChallenge() { return this.#call('answerChallenge'); }
  resendChallengeCode() { return this.#call('resendChallengeCode'); }
  associateTotp() { return this.#call('associateTotp'); }
  forgotPassword() { return this.#call('forgotPassword'); }
  confirmForgotPassword() { return this.#call('confirmForgotPassword'); }
  currentSession() { return this.#call('currentSession'); }
  refreshSession() { return this.#call('refreshSession'); }
  signOut() { return this.#call('signOut'); }

  /** Settles the call at `index` (mod the queue) with an answer or an error. */
  settle(index, pick, fail) {
    if (!this.pending.length) return;
    const [call] = this.pending.splice(index % this.pending.length, 1);
    if (fail) {
      const [name, message] = ERRORS[pick % ERRORS.length];
      return call.reject(new AuthError(name, message));
    }
    const answer = answerFor(call.method, pick);
    if (answer instanceof Error) call.reject(answer);
    else call.resolve(answer);
  }
}

const CODES = ['123456', '', '12 34 56', 'abc'];
const command = fc.oneof(
  fc.record({ type: fc.constant('signIn'), username: fc.constantFrom('ana', '', ' bea '), password: fc.constantFrom('Pw-123456!', '') }),
  fc.record({ type: fc.constant('signUp'), email: fc.constantFrom('a@b.co', 'nope', '') }),
  fc.record({ type: fc.constant('confirmSignUp'), code: fc.constantFrom(...CODES) }),
  fc.record({ type: fc.constant('confirmSignIn'), answer: fc.constantFrom({ code: '123456' }, { code: 'x' }, { mfaType: 'TOTP' }, { mfaType: 'EMAIL' }, { newPassword: 'Pw-1!aaaa', attributes: { name: 'N' } }, { answer: '42' }, { email: 'a@b.co' }) }),
  fc.record({ type: fc.constant('resendCode') }),
  fc.record({ type: fc.constant('resetPassword'), username: fc.constantFrom('ana', '') }),
  fc.record({ type: fc.constant('confirmResetPassword'), code: fc.constantFrom(...CODES) }),
  fc.record({ type: fc.constant('signOut'), global: fc.boolean() }),
  fc.record({ type: fc.constant('restore') }),
  fc.record({ type: fc.constant('goTo'), step: fc.constantFrom('signIn', 'signUp', 'resetPassword') }),
  fc.record({ type: fc.constant('submit'), intent: fc.constantFrom('submit', 'resend', 'signOut') }),
);
const action = fc.oneof(
  { arbitrary: command.map((c) => ({ ...c, abortable: false })), weight: 3 },
  { arbitrary: command.map((c) => ({ ...c, abortable: true })), weight: 1 },
  { arbitrary: fc.record({ type: fc.constant('answer'), index: fc.nat(), pick: fc.nat(), fail: fc.boolean() }), weight: 4 },
  { arbitrary: fc.record({ type: fc.constant('abort'), index: fc.nat() }), weight: 1 },
  { arbitrary: fc.record({ type: fc.constant('tick') }), weight: 1 },
);

function run(controller, c, signal) {
  const options = signal ? { signal } : {};
  switch (c.type) {
    case 'signIn': return controller.signIn({ username: c.username, password: c.password }, options);
    case 'signUp': return controller.signUp({ username: 'ana', password: 'Pw-123456!', attributes: { email: c.email } }, options);
    case 'confirmSignUp': return controller.confirmSignUp({ code: c.code }, options);
    case 'confirmSignIn': return controller.confirmSignIn(c.answer, options);
    case 'resendCode': return controller.resendCode(options);
    case 'resetPassword': return controller.resetPassword({ username: c.username }, options);
    case 'confirmResetPassword': return controller.confirmResetPassword({ code: c.code, password: 'Pw-123456!' }, options);
    case 'signOut': return controller.signOut({ global: c.global }, options);
    case 'restore': return controller.restore(options);
    case 'goTo': return controller.goTo(c.step);
    case 'submit': return controller.submit({ username: 'ana', password: 'Pw-123456!', code: '123456', mfaType: 'TOTP', answer: 'a', email: 'a@b.co', global: 'on' }, c.intent, options);
  }
}

const flush = () => new Promise((resolve) => setImmediate(resolve));

/** Checks one state: a known step with what its screen needs, readable by the view model. */
function renderable(state) {
  assert.ok(STEP_NAMES.includes(state.step), `unknown step ${state.step}`);
  if (state.step === 'selectMfaType' || state.step === 'selectMfaSetupType') {
    assert.ok(state.allowedMfaTypes.length > 0, `${state.step} with nothing to choose`);
  }
  if (state.step === 'signedIn') assert.ok(state.session, 'signed in without a session');
  connect(state);
}

test(`controller: ${RUNS} random command / answer / abort sequences never stick, throw or break a screen`, async () => {
  const unhandled = [];
  const onUnhandled = (reason) => unhandled.push(reason);
  process.on('unhandledRejection', onUnhandled);
  try {
    await fc.assert(
      fc.asyncProperty(fc.array(action, { maxLength: 14 }), async (actions) => {
        const backend = new HeldBackend();
        const controller = new AuthController(backend);
        const seen = [];
        controller.subscribe((state) => seen.push(state));
        const running = [];
        const aborts = [];
        try {
          for (const a of actions) {
            if (a.type === 'answer') backend.settle(a.index, a.pick, a.fail);
            else if (a.type === 'abort') aborts[a.index % Math.max(aborts.length, 1)]?.abort();
            else if (a.type === 'tick') await flush();
            else {
              const abort = a.abortable ? new AbortController() : undefined;
              if (abort) aborts.push(abort);
              const result = run(controller, a, abort?.signal);
              if (result) running.push(result);
            }
            await Promise.resolve();
          }
          // Everything still waiting gets an answer (answers may start more calls).
          for (let round = 0; round < 50 && (backend.pending.length || round < 2); round++) {
            while (backend.pending.length) backend.settle(0, round, false);
            await flush();
          }
          const outcomes = await Promise.allSettled(running);
          const rejected = outcomes.filter((o) => o.status === 'rejected');
          assert.deepEqual(rejected, [], 'a command rejected');
          assert.equal(backend.pending.length, 0, 'calls still waiting');
          assert.equal(controller.getSnapshot().pending, false, `pending stuck on ${controller.getSnapshot().step}`);
          for (const state of seen) renderable(state);
        } finally {
          controller.dispose();
        }
      }),
      { numRuns: RUNS },
    );
    await flush();
    assert.deepEqual(unhandled, [], 'unhandled rejections');
  } finally {
    process.off('unhandledRejection', onUnhandled);
  }
});
