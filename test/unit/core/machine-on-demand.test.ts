// The controller as `<auth-flow>` imports it (core/auth-controller.ts), before the later module (the
// machine, the step table after sign-in, the later commands) has arrived: a state in a later step
// exists only once its entry does (docs/architecture.md §2, §3). This file must import nothing that
// bundles that module (core/controller.ts, core/step-table.ts, core/machine.ts, the package root),
// so that its test starts without it.
import { expect } from '@open-wc/testing';
import { AuthController } from '../../../src/core/auth-controller.js';
import { entryOf } from '../../../src/core/step-lookup.js';
import type { AuthState, EntryStep } from '../../../src/core/steps.js';
import { connect } from '../../../src/core/view.js';
import { challengeResult, EMAIL_DELIVERY, ScriptedBackend, SESSION, type Script } from '../../support/scripted-backend.js';

const PASSWORD = 'Correct-horse-9';
/** The steps a controller may show without the machine (`initial-step`, `goTo`). */
const ENTRY_STEPS: readonly string[] = ['signIn', 'signUp', 'resetPassword'] satisfies EntryStep[];

/** A controller whose every state is checked as it is announced: its step's entry is here, or it is an entry step. */
function watched(script: Script) {
  const controller = new AuthController(new ScriptedBackend(script));
  const states: AuthState[] = [];
  const withoutEntry: string[] = [];
  controller.subscribe((state) => {
    states.push(state);
    if (!entryOf(state.step) && !ENTRY_STEPS.includes(state.step)) withoutEntry.push(state.step);
  });
  return { controller, states, withoutEntry };
}

describe('AuthController before the machine and the later steps are here', () => {
  const idle = globalThis.requestIdleCallback;
  // Nothing prefetched when the browser is idle: every command below starts before the module is here.
  before(() => (globalThis.requestIdleCallback = () => 0));
  after(() => (globalThis.requestIdleCallback = idle));

  it('a goTo ends where asked at once; a sign-in, its challenge and a restored session come out of the machine once it is here', async () => {
    expect(entryOf('signUp'), 'the step table after sign-in is not here yet').to.equal(undefined);

    // goTo: an entry step, at once, without the machine; its view waits for its entry, and its form's command for the module.
    const reset = watched({ forgotPassword: [EMAIL_DELIVERY] });
    reset.controller.goTo('resetPassword', { username: 'ana' });
    expect(reset.controller.getSnapshot()).to.deep.include({ step: 'resetPassword', username: 'ana', pending: false, error: null });
    expect(connect(reset.controller.getSnapshot()), 'its view, before its entry is here').to.deep.include({ step: 'resetPassword', fields: [], pending: true });
    const resetting = reset.controller.submit({ username: 'ana' });
    expect(reset.controller.getSnapshot().pending, 'busy while the rest of the table is on its way').to.equal(true);

    // A sign-in answered with a challenge: the screen stays on sign-in, pending, until the machine leads to the code step.
    const challenged = watched({ signIn: [challengeResult('EMAIL_OTP', { CODE_DELIVERY_DESTINATION: 'a***@e***', CODE_DELIVERY_DELIVERY_MEDIUM: 'EMAIL' })] });
    const signingIn = challenged.controller.signIn({ username: 'ana', password: PASSWORD });

    // A session the backend still holds: shown once the machine is here.
    const restored = watched({ currentSession: [SESSION] });
    const restoring = restored.controller.restore();

    // A goTo while a command waits for the module: latest wins, it ends where asked.
    const moved = watched({ forgotPassword: [EMAIL_DELIVERY] });
    moved.controller.goTo('resetPassword');
    const abandoned = moved.controller.submit({ username: 'bo' });
    moved.controller.goTo('signUp', { username: 'bo' });
    expect(moved.controller.getSnapshot()).to.deep.include({ step: 'signUp', username: 'bo', pending: false });

    await Promise.all([resetting, signingIn, restoring, abandoned]);
    expect(entryOf('signUp'), 'the step table arrived with the machine').to.not.equal(undefined);
    expect(reset.controller.getSnapshot()).to.deep.include({ step: 'confirmResetPassword', pending: false });
    expect(challenged.controller.getSnapshot()).to.deep.include({ step: 'confirmSignInWithEmailCode', pending: false });
    expect(challenged.states.map((state) => state.step)).to.deep.equal(['signIn', 'confirmSignInWithEmailCode']);
    expect(restored.controller.getSnapshot()).to.deep.include({ step: 'signedIn', username: 'ana' });
    expect(moved.controller.getSnapshot()).to.deep.include({ step: 'signUp', username: 'bo', pending: false });
    expect(moved.controller.backend instanceof ScriptedBackend && moved.controller.backend.calls, 'left before it began: never sent').to.have.length(0);
    for (const { withoutEntry } of [reset, challenged, restored, moved]) expect(withoutEntry, 'no later step before its entry').to.deep.equal([]);
  });
});
