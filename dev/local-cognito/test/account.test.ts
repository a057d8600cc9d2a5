/** The signed-in account: DeleteUser, ChangePassword and SetUserMFAPreference as GetUser and sign-in see them. */
import assert from 'node:assert/strict';
import { after, afterEach, before, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { TestDevice } from './device-srp-client.js';
import {
  PASSWORD,
  assertError,
  assertOk,
  call,
  control,
  createUser,
  currentTotp,
  expectChallenge,
  expectTokens,
  passwordSignIn,
  signInWithPassword,
  putSettings,
  start,
  uniqueName,
  type LocalCognito,
} from './helpers.js';
import { SoftwareAuthenticator } from './software-authenticator.js';
import { TestSrpClient } from './srp-client.js';

const NEW_PASSWORD = 'Other-pass-5678';

let lc: LocalCognito;
before(async () => {
  lc = await start();
});
after(() => lc?.stop());
afterEach(() => control(lc, 'DELETE', '/settings'));

const settings = (values: Record<string, unknown>) => putSettings(lc, values);

function changePassword(accessToken: string, previous: string | undefined, proposed: string) {
  return call(lc, 'ChangePassword', { AccessToken: accessToken, PreviousPassword: previous, ProposedPassword: proposed });
}

function refresh(refreshToken: string) {
  return call(lc, 'GetTokensFromRefreshToken', { ClientId: lc.clientId, RefreshToken: refreshToken });
}

describe('DeleteUser', () => {
  it('revokes the user\'s access and refresh tokens; the next sign-in is an unknown user\'s', async () => {
    const username = await createUser(lc, 'delete');
    const first = await passwordSignIn(lc, username, PASSWORD);
    const second = await passwordSignIn(lc, username, PASSWORD);
    const bystander = await passwordSignIn(lc, await createUser(lc, 'delete-bystander'), PASSWORD);

    assert.deepEqual(assertOk(await call(lc, 'DeleteUser', { AccessToken: first.AccessToken })), {});
    for (const { AccessToken } of [first, second]) {
      assertError(await call(lc, 'GetUser', { AccessToken }), 'NotAuthorizedException', 'Access Token has been revoked');
    }
    for (const { RefreshToken } of [first, second]) assertError(await refresh(RefreshToken), 'NotAuthorizedException');
    assertError(await call(lc, 'DeleteUser', { AccessToken: second.AccessToken }), 'NotAuthorizedException');
    assertError(await signInWithPassword(lc, username), 'UserNotFoundException', 'User does not exist.');
    const srp = new TestSrpClient();
    assertError(
      await call(lc, 'InitiateAuth', { AuthFlow: 'USER_SRP_AUTH', ClientId: lc.clientId, AuthParameters: { USERNAME: username, SRP_A: srp.srpA } }),
      'UserNotFoundException',
    );
    // Nobody else is touched.
    assertOk(await call(lc, 'GetUser', { AccessToken: bystander.AccessToken }));
    assertOk(await refresh(bystander.RefreshToken));
  });

  it('AdminDeleteUser does the same', async () => {
    const username = await createUser(lc, 'admin-delete');
    const tokens = await passwordSignIn(lc, username, PASSWORD);
    assertOk(await call(lc, 'AdminDeleteUser', { UserPoolId: lc.userPoolId, Username: username }));
    assertError(await call(lc, 'GetUser', { AccessToken: tokens.AccessToken }), 'NotAuthorizedException', 'Access Token has been revoked');
    assertError(await refresh(tokens.RefreshToken), 'NotAuthorizedException');
    assertError(await signInWithPassword(lc, username), 'UserNotFoundException');
    assertError(await call(lc, 'AdminDeleteUser', { UserPoolId: lc.userPoolId, Username: username }), 'UserNotFoundException');
  });

  it('forgets the user\'s devices, passkeys and MFA: a new user of the same name starts afresh', async () => {
    await settings({ deviceConfiguration: { ChallengeRequiredOnNewDevice: true } });
    const username = uniqueName('delete-all');
    const authenticator = SoftwareAuthenticator.create();
    const spec = { username, password: PASSWORD, email: `${username}@example.com`, phone_number: '+15555550142' };
    assert.equal(
      (await control(lc, 'POST', '/users', { ...spec, mfa: { email: true }, webAuthnCredentials: [{ credentialId: authenticator.credentialId, publicKey: authenticator.publicKeyCoseBase64url }] }))
        .status,
      201,
    );
    const { session } = expectChallenge(await signInWithPassword(lc, username), 'EMAIL_OTP');
    const code = (await control(lc, 'GET', `/outbox?username=${username}`)).body.at(-1).code;
    const tokens = expectTokens(await call(lc, 'RespondToAuthChallenge', { ClientId: lc.clientId, ChallengeName: 'EMAIL_OTP', Session: session, ChallengeResponses: { USERNAME: username, EMAIL_OTP_CODE: code } }));
    const device = new TestDevice(tokens.NewDeviceMetadata.DeviceKey, tokens.NewDeviceMetadata.DeviceGroupKey);
    assertOk(await call(lc, 'ConfirmDevice', { AccessToken: tokens.AccessToken, DeviceKey: device.deviceKey, DeviceSecretVerifierConfig: await device.verifierConfig() }));
    assert.equal(assertOk(await call(lc, 'ListWebAuthnCredentials', { AccessToken: tokens.AccessToken })).Credentials.length, 1);

    assertOk(await call(lc, 'DeleteUser', { AccessToken: tokens.AccessToken }));
    assert.equal((await control(lc, 'POST', '/users', spec)).status, 201);
    // No MFA step any more, no device under the old key, no passkey.
    const again = expectTokens(await signInWithPassword(lc, username));
    assertError(
      await call(lc, 'InitiateAuth', { AuthFlow: 'USER_PASSWORD_AUTH', ClientId: lc.clientId, AuthParameters: { USERNAME: username, PASSWORD, DEVICE_KEY: device.deviceKey } }),
      'ResourceNotFoundException',
      'Device does not exist.',
    );
    assert.deepEqual(assertOk(await call(lc, 'ListDevices', { AccessToken: again.AccessToken })).Devices, []);
    assert.deepEqual(assertOk(await call(lc, 'ListWebAuthnCredentials', { AccessToken: again.AccessToken })).Credentials, []);
    const user = assertOk(await call(lc, 'GetUser', { AccessToken: again.AccessToken }));
    assert.equal(user.UserMFASettingList, undefined);
  });
});

describe('ChangePassword', () => {
  it('a wrong previous password is NotAuthorizedException, a weak new one InvalidPasswordException; success revokes nothing', async () => {
    const username = await createUser(lc, 'change');
    const current = await passwordSignIn(lc, username, PASSWORD);
    const elsewhere = await passwordSignIn(lc, username, PASSWORD);
    assertError(await changePassword(current.AccessToken, 'Wrong-pass-0000', NEW_PASSWORD), 'NotAuthorizedException', 'Incorrect username or password.');
    assertError(await changePassword(current.AccessToken, PASSWORD, 'short'), 'InvalidPasswordException');
    assertError(await changePassword(current.AccessToken, PASSWORD, 'alllowercase-1234!'), 'InvalidPasswordException');

    assert.deepEqual(assertOk(await changePassword(current.AccessToken, PASSWORD, NEW_PASSWORD)), {});
    // Every token of the user still works: this session's, another session's, and their refresh tokens.
    for (const tokens of [current, elsewhere]) {
      assertOk(await call(lc, 'GetUser', { AccessToken: tokens.AccessToken }));
      assertOk(await refresh(tokens.RefreshToken));
    }
    assertError(await signInWithPassword(lc, username, PASSWORD), 'NotAuthorizedException');
    expectTokens(await signInWithPassword(lc, username, NEW_PASSWORD));
  });

  it('repeated wrong previous passwords: LimitExceededException, even for the right one, until lockoutSeconds pass', async () => {
    await settings({ changePasswordAttempts: 2, lockoutSeconds: 1 });
    const username = await createUser(lc, 'change-limit');
    const { AccessToken } = await passwordSignIn(lc, username, PASSWORD);
    for (let i = 0; i < 2; i++) assertError(await changePassword(AccessToken, 'Wrong-pass-0000', NEW_PASSWORD), 'NotAuthorizedException');
    assertError(await changePassword(AccessToken, PASSWORD, NEW_PASSWORD), 'LimitExceededException', 'Attempt limit exceeded, please try after some time.');
    // The sign-in lockout is a different counter.
    expectTokens(await signInWithPassword(lc, username, PASSWORD));
    await sleep(1100);
    assertOk(await changePassword(AccessToken, PASSWORD, NEW_PASSWORD));
    // A right one reset the count: one wrong try is not over the limit.
    assertError(await changePassword(AccessToken, 'Wrong-pass-0000', PASSWORD), 'NotAuthorizedException');
    assertOk(await changePassword(AccessToken, NEW_PASSWORD, PASSWORD));
  });
});

describe('SetUserMFAPreference', () => {
  const mfaOf = async (accessToken: string) => {
    const user = assertOk(await call(lc, 'GetUser', { AccessToken: accessToken }));
    return { list: user.UserMFASettingList, preferred: user.PreferredMfaSetting };
  };
  const prefer = (AccessToken: string, settings: Record<string, { Enabled?: boolean; PreferredMfa?: boolean }>) =>
    call(lc, 'SetUserMFAPreference', { AccessToken, ...settings });

  it('enables SMS, TOTP and email, moves "preferred" between them, and GetUser and sign-in follow', async () => {
    const username = await createUser(lc, 'prefs', { phone_number: '+15555550143' });
    const { AccessToken } = await passwordSignIn(lc, username, PASSWORD);
    assert.deepEqual(await mfaOf(AccessToken), { list: undefined, preferred: undefined });

    assertOk(await prefer(AccessToken, { SMSMfaSettings: { Enabled: true } }));
    assert.deepEqual(await mfaOf(AccessToken), { list: ['SMS_MFA'], preferred: undefined });
    expectChallenge(await signInWithPassword(lc, username), 'SMS_MFA');

    assertOk(await prefer(AccessToken, { EmailMfaSettings: { Enabled: true, PreferredMfa: true } }));
    assert.deepEqual(await mfaOf(AccessToken), { list: ['SMS_MFA', 'EMAIL_OTP'], preferred: 'EMAIL_OTP' });
    expectChallenge(await signInWithPassword(lc, username), 'EMAIL_OTP');

    const { SecretCode } = assertOk(await call(lc, 'AssociateSoftwareToken', { AccessToken }));
    assertOk(await call(lc, 'VerifySoftwareToken', { AccessToken, UserCode: await currentTotp(lc, { secret: SecretCode }) }));
    assertOk(await prefer(AccessToken, { SoftwareTokenMfaSettings: { Enabled: true, PreferredMfa: true } }));
    assert.deepEqual(await mfaOf(AccessToken), { list: ['SMS_MFA', 'SOFTWARE_TOKEN_MFA', 'EMAIL_OTP'], preferred: 'SOFTWARE_TOKEN_MFA' });
    expectChallenge(await signInWithPassword(lc, username), 'SOFTWARE_TOKEN_MFA');

    assertOk(await prefer(AccessToken, { SMSMfaSettings: { Enabled: true, PreferredMfa: true } }));
    assert.equal((await mfaOf(AccessToken)).preferred, 'SMS_MFA');
    expectChallenge(await signInWithPassword(lc, username), 'SMS_MFA');

    // No preferred method: the user chooses among all three.
    assertOk(await prefer(AccessToken, { SMSMfaSettings: { Enabled: true, PreferredMfa: false } }));
    assert.deepEqual(await mfaOf(AccessToken), { list: ['SMS_MFA', 'SOFTWARE_TOKEN_MFA', 'EMAIL_OTP'], preferred: undefined });
    const choice = expectChallenge(await signInWithPassword(lc, username), 'SELECT_MFA_TYPE');
    assert.deepEqual(JSON.parse(choice.parameters.MFAS_CAN_CHOOSE), ['SMS_MFA', 'SOFTWARE_TOKEN_MFA', 'EMAIL_OTP']);

    assertError(await prefer(AccessToken, { EmailMfaSettings: { Enabled: false, PreferredMfa: true } }), 'InvalidParameterException');
    assertOk(await prefer(AccessToken, { EmailMfaSettings: { Enabled: false }, SMSMfaSettings: { Enabled: false } }));
    assert.deepEqual(await mfaOf(AccessToken), { list: ['SOFTWARE_TOKEN_MFA'], preferred: undefined });
    expectChallenge(await signInWithPassword(lc, username), 'SOFTWARE_TOKEN_MFA');
    assertOk(await prefer(AccessToken, { SoftwareTokenMfaSettings: { Enabled: false } }));
    assert.deepEqual(await mfaOf(AccessToken), { list: undefined, preferred: undefined });
    expectTokens(await signInWithPassword(lc, username));
  });
});
