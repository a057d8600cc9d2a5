/**
 * The identity-js backend's account operations (src/cognito/identity-js/account.ts) against a
 * scripted identity-js `Client`: the requests they make, what they return, the timeout and abort,
 * and the identity-js 6.3.21 behaviours they work around (pinned on the library alone first).
 */
import { expect } from '@open-wc/testing';
import { AuthenticationDetails, CognitoUser } from 'amazon-cognito-identity-js';
import { CognitoIdentityJsBackend, MemoryCognitoStorage } from '../../../src/cognito/identity-js-backend.js';
import { rejection } from '../../support/rejection.js';
import { CLIENT_ID, fail, scriptedClient, scriptedPool, tokens, type Handler } from '../../support/scripted-identity-js.js';

const PASSWORD = 'Right-pass-1';
const tick = (ms = 20) => new Promise((resolve) => setTimeout(resolve, ms));

/** `GetUser`'s reply for `username`. */
function userData(username: string, extra: Record<string, unknown> = {}) {
  return {
    Username: username,
    UserAttributes: [
      { Name: 'sub', Value: `sub-${username}` },
      { Name: 'email', Value: `${username}@example.com` },
      { Name: 'email_verified', Value: 'true' },
    ],
    ...extra,
  };
}

const EMAIL_DELIVERY = { Destination: 'n***@e***', DeliveryMedium: 'EMAIL', AttributeName: 'email' };

describe('amazon-cognito-identity-js 6.3.21 on its own: the account calls', () => {
  async function signedInUser(handlers: Record<string, Handler | Handler[]>) {
    const { client, sent } = scriptedClient(handlers);
    const user = new CognitoUser({ Username: 'rae', Pool: scriptedPool(client), Storage: new MemoryCognitoStorage() });
    user.setAuthenticationFlowType('USER_PASSWORD_AUTH');
    await new Promise((resolve, reject) =>
      user.authenticateUser(new AuthenticationDetails({ Username: 'rae', Password: PASSWORD }), { onSuccess: resolve, onFailure: reject }),
    );
    return { user, sent };
  }

  it('getUserData({ bypassCache: true }) with a cached copy also refreshes the tokens with REFRESH_TOKEN_AUTH', async () => {
    const { user, sent } = await signedInUser({ InitiateAuth: [() => tokens('rae'), () => tokens('rae')], GetUser: () => userData('rae') });
    await new Promise((resolve) => user.getUserData(resolve, { bypassCache: true }));
    expect(sent.map((s) => s.operation)).to.deep.equal(['InitiateAuth', 'GetUser']);
    await new Promise((resolve) => user.getUserData(resolve, { bypassCache: true }));
    expect(sent.map((s) => s.operation)).to.deep.equal(['InitiateAuth', 'GetUser', 'GetUser', 'InitiateAuth']);
    expect(sent[3].params.AuthFlow).to.equal('REFRESH_TOKEN_AUTH');
  });

  it('setUserMfaPreference has no email member (SMS and TOTP only)', async () => {
    const { user, sent } = await signedInUser({ InitiateAuth: () => tokens('rae'), SetUserMFAPreference: () => ({}) });
    expect(user.setUserMfaPreference.length).to.equal(3);
    await new Promise((resolve) => user.setUserMfaPreference({ Enabled: true, PreferredMfa: false }, null, resolve));
    expect(Object.keys(sent[1].params).sort()).to.deep.equal(['AccessToken', 'SMSMfaSettings', 'SoftwareTokenMfaSettings']);
  });

  it('updateAttributes hands UpdateUserAttributes’ reply to its callback as a third argument, after a GetUser', async () => {
    const { user, sent } = await signedInUser({
      InitiateAuth: () => tokens('rae'),
      UpdateUserAttributes: () => ({ CodeDeliveryDetailsList: [EMAIL_DELIVERY] }),
      GetUser: () => userData('rae'),
    });
    const args = await new Promise<unknown[]>((resolve) => user.updateAttributes([{ Name: 'email', Value: 'new@example.com' }], (...all) => resolve(all)));
    expect(args).to.deep.equal([null, 'SUCCESS', { CodeDeliveryDetailsList: [EMAIL_DELIVERY] }]);
    expect(sent.map((s) => s.operation)).to.deep.equal(['InitiateAuth', 'UpdateUserAttributes', 'GetUser']);
  });
});

describe('CognitoIdentityJsBackend: the account operations (scripted identity-js client)', () => {
  async function signedIn(handlers: Record<string, Handler | Handler[]>, options: { timeout?: number } = {}) {
    const { client, sent } = scriptedClient({ InitiateAuth: () => tokens('sam'), ...handlers });
    const storage = new MemoryCognitoStorage();
    const backend = CognitoIdentityJsBackend.fromPool(scriptedPool(client), { storage, ...options });
    const result = await backend.signIn({ username: 'sam', password: PASSWORD, authFlowType: 'USER_PASSWORD_AUTH' });
    expect(result.kind).to.equal('done');
    sent.length = 0;
    return { backend, client, sent, storage };
  }

  it('getProfile: one GetUser, as the port’s profile (MFA methods as SMS / TOTP / EMAIL)', async () => {
    const { backend, sent } = await signedIn({
      GetUser: () => userData('sam', { UserMFASettingList: ['SMS_MFA', 'EMAIL_OTP', 'SOFTWARE_TOKEN_MFA'], PreferredMfaSetting: 'EMAIL_OTP' }),
    });
    const profile = await backend.getProfile();
    expect(profile).to.deep.equal({
      username: 'sam',
      attributes: { sub: 'sub-sam', email: 'sam@example.com', email_verified: 'true' },
      mfa: { enabled: ['SMS', 'TOTP', 'EMAIL'], preferred: 'EMAIL' },
    });
    expect(sent.map((s) => s.operation)).to.deep.equal(['GetUser']);
    expect(sent[0].params.AccessToken).to.be.a('string');
  });

  it('identity-js’s own refresh is never sent: updateAttributes finishing after a profile was cached keeps the session as it was', async () => {
    const { backend, client, sent, storage } = await signedIn({
      UpdateUserAttributes: () => ({ CodeDeliveryDetailsList: [EMAIL_DELIVERY] }),
      GetUser: () => userData('sam'),
    });
    const refreshToken = storage.getItem(`CognitoIdentityServiceProvider.${CLIENT_ID}.sam.refreshToken`);
    client.hold();
    const updating = backend.updateAttributes({ email: 'new@example.com' });
    await tick();
    await backend.getProfile(); // caches a copy of the user's data while the update is out
    client.release();
    expect(await updating).to.deep.equal([{ destination: 'n***@e***', medium: 'EMAIL', attributeName: 'email' }]);
    expect(sent.map((s) => s.operation)).to.deep.equal(['UpdateUserAttributes', 'GetUser', 'GetUser']);
    expect(storage.getItem(`CognitoIdentityServiceProvider.${CLIENT_ID}.sam.refreshToken`)).to.equal(refreshToken);
    expect((await backend.currentSession())?.username).to.equal('sam');
  });

  it('updateAttributes: the attributes as sent; no CodeDeliveryDetailsList is no delivery', async () => {
    const { backend, sent } = await signedIn({ UpdateUserAttributes: () => ({}), GetUser: () => userData('sam') });
    expect(await backend.updateAttributes({ name: 'Sam', 'custom:plan': '' })).to.deep.equal([]);
    expect(sent[0].params.UserAttributes).to.deep.equal([
      { Name: 'name', Value: 'Sam' },
      { Name: 'custom:plan', Value: '' },
    ]);
  });

  it('setMfaPreference: SMS and TOTP as SetUserMFAPreference members, an absent one left out; EMAIL refused before anything is sent', async () => {
    const { backend, sent } = await signedIn({ SetUserMFAPreference: () => ({}) });
    await backend.setMfaPreference({ SMS: 'preferred' });
    await backend.setMfaPreference({ TOTP: 'on', SMS: 'off' });
    expect(sent.map((s) => JSON.parse(JSON.stringify({ ...s.params, AccessToken: undefined })))).to.deep.equal([
      { SMSMfaSettings: { Enabled: true, PreferredMfa: true } },
      { SMSMfaSettings: { Enabled: false }, SoftwareTokenMfaSettings: { Enabled: true, PreferredMfa: false } },
    ]);
    const refused = await rejection(backend.setMfaPreference({ EMAIL: 'on', SMS: 'on' }));
    expect(refused.name).to.equal('UnsupportedFeatureError');
    expect(sent).to.have.length(2);
  });

  it('the other requests: ChangePassword, GetUserAttributeVerificationCode, VerifyUserAttribute, AssociateSoftwareToken, VerifySoftwareToken', async () => {
    const { backend, sent } = await signedIn({
      ChangePassword: () => ({}),
      GetUserAttributeVerificationCode: () => ({ CodeDeliveryDetails: EMAIL_DELIVERY }),
      VerifyUserAttribute: () => ({}),
      AssociateSoftwareToken: () => ({ SecretCode: 'JBSWY3DPEHPK3PXP' }),
      VerifySoftwareToken: () => ({ Status: 'SUCCESS' }),
    });
    await backend.changePassword({ current: PASSWORD, proposed: 'New-pass-2' });
    expect(await backend.sendAttributeCode('email')).to.deep.equal({ destination: 'n***@e***', medium: 'EMAIL', attributeName: 'email' });
    await backend.verifyAttribute({ name: 'email', code: '123456' });
    expect(await backend.startTotpSetup()).to.deep.equal({ secretCode: 'JBSWY3DPEHPK3PXP' });
    await backend.finishTotpSetup({ code: '654321', deviceName: 'Phone' });
    const withoutToken = sent.map(({ operation, params }) => {
      expect(params.AccessToken, operation).to.be.a('string');
      return { operation, params: JSON.parse(JSON.stringify({ ...params, AccessToken: undefined })) };
    });
    expect(withoutToken).to.deep.equal([
      { operation: 'ChangePassword', params: { PreviousPassword: PASSWORD, ProposedPassword: 'New-pass-2' } },
      { operation: 'GetUserAttributeVerificationCode', params: { AttributeName: 'email' } },
      { operation: 'VerifyUserAttribute', params: { AttributeName: 'email', Code: '123456' } },
      { operation: 'AssociateSoftwareToken', params: {} },
      { operation: 'VerifySoftwareToken', params: { UserCode: '654321', FriendlyDeviceName: 'Phone' } },
    ]);
  });

  it('errors keep Cognito’s name; a VerifySoftwareToken status other than SUCCESS is CodeMismatchException', async () => {
    const { backend } = await signedIn({
      ChangePassword: fail('NotAuthorizedException', 'Incorrect username or password.'),
      VerifyUserAttribute: fail('CodeMismatchException', 'Invalid verification code provided, please try again.'),
      VerifySoftwareToken: () => ({ Status: 'ERROR' }),
    });
    expect(await rejection(backend.changePassword({ current: 'wrong', proposed: 'New-pass-2' }))).to.include({
      name: 'NotAuthorizedException',
      message: 'Incorrect username or password.',
    });
    expect((await rejection(backend.verifyAttribute({ name: 'email', code: '000000' }))).name).to.equal('CodeMismatchException');
    expect((await rejection(backend.finishTotpSetup({ code: '000000' }))).name).to.equal('CodeMismatchException');
  });

  it('deleteAccount: DeleteUser, then nothing of the session is left', async () => {
    const { backend, sent, storage } = await signedIn({ DeleteUser: () => ({}) });
    await backend.deleteAccount();
    expect(sent.map((s) => s.operation)).to.deep.equal(['DeleteUser']);
    expect(storage.length).to.equal(0);
    expect(await backend.currentSession()).to.equal(null);
  });

  it('a failed DeleteUser keeps the session', async () => {
    const { backend } = await signedIn({ DeleteUser: fail('InternalErrorException', 'Internal server error.') });
    expect((await rejection(backend.deleteAccount())).name).to.equal('InternalErrorException');
    expect((await backend.currentSession())?.username).to.equal('sam');
  });

  it('timeout: a call Cognito does not answer fails with a retryable TimeoutError; abort rejects at once', async () => {
    const { backend, client } = await signedIn({ GetUser: () => userData('sam'), ChangePassword: () => ({}) }, { timeout: 50 });
    client.hold();
    expect((await rejection(backend.getProfile())).name).to.equal('TimeoutError');
    client.release();

    client.hold();
    const controller = new AbortController();
    const pending = backend.changePassword({ current: PASSWORD, proposed: 'New-pass-2' }, { signal: controller.signal });
    await tick(10);
    controller.abort();
    expect((await rejection(pending)).name).to.equal('AbortError');
    client.release();
  });

  it('signed out: NotAuthorizedException, and nothing is sent', async () => {
    const { client, sent } = scriptedClient({});
    const backend = CognitoIdentityJsBackend.fromPool(scriptedPool(client));
    expect((await rejection(backend.getProfile())).name).to.equal('NotAuthorizedException');
    expect((await rejection(backend.deleteAccount())).name).to.equal('NotAuthorizedException');
    expect(sent).to.have.length(0);
  });
});
