import { expect } from '@open-wc/testing';
import type { FirstFactor, PasskeyAuthenticator } from '../../../src/core/backend.js';
import type { FactorMemory } from '../../../src/core/controller.js';
import { AuthController } from '../../../src/core/controller.js';
import { AuthError, KIT_ERROR_NAMES } from '../../../src/core/errors.js';
import { deferred, handle, ScriptedBackend, SESSION, type Script } from '../../support/scripted-backend.js';

const PASSWORD = 'Correct-horse-9';
const REQUEST = '{"challenge":"c2VydmVy","rpId":"localhost","allowCredentials":[]}';
const ASSERTION = '{"id":"cred-1","type":"public-key"}';

const selectChallenge = (available: string[]) => ({ kind: 'challenge' as const, name: 'SELECT_CHALLENGE', parameters: {}, handle: handle('select'), available });
const webAuthn = (available: string[] = ['WEB_AUTHN', 'EMAIL_OTP']) => ({
  kind: 'challenge' as const,
  name: 'WEB_AUTHN',
  parameters: { CREDENTIAL_REQUEST_OPTIONS: REQUEST },
  handle: handle('webauthn'),
  available,
});

function fakePasskeys(overrides: Partial<PasskeyAuthenticator> = {}) {
  const calls: { method: string; input: unknown; options?: unknown }[] = [];
  const passkeys: PasskeyAuthenticator = {
    available: () => true,
    autofillAvailable: async () => true,
    get: async (input, options) => (calls.push({ method: 'get', input, options }), ASSERTION),
    create: async (input) => (calls.push({ method: 'create', input }), { id: 'new-cred', response: {} }),
    ...overrides,
  };
  return { passkeys, calls };
}

function memory(): FactorMemory & { saved: Map<string, FirstFactor> } {
  const saved = new Map<string, FirstFactor>();
  return { saved, get: (u) => saved.get(u) ?? null, set: (u, f) => void saved.set(u, f) };
}

function setUp(script: Script, options: ConstructorParameters<typeof AuthController>[1] = {}) {
  const backend = new ScriptedBackend(script);
  const controller = new AuthController(backend, { authFlowType: 'USER_AUTH', passkeyPrompt: 'never', ...options });
  const events: Event[] = [];
  for (const name of ['signedin', 'factorchosen', 'passkeyregistered', 'passkeydeclined', 'error'] as const) {
    controller.addEventListener(name, (event) => events.push(event));
  }
  return { backend, controller, events, names: () => events.map((e) => e.type) };
}

async function settled(controller: AuthController): Promise<void> {
  for (let i = 0; i < 50 && controller.getSnapshot().pending; i++) await new Promise((r) => setTimeout(r, 5));
  await new Promise((r) => setTimeout(r, 5));
}

describe('AuthController: USER_AUTH', () => {
  it('asks for the username only, and shows the factors Cognito offers in the kit order, one password (SRP)', async () => {
    const { backend, controller } = setUp({ signIn: [selectChallenge(['PASSWORD', 'PASSWORD_SRP', 'EMAIL_OTP', 'WEB_AUTHN'])] }, { passkeys: fakePasskeys().passkeys });
    await controller.signIn({ username: 'ana' });
    expect(backend.calls[0].input).to.deep.equal({ username: 'ana', password: undefined, authFlowType: 'USER_AUTH' });
    expect(controller.getSnapshot()).to.deep.include({ step: 'selectFirstFactor', factors: ['WEB_AUTHN', 'EMAIL_OTP', 'PASSWORD_SRP'] });
  });

  it('leaves the passkey out of the choice when the browser has none', async () => {
    const { controller } = setUp({ signIn: [selectChallenge(['WEB_AUTHN', 'SMS_OTP'])] });
    await controller.signIn({ username: 'ana' });
    expect(controller.getSnapshot()).to.deep.include({ factors: ['SMS_OTP'] });
  });

  it('signs in with an emailed code chosen on the choice, and offers that factor first next time', async () => {
    const factors = memory();
    const { backend, controller, names } = setUp(
      {
        signIn: [selectChallenge(['PASSWORD_SRP', 'EMAIL_OTP']), selectChallenge(['PASSWORD_SRP', 'EMAIL_OTP'])],
        answerChallenge: [
          { kind: 'challenge', name: 'EMAIL_OTP', parameters: { CODE_DELIVERY_DESTINATION: 'a***@e***', CODE_DELIVERY_DELIVERY_MEDIUM: 'EMAIL' }, handle: handle('otp') },
          { kind: 'done', session: SESSION },
        ],
      },
      { factorMemory: factors },
    );
    await controller.signIn({ username: 'ana' });
    await controller.confirmSignIn({ factor: 'EMAIL_OTP' });
    expect(backend.calls[1].input).to.deep.include({ answer: { factor: 'EMAIL_OTP' } });
    expect(controller.getSnapshot()).to.deep.include({ step: 'confirmSignInWithEmailCode', codeDelivery: { destination: 'a***@e***', medium: 'EMAIL' } });
    await controller.confirmSignIn({ code: '12345678' });
    expect(controller.getSnapshot().step).to.equal('signedIn');
    expect(names()).to.deep.equal(['factorchosen', 'signedin']);
    expect(factors.saved.get('ana')).to.equal('EMAIL_OTP');
    await controller.signOut().catch(() => {});
    await controller.signIn({ username: 'ana' });
    expect(controller.getSnapshot()).to.deep.include({ factors: ['EMAIL_OTP', 'PASSWORD_SRP'] });
  });

  it('asks for the password on its own screen (no call), then sends it with the factor it was offered', async () => {
    const { backend, controller } = setUp({ signIn: [selectChallenge(['PASSWORD', 'EMAIL_OTP'])], answerChallenge: [{ kind: 'done', session: SESSION }] });
    await controller.signIn({ username: 'ana' });
    await controller.confirmSignIn({ factor: 'PASSWORD' });
    expect(backend.calls).to.have.length(1);
    expect(controller.getSnapshot()).to.deep.include({ step: 'confirmSignInWithPassword', factor: 'PASSWORD' });
    await controller.submit({ password: '' });
    expect(controller.getSnapshot().error).to.deep.include({ code: 'required', field: 'password' });
    await controller.submit({ password: PASSWORD });
    expect(backend.calls[1].input).to.deep.include({ answer: { factor: 'PASSWORD', password: PASSWORD } });
    expect(controller.getSnapshot().step).to.equal('signedIn');
  });

  it('goes back from the password screen to the choice', async () => {
    const { controller } = setUp({ signIn: [selectChallenge(['PASSWORD_SRP', 'SMS_OTP'])] });
    await controller.signIn({ username: 'ana' });
    await controller.submit({ factor: 'PASSWORD_SRP' });
    await controller.submit({}, 'otherFactor');
    expect(controller.getSnapshot()).to.deep.include({ step: 'selectFirstFactor', factors: ['SMS_OTP', 'PASSWORD_SRP'] });
  });

  it('starts with the preferred factor, and puts the password on the first screen for a password factor', async () => {
    const { backend, controller } = setUp({ signIn: [{ kind: 'done', session: SESSION }] }, { preferredChallenge: 'PASSWORD_SRP' });
    await controller.signIn({ username: 'ana' });
    expect(controller.getSnapshot().error).to.deep.include({ code: 'required', field: 'password' });
    await controller.signIn({ username: 'ana', password: PASSWORD });
    expect(backend.calls[0].input).to.deep.include({ preferredChallenge: 'PASSWORD_SRP', password: PASSWORD });
  });

  it('does not prefer a passkey where the browser cannot use one', async () => {
    const { backend, controller } = setUp({ signIn: [selectChallenge(['EMAIL_OTP'])] }, { preferredChallenge: 'WEB_AUTHN' });
    await controller.signIn({ username: 'ana' });
    expect(backend.calls[0].input).to.not.have.property('preferredChallenge');
  });

  it('signs in after confirming a sign-up when the backend can, without the password', async () => {
    const confirmation = { confirmation: true } as never;
    const { backend, controller, names } = setUp({ confirmSignUp: [confirmation], signInAfterConfirmation: [{ kind: 'done', session: SESSION }] }, { authFlowType: 'USER_SRP_AUTH' });
    controller.goTo('signUp', { username: 'ana' });
    await controller.confirmSignUp({ code: '123456', username: 'ana' });
    expect(backend.calls.map((c) => c.method)).to.deep.equal(['confirmSignUp', 'signInAfterConfirmation']);
    expect(controller.getSnapshot().step).to.equal('signedIn');
    expect(names()).to.deep.equal(['signedin']);
  });

  it('falls back to the sign-in screen when the confirmation cannot sign in (expired)', async () => {
    const { controller } = setUp({
      confirmSignUp: [{} as never],
      signInAfterConfirmation: [new AuthError('NotAuthorizedException', 'Invalid session for the user, session is expired.')],
    });
    await controller.confirmSignUp({ code: '123456', username: 'ana' });
    expect(controller.getSnapshot()).to.deep.include({ step: 'signIn', notice: 'signUpConfirmed', error: null });
  });
});

describe('AuthController: passkeys', () => {
  it('opens the passkey sheet as the step appears and signs in with the assertion', async () => {
    const { passkeys, calls } = fakePasskeys();
    const { backend, controller, names } = setUp({ signIn: [webAuthn()], answerChallenge: [{ kind: 'done', session: SESSION }] }, { passkeys, preferredChallenge: 'WEB_AUTHN' });
    await controller.signIn({ username: 'ana' });
    await settled(controller);
    expect(backend.calls[0].input).to.deep.include({ preferredChallenge: 'WEB_AUTHN' });
    expect(calls[0]).to.deep.include({ method: 'get', input: REQUEST });
    expect(backend.calls[1].input).to.deep.include({ answer: { credential: ASSERTION } });
    expect(controller.getSnapshot().step).to.equal('signedIn');
    expect(names()).to.deep.equal(['factorchosen', 'signedin']);
  });

  it('takes a closed sheet calmly: stays, says so, tries again on request, or goes to the other ways', async () => {
    let attempt = 0;
    const { passkeys, calls } = fakePasskeys({
      get: async (input) => {
        calls.push({ method: 'get', input });
        if (attempt++ === 0) throw new AuthError(KIT_ERROR_NAMES.passkeyCancelled, 'The operation either timed out or was not allowed.');
        return ASSERTION;
      },
    });
    const { controller } = setUp({ signIn: [webAuthn(['WEB_AUTHN', 'EMAIL_OTP', 'PASSWORD_SRP'])] }, { passkeys, preferredChallenge: 'WEB_AUTHN' });
    await controller.signIn({ username: 'ana' });
    await settled(controller);
    expect(controller.getSnapshot()).to.deep.include({ step: 'confirmSignInWithPasskey', pending: false });
    expect(controller.getSnapshot().error).to.deep.include({ code: 'passkeyCancelled', retryable: true });
    controller.chooseAnotherFactor();
    expect(controller.getSnapshot()).to.deep.include({ step: 'selectFirstFactor', factors: ['WEB_AUTHN', 'EMAIL_OTP', 'PASSWORD_SRP'] });
  });

  it('reads a passkey Cognito refused as a passkey failure, not a wrong password', async () => {
    const { passkeys } = fakePasskeys();
    const { controller } = setUp(
      { signIn: [webAuthn()], answerChallenge: [new AuthError('NotAuthorizedException', 'Incorrect username or password.')] },
      { passkeys, preferredChallenge: 'WEB_AUTHN' },
    );
    await controller.signIn({ username: 'ana' });
    await settled(controller);
    expect(controller.getSnapshot().error).to.deep.include({ code: 'passkeyFailed' });
  });

  it('offers a passkey after a sign-in without one, creates it, and says so; no credential in any event', async () => {
    const { passkeys, calls } = fakePasskeys();
    const { backend, controller, events, names } = setUp(
      {
        signIn: [selectChallenge(['PASSWORD_SRP'])],
        answerChallenge: [{ kind: 'done', session: SESSION }],
        listPasskeys: [[]],
        startPasskeyRegistration: [{ challenge: 'abc', rp: { id: 'localhost' } }],
        completePasskeyRegistration: [undefined],
      },
      { passkeys, passkeyPrompt: 'after-sign-in' },
    );
    await controller.signIn({ username: 'ana' });
    await controller.confirmSignIn({ factor: 'PASSWORD_SRP', password: PASSWORD });
    await settled(controller);
    // After sign-in the controller loads what it asks about (a contact to verify, a passkey to make).
    for (let i = 0; i < 50 && controller.getSnapshot().step !== 'offerPasskey'; i++) await new Promise((r) => setTimeout(r, 5));
    expect(controller.getSnapshot().step).to.equal('offerPasskey');
    await controller.submit({});
    expect(calls.at(-1)).to.deep.include({ method: 'create', input: { challenge: 'abc', rp: { id: 'localhost' } } });
    expect(backend.calls.at(-1)).to.deep.include({ method: 'completePasskeyRegistration', input: { id: 'new-cred', response: {} } });
    expect(controller.getSnapshot()).to.deep.include({ step: 'signedIn', notice: 'passkeyAdded' });
    expect(names()).to.deep.equal(['factorchosen', 'signedin', 'passkeyregistered']);
    expect(JSON.stringify(events.map((e) => ({ ...e })))).to.not.include('new-cred');
  });

  it('creates a passkey away from the offer too (signed in, from an app button), and settles', async () => {
    const { passkeys, calls } = fakePasskeys();
    const { backend, controller, names } = setUp(
      { currentSession: [SESSION], startPasskeyRegistration: [{ challenge: 'abc' }], completePasskeyRegistration: [undefined] },
      { passkeys },
    );
    await controller.restore();
    await settled(controller);
    expect(controller.getSnapshot().step).to.equal('signedIn');
    await controller.registerPasskey();
    expect(calls.map((c) => c.method)).to.deep.equal(['create']);
    expect(backend.calls.at(-1)).to.deep.include({ method: 'completePasskeyRegistration' });
    expect(controller.getSnapshot(), 'no offer to close: signed in as before, not busy').to.deep.include({ step: 'signedIn', pending: false, error: null });
    expect(names()).to.deep.equal([]);
  });

  it('"Not now" closes the offer, signed in', async () => {
    const { passkeys } = fakePasskeys();
    const { controller, names } = setUp(
      { signIn: [selectChallenge(['PASSWORD_SRP'])], answerChallenge: [{ kind: 'done', session: SESSION }], listPasskeys: [[]] },
      { passkeys, passkeyPrompt: 'after-sign-in' },
    );
    await controller.signIn({ username: 'ana' });
    await controller.confirmSignIn({ factor: 'PASSWORD_SRP', password: PASSWORD });
    await settled(controller);
    await controller.submit({}, 'skip');
    expect(controller.getSnapshot()).to.deep.include({ step: 'signedIn', notice: null });
    expect(names().at(-1)).to.equal('passkeydeclined');
  });

  it('does not offer a passkey to someone who has one, after a passkey sign-in, or with passkey-prompt="never"', async () => {
    const { passkeys } = fakePasskeys();
    const withOne = setUp(
      { signIn: [selectChallenge(['PASSWORD_SRP'])], answerChallenge: [{ kind: 'done', session: SESSION }], listPasskeys: [[{ id: 'p', name: 'Key', createdAt: 0 }]] },
      { passkeys, passkeyPrompt: 'after-sign-in' },
    );
    await withOne.controller.signIn({ username: 'ana' });
    await withOne.controller.confirmSignIn({ factor: 'PASSWORD_SRP', password: PASSWORD });
    await settled(withOne.controller);
    expect(withOne.controller.getSnapshot().step).to.equal('signedIn');
    const never = setUp({ signIn: [selectChallenge(['PASSWORD_SRP'])], answerChallenge: [{ kind: 'done', session: SESSION }] }, { passkeys });
    await never.controller.signIn({ username: 'ana' });
    await never.controller.confirmSignIn({ factor: 'PASSWORD_SRP', password: PASSWORD });
    await settled(never.controller);
    expect(never.backend.calls.map((c) => c.method)).to.not.include('listPasskeys');
  });

  it('runs passkey autofill for a known username, and a submit stops it', async () => {
    const sheet = deferred<string>();
    const { passkeys, calls } = fakePasskeys({ get: async (input, options) => (calls.push({ method: 'get', input, options }), sheet.promise) });
    const { backend, controller } = setUp({ signIn: [webAuthn(), selectChallenge(['EMAIL_OTP'])] }, { passkeys, username: 'ana' });
    void controller.startPasskeyAutofill('ana');
    for (let i = 0; i < 20 && !calls.length; i++) await new Promise((r) => setTimeout(r, 5));
    expect(backend.calls[0].input).to.deep.include({ username: 'ana', preferredChallenge: 'WEB_AUTHN' });
    expect(calls[0].options).to.deep.include({ autofill: true });
    const signal = (calls[0].options as { signal: AbortSignal }).signal;
    expect(controller.getSnapshot().pending, 'autofill does not block the form').to.equal(false);
    await controller.signIn({ username: 'ana' });
    expect(signal.aborted, 'the typed sign-in wins').to.equal(true);
    expect(controller.getSnapshot().step).to.equal('selectFirstFactor');
  });

  it('signs in when the person picks a passkey from the autofill', async () => {
    const { passkeys } = fakePasskeys();
    const { backend, controller } = setUp({ signIn: [webAuthn()], answerChallenge: [{ kind: 'done', session: SESSION }] }, { passkeys, username: 'ana' });
    await controller.startPasskeyAutofill('ana');
    expect(backend.calls[1].input).to.deep.include({ answer: { credential: ASSERTION } });
    expect(controller.getSnapshot().step).to.equal('signedIn');
  });

  it('lists and deletes passkeys; a backend without them says so', async () => {
    const { controller } = setUp({ listPasskeys: [[{ id: 'p', name: 'Key', createdAt: 1 }]], deletePasskey: [undefined] });
    expect(await controller.listPasskeys()).to.deep.equal([{ id: 'p', name: 'Key', createdAt: 1 }]);
    await controller.deletePasskey('p');
    const bare = new AuthController({ ...new ScriptedBackend({}), listPasskeys: undefined } as never);
    const error = await bare.listPasskeys().catch((e: AuthError) => e);
    expect(error).to.have.property('name', KIT_ERROR_NAMES.unsupported);
  });
});

