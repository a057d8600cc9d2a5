// The passwordless commands as `<auth-flow>` runs them (core/auth-controller.ts, not the package
// root's core/controller.ts): their code (core/passwordless-flow.ts) loads on demand with the other
// later commands (docs/architecture.md §3). This file must import nothing that bundles them: every
// command below is issued in `before`, at once, while their code is not here yet.
import { expect } from '@open-wc/testing';
import type { PasskeyAuthenticator } from '../../../src/core/backend.js';
import { AuthController } from '../../../src/core/auth-controller.js';
import { AuthError, KIT_ERROR_NAMES } from '../../../src/core/errors.js';
import { handle, ScriptedBackend, SESSION, type Script } from '../../support/scripted-backend.js';

const PASSWORD = 'Correct-horse-9';
const PASSKEY_CHALLENGE = { kind: 'challenge' as const, name: 'WEB_AUTHN', parameters: { CREDENTIAL_REQUEST_OPTIONS: '{"challenge":"c2VydmVy"}' }, handle: handle('webauthn') };

function setUp(script: Script) {
  const backend = new ScriptedBackend(script);
  const passkeyCalls: string[] = [];
  const passkeys: PasskeyAuthenticator = {
    available: () => true,
    autofillAvailable: async () => (passkeyCalls.push('autofillAvailable'), true),
    // The autofill's sheet stays open: nobody picks a passkey here.
    get: (_input, options) => (passkeyCalls.push(options.autofill ? 'get (autofill)' : 'get'), new Promise<string>(() => {})),
    create: async () => (passkeyCalls.push('create'), { id: 'new-cred', response: {} }),
  };
  const controller = new AuthController(backend, { authFlowType: 'USER_AUTH', passkeys, passkeyPrompt: 'never', username: 'ana' });
  const pending: boolean[] = [];
  return { backend, controller, passkeyCalls, pending, methods: () => backend.calls.map((c) => c.method) };
}

async function until(done: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !done(); i++) await new Promise((r) => setTimeout(r, 5));
}

describe('AuthController: passwordless commands loaded on demand', () => {
  const registering = setUp({ startPasskeyRegistration: [{ challenge: 'abc' }], completePasskeyRegistration: [undefined] });
  const displaced = setUp({ startPasskeyRegistration: [{ challenge: 'abc' }], completePasskeyRegistration: [undefined] });
  const nothingToDo = setUp({});
  const bare = new AuthController({ ...new ScriptedBackend({}), listPasskeys: undefined } as never);
  const overtaken = setUp({ signIn: [{ kind: 'done', session: SESSION }] });
  const autofilling = setUp({ signIn: [PASSKEY_CHALLENGE] });
  const issued: Record<string, Promise<unknown>> = {};

  before(() => {
    // All at once, in one task: none of their code is here yet.
    issued.registered = registering.controller.registerPasskey();
    registering.pending.push(registering.controller.getSnapshot().pending);
    issued.abandoned = displaced.controller.registerPasskey();
    displaced.controller.goTo('signIn');
    issued.noSheet = nothingToDo.controller.signInWithPasskey();
    nothingToDo.pending.push(nothingToDo.controller.getSnapshot().pending);
    issued.listing = bare.listPasskeys().catch((error: unknown) => error);
    issued.overtakenAutofill = overtaken.controller.startPasskeyAutofill('ana');
    issued.typed = overtaken.controller.signIn({ username: 'ana', password: PASSWORD });
    issued.autofill = autofilling.controller.startPasskeyAutofill('ana');
    autofilling.pending.push(autofilling.controller.getSnapshot().pending);
  });

  after(() => autofilling.controller.dispose());

  it('a command waits for its code, busy, then runs and settles', async () => {
    expect(registering.pending, 'busy while its code is on its way').to.deep.equal([true]);
    await issued.registered;
    expect(registering.methods()).to.deep.equal(['startPasskeyRegistration', 'completePasskeyRegistration']);
    expect(registering.passkeyCalls).to.deep.equal(['create']);
    expect(registering.controller.getSnapshot()).to.deep.include({ step: 'signIn', pending: false, error: null });
  });

  it('one displaced while its code was on its way is never sent', async () => {
    await issued.abandoned;
    expect(displaced.methods()).to.deep.equal([]);
    expect(displaced.passkeyCalls).to.deep.equal([]);
    expect(displaced.controller.getSnapshot()).to.deep.include({ step: 'signIn', pending: false });
  });

  it('one that then has nothing to do (no passkey challenge on screen) settles', async () => {
    expect(nothingToDo.pending, 'busy while it waits').to.deep.equal([true]);
    await issued.noSheet;
    expect(nothingToDo.controller.getSnapshot()).to.deep.include({ step: 'signIn', pending: false, error: null });
    expect(nothingToDo.methods()).to.deep.equal([]);
  });

  it('listing passkeys on a backend without them rejects with the unsupported error, the flow untouched', async () => {
    const error = await issued.listing;
    expect(error).to.be.instanceOf(AuthError).and.have.property('name', KIT_ERROR_NAMES.unsupported);
    expect(bare.getSnapshot().pending).to.equal(false);
  });

  it('passkey autofill started before its code is here stops when a command begins meanwhile', async () => {
    await Promise.all([issued.overtakenAutofill, issued.typed]);
    await new Promise((r) => setTimeout(r, 20));
    expect(overtaken.passkeyCalls, 'the typed sign-in began first: no autofill').to.deep.equal([]);
    expect(overtaken.backend.calls.map((c) => c.input)).to.deep.equal([{ username: 'ana', password: PASSWORD, authFlowType: 'USER_AUTH' }]);
    expect(overtaken.controller.getSnapshot().step).to.equal('signedIn');
  });

  it('and otherwise runs once its code is here, without making the form busy', async () => {
    expect(autofilling.pending, 'autofill does not block the form').to.deep.equal([false]);
    await until(() => autofilling.passkeyCalls.length === 2);
    expect(autofilling.passkeyCalls).to.deep.equal(['autofillAvailable', 'get (autofill)']);
    expect(autofilling.backend.calls[0].input).to.deep.include({ username: 'ana', authFlowType: 'USER_AUTH', preferredChallenge: 'WEB_AUTHN' });
    expect(autofilling.controller.getSnapshot()).to.deep.include({ step: 'signIn', pending: false });
  });
});
