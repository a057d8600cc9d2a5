/** Remembered devices: NewDeviceMetadata, ConfirmDevice and the device operations, and device SRP at sign-in. */
import assert from 'node:assert/strict';
import { after, afterEach, before, describe, it } from 'node:test';
import { AuthenticationDetails, CognitoUser, CognitoUserPool, type ICognitoStorage } from 'amazon-cognito-identity-js';
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
  respond,
  start,
  type CallResult,
  type LocalCognito,
} from './helpers.js';
import { TestSrpClient } from './srp-client.js';

const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

let lc: LocalCognito;
before(async () => {
  lc = await start();
});
after(() => lc?.stop());
afterEach(() => control(lc, 'DELETE', '/settings'));

async function tracking(deviceConfiguration: object | null) {
  const result = await control(lc, 'PUT', '/settings', { deviceConfiguration });
  assert.equal(result.status, 200, JSON.stringify(result.body));
}

const withKey = (deviceKey?: string): Record<string, string> => (deviceKey ? { DEVICE_KEY: deviceKey } : {});

/** USER_SRP_AUTH, with DEVICE_KEY in both requests when given: the reply after PASSWORD_VERIFIER. */
async function srpSignIn(username: string, deviceKey?: string): Promise<CallResult> {
  const client = new TestSrpClient();
  const first = expectChallenge(
    await call(lc, 'InitiateAuth', { AuthFlow: 'USER_SRP_AUTH', ClientId: lc.clientId, AuthParameters: { USERNAME: username, SRP_A: client.srpA, ...withKey(deviceKey) } }),
    'PASSWORD_VERIFIER',
  );
  const answer = await client.answer(lc.userPoolId, first.parameters, PASSWORD);
  return call(lc, 'RespondToAuthChallenge', {
    ClientId: lc.clientId,
    ChallengeName: 'PASSWORD_VERIFIER',
    Session: first.session,
    ChallengeResponses: { ...answer, ...withKey(deviceKey) },
  });
}

function passwordSignIn(username: string, deviceKey?: string): Promise<CallResult> {
  return call(lc, 'InitiateAuth', { AuthFlow: 'USER_PASSWORD_AUTH', ClientId: lc.clientId, AuthParameters: { USERNAME: username, PASSWORD, ...withKey(deviceKey) } });
}

async function answerTotp(result: CallResult, username: string, deviceKey?: string): Promise<CallResult> {
  const { session } = expectChallenge(result, 'SOFTWARE_TOKEN_MFA');
  return respond(lc, 'SOFTWARE_TOKEN_MFA', session, username, { SOFTWARE_TOKEN_MFA_CODE: await currentTotp(lc, { secret: SECRET }), ...withKey(deviceKey) });
}

/** DEVICE_SRP_AUTH, then DEVICE_PASSWORD_VERIFIER: the reply to the second answer. */
async function proveDevice(result: CallResult, username: string, device: TestDevice, secret?: string): Promise<CallResult> {
  const { parameters: srpAuth, session } = expectChallenge(result, 'DEVICE_SRP_AUTH');
  assert.equal(srpAuth.USERNAME, username);
  const verifier = expectChallenge(await respond(lc, 'DEVICE_SRP_AUTH', session, username, device.srpAuth(username)), 'DEVICE_PASSWORD_VERIFIER');
  assert.deepEqual(Object.keys(verifier.parameters).sort(), ['SALT', 'SECRET_BLOCK', 'SRP_B', 'USERNAME']);
  return respond(lc, 'DEVICE_PASSWORD_VERIFIER', verifier.session, username, await device.passwordVerifier(username, verifier.parameters, secret));
}

/** ConfirmDevice for the NewDeviceMetadata of `tokens`: the device (with its secret) and the answer. */
async function confirm(tokens: Record<string, any>, name = 'Test browser'): Promise<{ device: TestDevice; body: Record<string, any> }> {
  const { DeviceKey, DeviceGroupKey } = tokens.NewDeviceMetadata;
  const device = new TestDevice(DeviceKey, DeviceGroupKey);
  const body = assertOk(await call(lc, 'ConfirmDevice', { AccessToken: tokens.AccessToken, DeviceKey, DeviceSecretVerifierConfig: await device.verifierConfig(), DeviceName: name }));
  return { device, body };
}

function claims(token: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8'));
}

function attributesOf(device: { DeviceAttributes: { Name: string; Value: string }[] }): Record<string, string> {
  return Object.fromEntries(device.DeviceAttributes.map((a) => [a.Name, a.Value]));
}

async function getDevice(accessToken: string, deviceKey: string) {
  return call(lc, 'GetDevice', { AccessToken: accessToken, DeviceKey: deviceKey });
}

describe('device tracking off (the default)', () => {
  it('gives no NewDeviceMetadata, ignores DEVICE_KEY, and the device operations answer InvalidUserPoolConfigurationException', async () => {
    assert.equal((await control(lc, 'GET', '/settings')).body.deviceConfiguration, null);
    const username = await createUser(lc, 'untracked');
    const tokens = expectTokens(await passwordSignIn(username));
    assert.equal(tokens.NewDeviceMetadata, undefined);
    assert.equal(claims(tokens.AccessToken).device_key, undefined);
    expectTokens(await passwordSignIn(username, 'local_00000000-0000-4000-8000-000000000000'));
    const { AccessToken } = tokens;
    for (const [operation, body] of [
      ['ConfirmDevice', { DeviceKey: 'local_x', DeviceSecretVerifierConfig: { Salt: 'AA==', PasswordVerifier: 'AA==' } }],
      ['UpdateDeviceStatus', { DeviceKey: 'local_x', DeviceRememberedStatus: 'remembered' }],
      ['ListDevices', {}],
      ['GetDevice', { DeviceKey: 'local_x' }],
      ['ForgetDevice', { DeviceKey: 'local_x' }],
    ] as const) {
      assertError(await call(lc, operation, { AccessToken, ...body }), 'InvalidUserPoolConfigurationException');
    }
  });

  it('the setting takes an object of two booleans or null', async () => {
    for (const bad of [true, { ChallengeRequiredOnNewDevice: 'yes' }, { Other: true }, []]) {
      assert.equal((await control(lc, 'PUT', '/settings', { deviceConfiguration: bad })).status, 400, JSON.stringify(bad));
    }
    const set = await control(lc, 'PUT', '/settings', { deviceConfiguration: { ChallengeRequiredOnNewDevice: true } });
    assert.deepEqual(set.body.deviceConfiguration, { ChallengeRequiredOnNewDevice: true, DeviceOnlyRememberedOnUserPrompt: false });
  });
});

describe('remembered devices', () => {
  it('a sign-in without a device gets NewDeviceMetadata; ConfirmDevice stores it, remembered at once unless the pool says prompt', async () => {
    await tracking({ ChallengeRequiredOnNewDevice: true, DeviceOnlyRememberedOnUserPrompt: false });
    const username = await createUser(lc, 'new-device');
    const tokens = expectTokens(await passwordSignIn(username));
    const { DeviceKey, DeviceGroupKey } = tokens.NewDeviceMetadata;
    assert.match(DeviceKey, /^local_[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    assert.ok(DeviceKey.length <= 55);
    assert.equal(typeof DeviceGroupKey, 'string');
    assert.equal(claims(tokens.AccessToken).device_key, DeviceKey);
    // Not a device until confirmed.
    assertError(await getDevice(tokens.AccessToken, DeviceKey), 'ResourceNotFoundException', 'Device does not exist.');

    const before = Date.now() / 1000;
    const { device, body } = await confirm(tokens);
    assert.deepEqual(body, { UserConfirmationNecessary: false });
    const { Device } = assertOk(await getDevice(tokens.AccessToken, DeviceKey));
    assert.equal(Device.DeviceKey, DeviceKey);
    assert.deepEqual(attributesOf(Device), {
      device_status: 'valid',
      device_name: 'Test browser',
      'dev:device_remembered_status': 'remembered',
      last_ip_used: '127.0.0.1',
    });
    for (const date of [Device.DeviceCreateDate, Device.DeviceLastModifiedDate, Device.DeviceLastAuthenticatedDate]) {
      assert.ok(typeof date === 'number' && date > before - 60 && date < Date.now() / 1000 + 1, `epoch seconds: ${date}`);
    }
    assertError(
      await call(lc, 'ConfirmDevice', { AccessToken: tokens.AccessToken, DeviceKey, DeviceSecretVerifierConfig: await device.verifierConfig() }),
      'DeviceKeyExistsException',
    );

    // The next sign-in names it and proves it; no new device.
    const again = expectTokens(await proveDevice(await passwordSignIn(username, DeviceKey), username, device));
    assert.equal(again.NewDeviceMetadata, undefined);
    assert.equal(claims(again.AccessToken).device_key, DeviceKey);
    assertOk(await call(lc, 'GetUser', { AccessToken: again.AccessToken }));
  });

  it('ConfirmDevice takes only a key handed to this user, with a usable verifier', async () => {
    await tracking({});
    const tokens = expectTokens(await passwordSignIn(await createUser(lc, 'confirm-owner')));
    const other = expectTokens(await passwordSignIn(await createUser(lc, 'confirm-other')));
    const device = new TestDevice(tokens.NewDeviceMetadata.DeviceKey, tokens.NewDeviceMetadata.DeviceGroupKey);
    const config = await device.verifierConfig();
    assertError(
      await call(lc, 'ConfirmDevice', { AccessToken: other.AccessToken, DeviceKey: device.deviceKey, DeviceSecretVerifierConfig: config }),
      'ResourceNotFoundException',
      'Device does not exist.',
    );
    assertError(await call(lc, 'ConfirmDevice', { AccessToken: tokens.AccessToken, DeviceKey: device.deviceKey }), 'InvalidParameterException');
    assertError(
      await call(lc, 'ConfirmDevice', { AccessToken: tokens.AccessToken, DeviceKey: device.deviceKey, DeviceSecretVerifierConfig: { ...config, PasswordVerifier: 'not base64!' } }),
      'InvalidParameterException',
    );
    assertError(await call(lc, 'ConfirmDevice', { DeviceKey: device.deviceKey, DeviceSecretVerifierConfig: config }), 'NotAuthorizedException');
    assert.deepEqual(assertOk(await call(lc, 'ConfirmDevice', { AccessToken: tokens.AccessToken, DeviceKey: device.deviceKey, DeviceSecretVerifierConfig: config })), {
      UserConfirmationNecessary: false,
    });
  });

  it('confirm, remember, and the next sign-in skips MFA for device SRP', async () => {
    await tracking({ ChallengeRequiredOnNewDevice: true, DeviceOnlyRememberedOnUserPrompt: true });
    const username = await createUser(lc, 'remember', { mfa: { totpSecret: SECRET } });
    const tokens = expectTokens(await answerTotp(await srpSignIn(username), username));
    const { device, body } = await confirm(tokens);
    assert.deepEqual(body, { UserConfirmationNecessary: true });
    const listed = assertOk(await call(lc, 'ListDevices', { AccessToken: tokens.AccessToken }));
    assert.equal(listed.Devices.length, 1);
    assert.equal(attributesOf(listed.Devices[0])['dev:device_remembered_status'], 'not_remembered');

    assertError(
      await call(lc, 'UpdateDeviceStatus', { AccessToken: tokens.AccessToken, DeviceKey: device.deviceKey, DeviceRememberedStatus: 'forever' }),
      'InvalidParameterException',
    );
    assert.deepEqual(
      assertOk(await call(lc, 'UpdateDeviceStatus', { AccessToken: tokens.AccessToken, DeviceKey: device.deviceKey, DeviceRememberedStatus: 'remembered' })),
      {},
    );
    const remembered = assertOk(await getDevice(tokens.AccessToken, device.deviceKey)).Device;
    assert.equal(attributesOf(remembered)['dev:device_remembered_status'], 'remembered');

    // PASSWORD_VERIFIER leads straight to DEVICE_SRP_AUTH: no SOFTWARE_TOKEN_MFA.
    const signedIn = expectTokens(await proveDevice(await srpSignIn(username, device.deviceKey), username, device));
    assert.equal(signedIn.NewDeviceMetadata, undefined);
    const after = assertOk(await getDevice(signedIn.AccessToken, device.deviceKey)).Device;
    assert.ok(after.DeviceLastAuthenticatedDate >= remembered.DeviceLastAuthenticatedDate);
  });

  it('a device that is not remembered, or a pool where devices do not replace MFA: MFA first, then DEVICE_SRP_AUTH', async () => {
    await tracking({ ChallengeRequiredOnNewDevice: true, DeviceOnlyRememberedOnUserPrompt: true });
    const username = await createUser(lc, 'not-remembered', { mfa: { totpSecret: SECRET } });
    const tokens = expectTokens(await answerTotp(await srpSignIn(username), username));
    const { device } = await confirm(tokens);

    const mfaFirst = await answerTotp(await srpSignIn(username, device.deviceKey), username, device.deviceKey);
    const signedIn = expectTokens(await proveDevice(mfaFirst, username, device));
    assert.equal(signedIn.NewDeviceMetadata, undefined);

    // Remembered, but ChallengeRequiredOnNewDevice false: the device does not stand in for MFA.
    assertOk(await call(lc, 'UpdateDeviceStatus', { AccessToken: signedIn.AccessToken, DeviceKey: device.deviceKey, DeviceRememberedStatus: 'remembered' }));
    await tracking({ ChallengeRequiredOnNewDevice: false, DeviceOnlyRememberedOnUserPrompt: true });
    expectTokens(await proveDevice(await answerTotp(await passwordSignIn(username, device.deviceKey), username, device.deviceKey), username, device));
  });

  it('a wrong device secret is NotAuthorizedException, and that Session is spent', async () => {
    await tracking({ ChallengeRequiredOnNewDevice: true });
    const username = await createUser(lc, 'wrong-secret');
    const { device } = await confirm(expectTokens(await passwordSignIn(username)));

    const { session } = expectChallenge(await passwordSignIn(username, device.deviceKey), 'DEVICE_SRP_AUTH');
    const verifier = expectChallenge(await respond(lc, 'DEVICE_SRP_AUTH', session, username, device.srpAuth(username)), 'DEVICE_PASSWORD_VERIFIER');
    const wrong = await device.passwordVerifier(username, verifier.parameters, 'not-the-device-secret');
    assertError(await respond(lc, 'DEVICE_PASSWORD_VERIFIER', verifier.session, username, wrong), 'NotAuthorizedException', 'Incorrect username or password.');
    const right = await device.passwordVerifier(username, verifier.parameters);
    assertError(await respond(lc, 'DEVICE_PASSWORD_VERIFIER', verifier.session, username, right), 'NotAuthorizedException', /can only be used once/);

    // Another device's key in the verifier answer is not the device being proven.
    const retry = expectChallenge(await passwordSignIn(username, device.deviceKey), 'DEVICE_SRP_AUTH');
    const next = expectChallenge(await respond(lc, 'DEVICE_SRP_AUTH', retry.session, username, device.srpAuth(username)), 'DEVICE_PASSWORD_VERIFIER');
    const swapped = { ...(await device.passwordVerifier(username, next.parameters)), DEVICE_KEY: 'local_00000000-0000-4000-8000-000000000000' };
    assertError(await respond(lc, 'DEVICE_PASSWORD_VERIFIER', next.session, username, swapped), 'NotAuthorizedException');
  });

  it('ForgetDevice: the key then answers "Device does not exist." at sign-in, in GetDevice and in a refresh', async () => {
    await tracking({ ChallengeRequiredOnNewDevice: true });
    const username = await createUser(lc, 'forget');
    const tokens = expectTokens(await passwordSignIn(username));
    const { device } = await confirm(tokens);
    assert.deepEqual(assertOk(await call(lc, 'ForgetDevice', { AccessToken: tokens.AccessToken, DeviceKey: device.deviceKey })), {});

    assert.deepEqual(assertOk(await call(lc, 'ListDevices', { AccessToken: tokens.AccessToken })).Devices, []);
    assertError(await getDevice(tokens.AccessToken, device.deviceKey), 'ResourceNotFoundException', 'Device does not exist.');
    assertError(await call(lc, 'ForgetDevice', { AccessToken: tokens.AccessToken, DeviceKey: device.deviceKey }), 'ResourceNotFoundException');
    assertError(await passwordSignIn(username, device.deviceKey), 'ResourceNotFoundException', 'Device does not exist.');
    assertError(await srpSignIn(username, device.deviceKey), 'ResourceNotFoundException', 'Device does not exist.');
    assertError(
      await call(lc, 'GetTokensFromRefreshToken', { ClientId: lc.clientId, RefreshToken: tokens.RefreshToken, DeviceKey: device.deviceKey }),
      'ResourceNotFoundException',
      'Device does not exist.',
    );
    // What clients do next: sign in without the key, and get a new one.
    const fresh = expectTokens(await passwordSignIn(username));
    assert.notEqual(fresh.NewDeviceMetadata.DeviceKey, device.deviceKey);
  });

  it('refresh takes the device key; without one GetTokensFromRefreshToken hands out a new device', async () => {
    await tracking({ ChallengeRequiredOnNewDevice: true });
    const username = await createUser(lc, 'refresh-device');
    const tokens = expectTokens(await passwordSignIn(username));
    const { device } = await confirm(tokens);

    const refreshed = assertOk(await call(lc, 'GetTokensFromRefreshToken', { ClientId: lc.clientId, RefreshToken: tokens.RefreshToken, DeviceKey: device.deviceKey })).AuthenticationResult;
    assert.equal(refreshed.NewDeviceMetadata, undefined);
    assert.equal(claims(refreshed.AccessToken).device_key, device.deviceKey);
    assertOk(await call(lc, 'GetUser', { AccessToken: refreshed.AccessToken }));
    const viaFlow = assertOk(
      await call(lc, 'InitiateAuth', { AuthFlow: 'REFRESH_TOKEN_AUTH', ClientId: lc.clientId, AuthParameters: { REFRESH_TOKEN: tokens.RefreshToken, DEVICE_KEY: device.deviceKey } }),
    ).AuthenticationResult;
    assert.equal(claims(viaFlow.AccessToken).device_key, device.deviceKey);

    const withoutKey = assertOk(await call(lc, 'GetTokensFromRefreshToken', { ClientId: lc.clientId, RefreshToken: tokens.RefreshToken })).AuthenticationResult;
    assert.match(withoutKey.NewDeviceMetadata.DeviceKey, /^local_/);
    assert.notEqual(withoutKey.NewDeviceMetadata.DeviceKey, device.deviceKey);
  });

  it('ListDevices pages with Limit and PaginationToken, and shows only the caller\'s devices', async () => {
    await tracking({});
    const username = await createUser(lc, 'list');
    const first = await confirm(expectTokens(await passwordSignIn(username)), 'first');
    const secondTokens = expectTokens(await passwordSignIn(username));
    const second = await confirm(secondTokens, 'second');
    const AccessToken = secondTokens.AccessToken;

    const page1 = assertOk(await call(lc, 'ListDevices', { AccessToken, Limit: 1 }));
    assert.deepEqual(page1.Devices.map((d: any) => d.DeviceKey), [first.device.deviceKey]);
    assert.equal(typeof page1.PaginationToken, 'string');
    const page2 = assertOk(await call(lc, 'ListDevices', { AccessToken, Limit: 1, PaginationToken: page1.PaginationToken }));
    assert.deepEqual(page2.Devices.map((d: any) => d.DeviceKey), [second.device.deviceKey]);
    assert.equal(page2.PaginationToken, undefined);
    assert.deepEqual(assertOk(await call(lc, 'ListDevices', { AccessToken })).Devices.map((d: any) => attributesOf(d).device_name), ['first', 'second']);
    assertError(await call(lc, 'ListDevices', { AccessToken, Limit: 61 }), 'InvalidParameterException');
    assertError(await call(lc, 'ListDevices', { AccessToken, PaginationToken: 'nonsense' }), 'InvalidParameterException');

    const stranger = expectTokens(await passwordSignIn(await createUser(lc, 'list-other')));
    assert.deepEqual(assertOk(await call(lc, 'ListDevices', { AccessToken: stranger.AccessToken })).Devices, []);
    assertError(await getDevice(stranger.AccessToken, first.device.deviceKey), 'ResourceNotFoundException');
    assertError(await call(lc, 'ForgetDevice', { AccessToken: stranger.AccessToken, DeviceKey: first.device.deviceKey }), 'ResourceNotFoundException');
  });

  it('the device operations refuse a revoked, a forged and a missing access token', async () => {
    await tracking({});
    const tokens = expectTokens(await passwordSignIn(await createUser(lc, 'revoked-devices')));
    const [header, , signature] = tokens.AccessToken.split('.');
    const forged = `${header}.${Buffer.from(JSON.stringify({ ...claims(tokens.AccessToken), username: 'demo' })).toString('base64url')}.${signature}`;
    assertError(await call(lc, 'ListDevices', { AccessToken: forged }), 'NotAuthorizedException', 'Invalid Access Token');
    assertError(await call(lc, 'ListDevices', {}), 'NotAuthorizedException');
    assertOk(await call(lc, 'GlobalSignOut', { AccessToken: tokens.AccessToken }));
    assertError(await call(lc, 'ListDevices', { AccessToken: tokens.AccessToken }), 'NotAuthorizedException', 'Access Token has been revoked');
  });
});

describe('amazon-cognito-identity-js, which does all of this itself', () => {
  /** One browser's storage: where identity-js keeps the device key and secret between sign-ins. */
  class MemoryStorage implements ICognitoStorage {
    private readonly items = new Map<string, string>();
    setItem(key: string, value: string) {
      this.items.set(key, value);
    }
    getItem(key: string) {
      return this.items.get(key) ?? null;
    }
    removeItem(key: string) {
      this.items.delete(key);
    }
    clear() {
      this.items.clear();
    }
  }

  type Outcome = { callback: string; detail?: unknown };
  const settle =
    (resolve: (outcome: Outcome) => void) =>
    (callback: string) =>
    (detail?: unknown) =>
      resolve({ callback, detail: callback === 'onFailure' ? (detail as { code?: string }).code : detail });

  function authenticate(user: CognitoUser): Promise<Outcome> {
    return new Promise((resolve) => {
      const as = settle(resolve);
      user.authenticateUser(new AuthenticationDetails({ Username: user.getUsername(), Password: PASSWORD }), {
        onSuccess: (_session, userConfirmationNecessary) => resolve({ callback: 'onSuccess', detail: userConfirmationNecessary }),
        onFailure: as('onFailure'),
        totpRequired: as('totpRequired'),
        mfaRequired: as('mfaRequired'),
      });
    });
  }

  function sendTotp(user: CognitoUser, code: string): Promise<Outcome> {
    return new Promise((resolve) => {
      user.sendMFACode(
        code,
        { onSuccess: (_session, userConfirmationNecessary) => resolve({ callback: 'onSuccess', detail: userConfirmationNecessary }), onFailure: settle(resolve)('onFailure') },
        'SOFTWARE_TOKEN_MFA',
      );
    });
  }

  function deviceCall(run: (callbacks: { onSuccess: (data: any) => void; onFailure: (error: any) => void }) => void): Promise<Outcome> {
    return new Promise((resolve) => run({ onSuccess: settle(resolve)('onSuccess'), onFailure: settle(resolve)('onFailure') }));
  }

  it('confirms the new device after MFA, remembers it, then signs in by device SRP without MFA; forgetting brings MFA back', async () => {
    await tracking({ ChallengeRequiredOnNewDevice: true, DeviceOnlyRememberedOnUserPrompt: true });
    const username = await createUser(lc, 'ijs-device', { mfa: { totpSecret: SECRET } });
    const Storage = new MemoryStorage();
    const pool = new CognitoUserPool({ UserPoolId: lc.userPoolId, ClientId: lc.clientId, endpoint: lc.endpoint, Storage });
    const browser = () => new CognitoUser({ Username: username, Pool: pool, Storage });

    const first = browser();
    assert.equal((await authenticate(first)).callback, 'totpRequired');
    // identity-js answers NewDeviceMetadata with ConfirmDevice on its own; true = ask the user.
    assert.deepEqual(await sendTotp(first, await currentTotp(lc, { secret: SECRET })), { callback: 'onSuccess', detail: true });
    assert.equal((await deviceCall((callbacks) => first.setDeviceStatusRemembered(callbacks))).callback, 'onSuccess');
    const listed = await deviceCall((callbacks) => first.listDevices(60, null, callbacks));
    assert.equal(listed.callback, 'onSuccess');
    const [device] = (listed.detail as { Devices: { DeviceAttributes: { Name: string; Value: string }[] }[] }).Devices;
    assert.equal(attributesOf(device)['dev:device_remembered_status'], 'remembered');

    // The same browser again: DEVICE_KEY, PASSWORD_VERIFIER, DEVICE_SRP_AUTH, DEVICE_PASSWORD_VERIFIER, no TOTP.
    const second = browser();
    assert.deepEqual(await authenticate(second), { callback: 'onSuccess', detail: undefined });

    assert.equal((await deviceCall((callbacks) => second.forgetDevice(callbacks))).callback, 'onSuccess');
    const third = browser();
    assert.equal((await authenticate(third)).callback, 'totpRequired');
  });

  it('a device forgotten elsewhere: identity-js drops its key on "Device does not exist." and signs in as a new device', async () => {
    await tracking({ ChallengeRequiredOnNewDevice: true });
    const username = await createUser(lc, 'ijs-forgotten');
    const Storage = new MemoryStorage();
    const pool = new CognitoUserPool({ UserPoolId: lc.userPoolId, ClientId: lc.clientId, endpoint: lc.endpoint, Storage });
    const first = new CognitoUser({ Username: username, Pool: pool, Storage });
    assert.deepEqual(await authenticate(first), { callback: 'onSuccess', detail: undefined });
    const deviceKey = first.getSignInUserSession()!.getAccessToken().decodePayload().device_key as string;
    const other = expectTokens(await passwordSignIn(username));
    assertOk(await call(lc, 'ForgetDevice', { AccessToken: other.AccessToken, DeviceKey: deviceKey }));
    // It answers PASSWORD_VERIFIER again with the same proof and DEVICE_KEY null: the Session must still be good.
    const again = new CognitoUser({ Username: username, Pool: pool, Storage });
    assert.deepEqual(await authenticate(again), { callback: 'onSuccess', detail: undefined });
    const newKey = again.getSignInUserSession()!.getAccessToken().decodePayload().device_key;
    assert.match(String(newKey), /^local_/);
    assert.notEqual(newKey, deviceKey);
  });
});
