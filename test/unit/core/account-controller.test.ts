import { expect } from '@open-wc/testing';
import type { AccountProfile } from '../../../src/core/account-port.js';
import { AccountController, type AccountChange } from '../../../src/core/account-controller.js';
import { AuthController } from '../../../src/core/controller.js';
import { AuthError, KIT_ERROR_NAMES } from '../../../src/core/errors.js';
import { deferred, EMAIL_DELIVERY, ScriptedBackend, SESSION, type Script } from '../../support/scripted-backend.js';

const PROFILE: AccountProfile = {
  username: 'ana',
  attributes: { name: 'Ana', email: 'ana@example.com', email_verified: 'true' },
  mfa: { enabled: [] },
};

/** A signed-in AuthController (restored from the backend's session) and the account page beside it. */
async function setUp(script: Script) {
  const backend = new ScriptedBackend({ currentSession: [SESSION], ...script });
  const auth = new AuthController(backend);
  const account = new AccountController(auth);
  const changes: AccountChange[] = [];
  account.addEventListener('accountchange', (event) => changes.push(event.detail));
  await auth.restore();
  await until(() => !account.getSnapshot().loading);
  return { backend, auth, account, changes };
}

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 5));
  if (!check()) throw new Error('condition never held');
}

describe('AccountController', () => {
  it('is empty while signed out, and loads the profile once the session is there', async () => {
    const backend = new ScriptedBackend({ currentSession: [SESSION], getProfile: [PROFILE] });
    const auth = new AuthController(backend);
    const account = new AccountController(auth);
    expect(account.getSnapshot().signedIn).to.equal(false);
    account.open('changePassword');
    expect(account.getSnapshot().view).to.equal('overview');
    await auth.restore();
    await until(() => account.getSnapshot().profile !== null);
    expect(account.getSnapshot()).to.include({ signedIn: true, view: 'overview', loading: false, error: null });
  });

  it('offers only the views whose operations the backend has', async () => {
    const { account, backend } = await setUp({ getProfile: [PROFILE] });
    expect(account.views).to.include('deleteAccount');
    (backend as unknown as Record<string, unknown>).deleteAccount = undefined;
    expect(account.views).not.to.include('deleteAccount');
    account.open('deleteAccount');
    expect(account.getSnapshot().view).to.equal('overview');
  });

  it('change password: checks the fields first, maps a wrong current password to its field, then succeeds', async () => {
    const { account, backend, changes } = await setUp({
      getProfile: [PROFILE, PROFILE, PROFILE],
      changePassword: [new AuthError('NotAuthorizedException', 'Incorrect username or password.'), undefined],
    });
    account.open('changePassword');
    await account.changePassword({ current: '', proposed: 'Newer-pass-1' });
    expect(account.getSnapshot().error).to.include({ code: 'required', field: 'currentPassword' });
    expect(backend.calls.filter((c) => c.method === 'changePassword')).to.have.length(0);

    await account.changePassword({ current: 'wrong', proposed: 'Newer-pass-1' });
    expect(account.getSnapshot().error).to.include({ field: 'currentPassword', reason: 'wrongCurrentPassword' });
    expect(account.getSnapshot().pending).to.equal(false);

    await account.submit({ currentPassword: 'Right-pass-1', password: 'Newer-pass-1' });
    expect(account.getSnapshot()).to.include({ view: 'overview', notice: 'passwordChanged', error: null, pending: false });
    expect(changes).to.deep.equal([{ change: 'password' }]);
    expect(backend.calls.filter((c) => c.method === 'changePassword').map((c) => c.input)).to.deep.equal([
      { current: 'wrong', proposed: 'Newer-pass-1' },
      { current: 'Right-pass-1', proposed: 'Newer-pass-1' },
    ]);
  });

  it('latest wins: an answer for a command the person replaced is dropped, and pending settles once', async () => {
    const slow = deferred<void>();
    const { account } = await setUp({
      getProfile: [PROFILE, PROFILE],
      setMfaPreference: [() => slow.promise, new AuthError('LimitExceededException', 'Attempt limit exceeded')],
    });
    account.open('signInMethods');
    await until(() => !account.getSnapshot().loading);
    const first = account.setMfa('EMAIL', 'on');
    const second = account.setMfa('EMAIL', 'preferred');
    await second;
    expect(account.getSnapshot().error).to.include({ code: 'limitExceeded' });
    slow.resolve();
    await first;
    expect(account.getSnapshot()).to.include({ pending: false, notice: null });
    expect(account.getSnapshot().error).to.include({ code: 'limitExceeded' });
  });

  it('profile: nothing changed is said without a call; a new email goes on to its code, then verified claims are fetched', async () => {
    const verified = { ...PROFILE, attributes: { ...PROFILE.attributes, email: 'new@example.com', email_verified: 'true' } };
    const pendingEmail = { ...PROFILE, attributes: { ...PROFILE.attributes, email: 'new@example.com', email_verified: 'false' } };
    const { account, backend, changes } = await setUp({
      getProfile: [PROFILE, PROFILE, pendingEmail, verified, verified],
      updateAttributes: [[EMAIL_DELIVERY]],
      verifyAttribute: [undefined],
      refreshSession: [SESSION],
      currentSession: [SESSION, SESSION],
    });
    account.open('editProfile');
    await until(() => !account.getSnapshot().loading);
    await account.updateProfile({ name: 'Ana', email: 'ana@example.com', phone_number: '' });
    expect(account.getSnapshot().error).to.include({ reason: 'nothingChanged' });
    expect(backend.calls.some((c) => c.method === 'updateAttributes')).to.equal(false);

    await account.updateProfile({ name: 'Ana', email: ' new@example.com ', phone_number: '' });
    expect(backend.calls.find((c) => c.method === 'updateAttributes')!.input).to.deep.equal({ email: 'new@example.com' });
    expect(account.getSnapshot()).to.deep.include({ view: 'verifyContact', verifying: { name: 'email', delivery: EMAIL_DELIVERY } });

    await account.confirmContact({ code: '123 456' });
    expect(backend.calls.find((c) => c.method === 'verifyAttribute')!.input).to.deep.equal({ name: 'email', code: '123456' });
    expect(backend.calls.some((c) => c.method === 'refreshSession')).to.equal(true);
    expect(account.getSnapshot()).to.include({ view: 'overview', notice: 'contactVerified', verifying: null });
    expect(changes).to.deep.equal([
      { change: 'profile', attributes: ['email'] },
      { change: 'contactVerified', attribute: 'email' },
    ]);
  });

  it('delete: refuses a confirmation that is not what the person signs in with; deletes, signs out, and empties the page', async () => {
    const { account, auth, backend } = await setUp({ getProfile: [PROFILE], deleteAccount: [undefined], signOut: [undefined] });
    account.open('deleteAccount');
    await account.deleteAccount({ confirmation: 'bob' });
    expect(account.getSnapshot().error).to.include({ field: 'confirmation', reason: 'confirmationMismatch' });
    expect(backend.calls.some((c) => c.method === 'deleteAccount')).to.equal(false);

    const deleted: string[] = [];
    account.addEventListener('accountdeleted', (event) => deleted.push(event.username));
    await account.deleteAccount({ confirmation: 'ANA@example.com' });
    expect(deleted).to.deep.equal(['ana']);
    expect(auth.getSnapshot().step).to.equal('signIn');
    expect(account.getSnapshot()).to.include({ signedIn: false, profile: null });
  });

  it('a failed load is an error state, and opening the view again retries', async () => {
    const backend = new ScriptedBackend({
      currentSession: [SESSION],
      getProfile: [new AuthError(KIT_ERROR_NAMES.network, 'offline'), PROFILE],
    });
    const auth = new AuthController(backend);
    const account = new AccountController(auth);
    await auth.restore();
    await until(() => account.getSnapshot().error !== null);
    expect(account.getSnapshot()).to.include({ loading: false, profile: null });
    expect(account.getSnapshot().error).to.include({ code: 'network', retryable: true });
    account.open('overview');
    await until(() => account.getSnapshot().profile !== null);
    expect(account.getSnapshot().error).to.equal(null);
  });

  it('signing out in the flow empties the page and abandons what was in flight', async () => {
    const slow = deferred<void>();
    const { account, auth } = await setUp({ getProfile: [PROFILE], changePassword: [() => slow.promise], signOut: [undefined] });
    account.open('changePassword');
    const change = account.changePassword({ current: 'Right-pass-1', proposed: 'Newer-pass-1' });
    await auth.signOut();
    slow.resolve();
    await change;
    expect(account.getSnapshot()).to.include({ signedIn: false, pending: false, notice: null, view: 'overview' });
  });
});
