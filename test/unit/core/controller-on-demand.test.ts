// The controller as `<auth-flow>` imports it (core/auth-controller.ts, not the package root's
// core/controller.ts): the commands after the sign-in screen load on demand (docs/architecture.md §3).
// This file must import nothing that bundles them, so that its first test sees them not loaded yet.
import { expect } from '@open-wc/testing';
import { AuthController } from '../../../src/core/auth-controller.js';
import { EMAIL_DELIVERY, ScriptedBackend, SESSION, type Script } from '../../support/scripted-backend.js';

const PASSWORD = 'Correct-horse-9';

function setUp(script: Script) {
  const backend = new ScriptedBackend(script);
  const controller = new AuthController(backend);
  const events: string[] = [];
  for (const name of ['signedin', 'signedout', 'signedup', 'codesent', 'error'] as const) {
    controller.addEventListener(name, (event) => events.push(event.type));
  }
  return { backend, controller, events };
}

describe('AuthController: commands loaded on demand', () => {
  it('the first call waits for its code, then runs as usual; one that a newer command displaced meanwhile is dropped', async () => {
    const waits = setUp({ signUp: [{ userConfirmed: false, codeDelivery: EMAIL_DELIVERY }] });
    const signingUp = waits.controller.signUp({ username: 'bo', password: PASSWORD, attributes: { email: 'bo@example.com' } });
    expect(waits.controller.getSnapshot().pending, 'busy while its code is on its way').to.equal(true);

    const leftBehind = setUp({ signUp: [{ userConfirmed: false, codeDelivery: EMAIL_DELIVERY }] });
    const abandoned = leftBehind.controller.signUp({ username: 'cy', password: PASSWORD });
    leftBehind.controller.goTo('signIn');

    const overtaken = setUp({ signIn: [{ kind: 'done', session: SESSION }], signOut: [undefined] });
    const signingOut = overtaken.controller.signOut();
    const signingIn = overtaken.controller.signIn({ username: 'ana', password: PASSWORD });

    const refused = setUp({});
    const refusing = refused.controller.signUp({ username: 'dee', password: '' });
    expect(refused.controller.getSnapshot().pending, 'busy while it waits, though it will send nothing').to.equal(true);

    await Promise.all([signingUp, abandoned, signingOut, signingIn, refusing]);
    expect(refused.controller.getSnapshot(), 'a validation error settles it').to.deep.include({ step: 'signIn', pending: false });
    expect(refused.controller.getSnapshot().error).to.deep.include({ code: 'required', field: 'password' });
    expect([refused.events, refused.backend.calls.length]).to.deep.equal([['error'], 0]);
    expect(waits.controller.getSnapshot()).to.deep.include({ step: 'confirmSignUp', pending: false, username: 'bo' });
    expect(waits.events).to.deep.equal(['signedup', 'codesent']);
    expect(leftBehind.backend.calls, 'left before it began: never sent').to.have.length(0);
    expect(leftBehind.controller.getSnapshot()).to.deep.include({ step: 'signIn', pending: false });
    expect(overtaken.backend.calls.map((c) => c.method), 'the later sign-in wins').to.deep.equal(['signIn']);
    expect(overtaken.controller.getSnapshot()).to.deep.include({ step: 'signedIn', pending: false });
  });

  it('once loaded, a command runs at once: pending, a validation error and its event at the same tick', async () => {
    const { controller, events } = setUp({ signOut: [undefined] });
    void controller.signUp({ username: 'bo', password: '' });
    expect(controller.getSnapshot().error).to.deep.include({ code: 'required', field: 'password' });
    expect(events).to.deep.equal(['error']);
    const signingOut = controller.signOut();
    expect(controller.getSnapshot().pending).to.equal(true);
    await signingOut;
    expect(controller.getSnapshot()).to.deep.include({ step: 'signIn', notice: 'signedOut', pending: false });
  });
});
