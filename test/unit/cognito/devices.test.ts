import { expect } from '@open-wc/testing';
import * as identity from 'amazon-cognito-identity-js';
import { CognitoApiBackend } from '../../../src/cognito/api/backend.js';
import { deviceName } from '../../../src/cognito/api/devices.js';
import { MemorySecretStore, type SecretStore } from '../../../src/cognito/device-store.js';
import { MemorySessionStore } from '../../../src/cognito/session-store.js';
import { createDeviceVerifier } from '../../../src/cognito/srp.js';
import {
  N,
  base64ToBytes,
  bigIntToHex,
  bytesToBase64,
  bytesToHex,
  computeK,
  computeU,
  computeX,
  deriveKey,
  g,
  hexToBigInt,
  hexToBytes,
  mod,
  modPow,
  passwordClaimSignature,
} from '../../../src/cognito/srp-math.js';
import type { CognitoTransport } from '../../../src/cognito/transport.js';
import { rejection } from '../../support/rejection.js';
import { fail, jwt, scripted } from '../../support/scripted-transport.js';

// amazon-cognito-identity-js exports its helper at run time but does not declare it.
/* eslint-disable @typescript-eslint/no-explicit-any */
const { AuthenticationHelper } = identity as any;

const POOL_ID = 'eu-west-1_TestPool1';
const CLIENT_ID = 'client-1';
const NOW = Date.UTC(2026, 2, 3, 9, 7, 5);
const EXP = NOW / 1000 + 3600;
const DEVICE_KEY = 'eu-west-1_0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0';
const GROUP_KEY = '-Gr0upKey';

function tokens(username: string, extra: Record<string, unknown> = {}) {
  return {
    AuthenticationResult: {
      AccessToken: jwt({ username, exp: EXP, token_use: 'access' }),
      IdToken: jwt({ 'cognito:username': username, email: `${username}@example.com`, exp: EXP }),
      RefreshToken: 'refresh-secret-1',
      ExpiresIn: 3600,
      ...extra,
    },
  };
}

const NEW_DEVICE = { NewDeviceMetadata: { DeviceKey: DEVICE_KEY, DeviceGroupKey: GROUP_KEY } };
const smsChallenge = () => ({ ChallengeName: 'SMS_MFA', Session: 'session-mfa', ChallengeParameters: { CODE_DELIVERY_DESTINATION: '+*******1234', USERNAME: 'ana' } });

/**
 * Cognito's side of a remembered device, written from docs/cognito.md §13: it registers the
 * verifier of ConfirmDevice and runs the server side of SRP with it (DeviceGroupKey as pool name,
 * DeviceKey as user id).
 */
function deviceServer() {
  let saltHex = '';
  let v = 0n;
  let A = 0n;
  const b = hexToBigInt('5eed'.repeat(64));
  let B = 0n;
  const secretBlock = btoa('device-secret-block');
  return {
    confirm(input: any) {
      saltHex = bytesToHex(base64ToBytes(input.DeviceSecretVerifierConfig.Salt));
      v = hexToBigInt(bytesToHex(base64ToBytes(input.DeviceSecretVerifierConfig.PasswordVerifier)));
      return { UserConfirmationNecessary: true };
    },
    async srpAuth(input: any) {
      A = hexToBigInt(input.ChallengeResponses.SRP_A);
      B = mod((await computeK()) * v + modPow(g, b, N), N);
      return {
        ChallengeName: 'DEVICE_PASSWORD_VERIFIER',
        Session: 'session-device-2',
        ChallengeParameters: { SALT: saltHex, SRP_B: bigIntToHex(B), SECRET_BLOCK: secretBlock, USERNAME: 'ana' },
      };
    },
    async verify(input: any): Promise<boolean> {
      const r = input.ChallengeResponses;
      const u = await computeU(A, B);
      const key = await deriveKey(modPow(mod(A * modPow(v, u, N), N), b, N), u);
      const expected = await passwordClaimSignature(key, GROUP_KEY, DEVICE_KEY, secretBlock, r.TIMESTAMP);
      return input.Session === 'session-device-2' && r.USERNAME === 'ana' && r.DEVICE_KEY === DEVICE_KEY && r.PASSWORD_CLAIM_SIGNATURE === expected;
    },
  };
}

/** A SecretStore that records what it was given, to check what reaches storage. */
class SpyStore extends MemorySecretStore {
  readonly written: [string, string][] = [];
  override async set(key: string, value: string): Promise<void> {
    this.written.push([key, value]);
    return super.set(key, value);
  }
}

function backend(transport: CognitoTransport, extra: Partial<ConstructorParameters<typeof CognitoApiBackend>[0]> = {}) {
  return new CognitoApiBackend({ userPoolId: POOL_ID, clientId: CLIENT_ID, transport, now: () => NOW, ...extra });
}

const signIn = (b: CognitoApiBackend, rememberDevice?: 'ask' | 'always') =>
  b.signIn({ username: 'ana', password: 'pw', authFlowType: 'USER_PASSWORD_AUTH', ...(rememberDevice && { rememberDevice }) });

async function answerSms(b: CognitoApiBackend, result: Awaited<ReturnType<CognitoApiBackend['signIn']>>, rememberDevice?: boolean) {
  if (result.kind !== 'challenge') throw new Error(`expected a challenge, got ${result.kind}`);
  return b.answerChallenge(result.handle, { code: '123456', ...(rememberDevice !== undefined && { rememberDevice }) });
}

describe('remembered devices: the verifier', () => {
  it('matches amazon-cognito-identity-js generateHashDevice for the same secret and salt', async () => {
    for (let i = 0; i < 6; i++) {
      const helper = new AuthenticationHelper('TestPool1');
      await new Promise<void>((resolve, reject) => helper.generateHashDevice(GROUP_KEY, DEVICE_KEY, (error: unknown) => (error ? reject(error) : resolve())));
      const ours = await createDeviceVerifier(GROUP_KEY, DEVICE_KEY, { secret: helper.getRandomPassword(), saltHex: helper.getSaltDevices() });
      expect(ours.secret).to.equal(helper.getRandomPassword());
      expect(ours.salt, `salt ${i}`).to.equal(bytesToBase64(hexToBytes(helper.getSaltDevices())));
      expect(ours.verifier, `verifier ${i}`).to.equal(bytesToBase64(hexToBytes(helper.getVerifierDevices())));
    }
  });

  it('is v = g^x mod N with x from the salt and H(groupKey ‖ deviceKey ‖ ":" ‖ secret), over a fresh 40-byte secret', async () => {
    const made = await createDeviceVerifier(GROUP_KEY, DEVICE_KEY);
    expect(base64ToBytes(made.secret)).to.have.length(40);
    const saltHex = bytesToHex(base64ToBytes(made.salt));
    const x = await computeX(GROUP_KEY, DEVICE_KEY, made.secret, saltHex);
    expect(hexToBigInt(bytesToHex(base64ToBytes(made.verifier)))).to.equal(modPow(g, x, N));
    const other = await createDeviceVerifier(GROUP_KEY, DEVICE_KEY);
    expect(other.secret).not.to.equal(made.secret);
    expect(other.salt).not.to.equal(made.salt);
  });
});

describe('remembered devices: the API backend (scripted transport)', () => {
  it('ask + ticked: confirms the new device, remembers it, then proves it by DEVICE_SRP_AUTH instead of MFA', async () => {
    const server = deviceServer();
    const { transport, calls, ops } = scripted({
      InitiateAuth: [smsChallenge, () => ({ ChallengeName: 'DEVICE_SRP_AUTH', Session: 'session-device-1', ChallengeParameters: { USERNAME: 'ana' } })],
      RespondToAuthChallenge: [
        () => tokens('ana', NEW_DEVICE),
        (input) => server.srpAuth(input),
        async (input) => ((await server.verify(input)) ? tokens('ana') : fail('NotAuthorizedException')()),
      ],
      ConfirmDevice: [(input) => server.confirm(input)],
      UpdateDeviceStatus: [() => ({})],
      GetTokensFromRefreshToken: [() => tokens('ana')],
    });
    const secrets = new SpyStore();
    const sessions = new MemorySessionStore();
    const b = backend(transport, { deviceSecrets: secrets, storage: sessions });

    const first = await answerSms(b, await signIn(b, 'ask'), true);
    expect(first).to.include({ kind: 'done', deviceRemembered: true });
    expect(ops()).to.deep.equal(['InitiateAuth', 'RespondToAuthChallenge', 'ConfirmDevice', 'UpdateDeviceStatus']);
    expect(calls[0].input.AuthParameters).not.to.have.property('DEVICE_KEY');
    const confirm = calls[2].input;
    expect(confirm).to.include({ DeviceKey: DEVICE_KEY });
    expect(confirm.AccessToken).to.be.a('string');
    expect(confirm.DeviceName).to.be.a('string').and.not.equal('');
    expect(confirm.DeviceName.length).to.be.at.most(64);
    expect(calls[3].input).to.deep.include({ DeviceKey: DEVICE_KEY, DeviceRememberedStatus: 'remembered' });
    expect(JSON.stringify(first), 'no key or secret in the result').not.to.contain(DEVICE_KEY);

    // What reached the secret store: under a hash (no username, no pool), the key, group key and secret.
    expect(secrets.written).to.have.length(1);
    const [key, value] = secrets.written[0];
    expect(key).to.match(/^device\.[0-9a-f]{64}$/);
    expect(key).not.to.contain('ana');
    expect(JSON.parse(value)).to.have.keys('deviceKey', 'groupKey', 'secret');
    expect(sessions.load()?.deviceKey).to.equal(DEVICE_KEY);

    await b.signOut().catch(() => undefined);
    calls.length = 0;
    const second = await signIn(b, 'ask');
    expect(second.kind, 'the device replaced MFA').to.equal('done');
    expect(second).not.to.have.property('deviceRemembered');
    expect(ops()).to.deep.equal(['InitiateAuth', 'RespondToAuthChallenge', 'RespondToAuthChallenge']);
    expect(calls[0].input.AuthParameters).to.deep.equal({ USERNAME: 'ana', PASSWORD: 'pw', DEVICE_KEY });
    expect(calls[1].input).to.deep.include({ ChallengeName: 'DEVICE_SRP_AUTH', Session: 'session-device-1' });
    expect(Object.keys(calls[1].input.ChallengeResponses).sort()).to.deep.equal(['DEVICE_KEY', 'SRP_A', 'USERNAME']);
    expect(calls[2].input.ChallengeName).to.equal('DEVICE_PASSWORD_VERIFIER');
    expect(JSON.stringify(calls), 'the device secret never goes on the wire').not.to.contain(JSON.parse(value).secret);

    await b.refreshSession();
    expect(calls.at(-1)).to.deep.equal({
      operation: 'GetTokensFromRefreshToken',
      input: { ClientId: CLIENT_ID, RefreshToken: 'refresh-secret-1', DeviceKey: DEVICE_KEY },
    });
  });

  it('without rememberDevice (never): no DEVICE_KEY, NewDeviceMetadata ignored, no device call', async () => {
    const { transport, ops, calls } = scripted({ InitiateAuth: [() => tokens('ana', NEW_DEVICE), () => tokens('ana', NEW_DEVICE)] });
    const b = backend(transport);
    expect(await signIn(b)).to.include({ kind: 'done' }).and.not.have.property('deviceRemembered');
    expect(await signIn(b)).to.include({ kind: 'done' });
    expect(ops()).to.deep.equal(['InitiateAuth', 'InitiateAuth']);
    expect(calls[1].input.AuthParameters).not.to.have.property('DEVICE_KEY');
  });

  it('ask, not ticked: the device is confirmed but not remembered; ticking at a later MFA remembers it', async () => {
    const server = deviceServer();
    const { transport, ops, calls } = scripted({
      InitiateAuth: [smsChallenge, smsChallenge],
      RespondToAuthChallenge: [
        () => tokens('ana', NEW_DEVICE),
        // The device is known but not remembered: MFA, then the device proves itself.
        () => ({ ChallengeName: 'DEVICE_SRP_AUTH', Session: 'session-device-1', ChallengeParameters: { USERNAME: 'ana' } }),
        (input) => server.srpAuth(input),
        async (input) => ((await server.verify(input)) ? tokens('ana') : fail('NotAuthorizedException')()),
      ],
      ConfirmDevice: [(input) => server.confirm(input)],
      UpdateDeviceStatus: [() => ({})],
    });
    const b = backend(transport);
    const first = await answerSms(b, await signIn(b, 'ask'), false);
    expect(first).not.to.have.property('deviceRemembered');
    expect(ops()).to.deep.equal(['InitiateAuth', 'RespondToAuthChallenge', 'ConfirmDevice']);

    calls.length = 0;
    const second = await answerSms(b, await signIn(b, 'ask'), true);
    expect(second).to.include({ kind: 'done', deviceRemembered: true });
    expect(ops()).to.deep.equal(['InitiateAuth', 'RespondToAuthChallenge', 'RespondToAuthChallenge', 'RespondToAuthChallenge', 'UpdateDeviceStatus']);
    expect(calls[0].input.AuthParameters.DEVICE_KEY).to.equal(DEVICE_KEY);
    expect(calls[1].input.ChallengeResponses, 'DEVICE_KEY on every answer').to.deep.equal({ SMS_MFA_CODE: '123456', USERNAME: 'ana', DEVICE_KEY });
  });

  it('always: a device the pool remembers by itself (UserConfirmationNecessary false) needs no UpdateDeviceStatus', async () => {
    const { transport, ops } = scripted({
      InitiateAuth: [() => tokens('ana', NEW_DEVICE)],
      ConfirmDevice: [() => ({ UserConfirmationNecessary: false })],
    });
    const b = backend(transport);
    expect(await signIn(b, 'always')).to.include({ kind: 'done', deviceRemembered: true });
    expect(ops()).to.deep.equal(['InitiateAuth', 'ConfirmDevice']);
  });

  it('always, with the pool waiting for the prompt: remembered silently (UpdateDeviceStatus), no checkbox needed', async () => {
    const { transport, ops } = scripted({
      InitiateAuth: [() => tokens('ana', NEW_DEVICE)],
      ConfirmDevice: [() => ({ UserConfirmationNecessary: true })],
      UpdateDeviceStatus: [() => ({})],
    });
    expect(await signIn(backend(transport), 'always')).to.include({ kind: 'done', deviceRemembered: true });
    expect(ops()).to.deep.equal(['InitiateAuth', 'ConfirmDevice', 'UpdateDeviceStatus']);
  });

  it('a failed ConfirmDevice does not fail the sign-in (and keeps no secret)', async () => {
    const secrets = new SpyStore();
    const { transport } = scripted({ InitiateAuth: [() => tokens('ana', NEW_DEVICE)], ConfirmDevice: [fail('InternalErrorException')] });
    const result = await signIn(backend(transport, { deviceSecrets: secrets }), 'always');
    expect(result).to.include({ kind: 'done' }).and.not.have.property('deviceRemembered');
    expect(secrets.written).to.deep.equal([]);
  });

  it('"Device does not exist.": the device is forgotten and the sign-in starts again without it (MFA follows)', async () => {
    const { transport, ops, calls } = scripted({
      InitiateAuth: [() => tokens('ana', NEW_DEVICE), fail('ResourceNotFoundException', 'Device does not exist.'), smsChallenge, smsChallenge],
      ConfirmDevice: [() => ({ UserConfirmationNecessary: false })],
    });
    const b = backend(transport);
    await signIn(b, 'ask');
    calls.length = 0;
    const again = await signIn(b, 'ask');
    expect(again.kind).to.equal('challenge');
    expect(ops()).to.deep.equal(['InitiateAuth', 'InitiateAuth']);
    expect(calls[0].input.AuthParameters.DEVICE_KEY).to.equal(DEVICE_KEY);
    expect(calls[1].input.AuthParameters).not.to.have.property('DEVICE_KEY');
    calls.length = 0;
    await signIn(b, 'ask');
    expect(calls[0].input.AuthParameters, 'forgotten for good').not.to.have.property('DEVICE_KEY');
  });

  it('another ResourceNotFoundException is not taken for a forgotten device', async () => {
    const { transport, ops } = scripted({
      InitiateAuth: [() => tokens('ana', NEW_DEVICE), fail('ResourceNotFoundException', 'User pool client does not exist.')],
      ConfirmDevice: [() => ({ UserConfirmationNecessary: false })],
    });
    const b = backend(transport);
    await signIn(b, 'ask');
    expect((await rejection(signIn(b, 'ask'))).name).to.equal('ResourceNotFoundException');
    expect(ops()).to.deep.equal(['InitiateAuth', 'ConfirmDevice', 'InitiateAuth']);
  });

  it('a device whose proof Cognito refuses is forgotten, so the next sign-in goes without it', async () => {
    const { transport, calls } = scripted({
      InitiateAuth: [
        () => tokens('ana', NEW_DEVICE),
        () => ({ ChallengeName: 'DEVICE_SRP_AUTH', Session: 's1', ChallengeParameters: { USERNAME: 'ana' } }),
        smsChallenge,
      ],
      RespondToAuthChallenge: [
        () => ({ ChallengeName: 'DEVICE_PASSWORD_VERIFIER', Session: 's2', ChallengeParameters: { SALT: 'ab12', SRP_B: 'cd34', SECRET_BLOCK: btoa('x'), USERNAME: 'ana' } }),
        fail('NotAuthorizedException', 'Incorrect username or password.'),
      ],
      ConfirmDevice: [() => ({ UserConfirmationNecessary: false })],
    });
    const b = backend(transport);
    await signIn(b, 'ask');
    expect((await rejection(signIn(b, 'ask'))).name).to.equal('NotAuthorizedException');
    calls.length = 0;
    await signIn(b, 'ask');
    expect(calls[0].input.AuthParameters).not.to.have.property('DEVICE_KEY');
  });

  it('lists devices (every page, this one marked current) and forgets one; forgetting this one forgets it here too', async () => {
    const device = (key: string, status: string, name: string) => ({
      DeviceKey: key,
      DeviceAttributes: [
        { Name: 'device_name', Value: name },
        { Name: 'dev:device_remembered_status', Value: status },
      ],
      DeviceCreateDate: 1_760_000_000.5,
      DeviceLastAuthenticatedDate: 1_770_000_000,
    });
    const { transport, calls, ops } = scripted({
      InitiateAuth: [() => tokens('ana', NEW_DEVICE), smsChallenge],
      ConfirmDevice: [() => ({ UserConfirmationNecessary: false })],
      ListDevices: [
        () => ({ Devices: [device(DEVICE_KEY, 'remembered', 'Chrome 140 · Linux')], PaginationToken: 'page-2' }),
        () => ({ Devices: [device('eu-west-1_other', 'not_remembered', 'Firefox 128 · Windows'), { DeviceAttributes: [] }] }),
      ],
      ForgetDevice: [() => ({}), () => ({})],
      GetTokensFromRefreshToken: [() => tokens('ana')],
    });
    const sessions = new MemorySessionStore();
    const b = backend(transport, { storage: sessions });
    await signIn(b, 'ask');
    const devices = await b.listDevices();
    expect(devices).to.deep.equal([
      { key: DEVICE_KEY, name: 'Chrome 140 · Linux', remembered: true, current: true, createdAt: 1_760_000_000_500, lastUsedAt: 1_770_000_000_000 },
      { key: 'eu-west-1_other', name: 'Firefox 128 · Windows', remembered: false, current: false, createdAt: 1_760_000_000_500, lastUsedAt: 1_770_000_000_000 },
    ]);
    expect(calls.filter((c) => c.operation === 'ListDevices').map((c) => c.input.PaginationToken)).to.deep.equal([undefined, 'page-2']);
    expect(calls.find((c) => c.operation === 'ListDevices')!.input.Limit).to.equal(60);

    await b.forgetDevice('eu-west-1_other');
    expect(sessions.load()?.deviceKey, 'another device: this one stays').to.equal(DEVICE_KEY);
    await b.forgetDevice(DEVICE_KEY);
    expect(calls.filter((c) => c.operation === 'ForgetDevice').map((c) => c.input.DeviceKey)).to.deep.equal(['eu-west-1_other', DEVICE_KEY]);
    expect(sessions.load()?.deviceKey).to.equal(undefined);
    expect(sessions.load()?.refreshToken, 'still signed in').to.equal('refresh-secret-1');

    await b.refreshSession();
    expect(calls.at(-1)!.input).not.to.have.property('DeviceKey');
    calls.length = 0;
    await signIn(b, 'ask');
    expect(ops()).to.deep.equal(['InitiateAuth']);
    expect(calls[0].input.AuthParameters).not.to.have.property('DEVICE_KEY');
  });

  it('listing or forgetting needs a signed-in person', async () => {
    const { transport, ops } = scripted({});
    const b = backend(transport);
    expect((await rejection(b.listDevices())).name).to.equal('NotAuthorizedException');
    expect((await rejection(b.forgetDevice(DEVICE_KEY))).name).to.equal('NotAuthorizedException');
    expect(ops()).to.deep.equal([]);
  });

  it('a refresh whose device was forgotten elsewhere goes again without DeviceKey', async () => {
    const sessions = new MemorySessionStore();
    const { transport, calls } = scripted({
      InitiateAuth: [() => tokens('ana', NEW_DEVICE)],
      ConfirmDevice: [() => ({ UserConfirmationNecessary: false })],
      GetTokensFromRefreshToken: [fail('ResourceNotFoundException', 'Device does not exist.'), () => tokens('ana')],
    });
    const b = backend(transport, { storage: sessions });
    await signIn(b, 'always');
    await b.refreshSession();
    const refreshes = calls.filter((c) => c.operation === 'GetTokensFromRefreshToken').map((c) => c.input.DeviceKey);
    expect(refreshes).to.deep.equal([DEVICE_KEY, undefined]);
    expect(sessions.load()?.deviceKey).to.equal(undefined);
  });

  it('takes its secret store from a function, on first use; one that fails leaves devices in memory', async () => {
    let made = 0;
    const store: SecretStore = new SpyStore();
    const { transport } = scripted({ InitiateAuth: [() => tokens('ana', NEW_DEVICE), smsChallenge], ConfirmDevice: [() => ({ UserConfirmationNecessary: false })] });
    const b = backend(transport, {
      deviceSecrets: async () => {
        made++;
        return store;
      },
    });
    expect(made, 'nothing made before a device is needed').to.equal(0);
    await signIn(b, 'ask');
    expect(made).to.equal(1);
    expect((store as SpyStore).written).to.have.length(1);

    const broken = scripted({ InitiateAuth: [() => tokens('ana', NEW_DEVICE), smsChallenge], ConfirmDevice: [() => ({ UserConfirmationNecessary: false })] });
    const b2 = backend(broken.transport, { deviceSecrets: () => Promise.reject(new Error('IndexedDB refused')) });
    expect(await signIn(b2, 'ask')).to.include({ deviceRemembered: true });
    await signIn(b2, 'ask');
    expect(broken.calls.at(-1)!.input.AuthParameters.DEVICE_KEY, 'kept in memory instead').to.equal(DEVICE_KEY);
  });

  it('keys entries by pool and username (case-insensitively), so another pool or person gets no device', async () => {
    const store = new SpyStore();
    const one = scripted({ InitiateAuth: [() => tokens('ana', NEW_DEVICE), smsChallenge], ConfirmDevice: [() => ({ UserConfirmationNecessary: false })] });
    const b = backend(one.transport, { deviceSecrets: store });
    await signIn(b, 'ask');
    await b.signIn({ username: 'ANA', password: 'pw', authFlowType: 'USER_PASSWORD_AUTH', rememberDevice: 'ask' });
    expect(one.calls.at(-1)!.input.AuthParameters.DEVICE_KEY).to.equal(DEVICE_KEY);

    const other = scripted({ InitiateAuth: [smsChallenge, smsChallenge] });
    const elsewhere = new CognitoApiBackend({ userPoolId: 'eu-west-1_OtherPool', clientId: CLIENT_ID, transport: other.transport, deviceSecrets: store });
    await elsewhere.signIn({ username: 'ana', password: 'pw', authFlowType: 'USER_PASSWORD_AUTH', rememberDevice: 'ask' });
    const sameStore = backend(other.transport, { deviceSecrets: store });
    await sameStore.signIn({ username: 'bob', password: 'pw', authFlowType: 'USER_PASSWORD_AUTH', rememberDevice: 'ask' });
    for (const call of other.calls) expect(call.input.AuthParameters).not.to.have.property('DEVICE_KEY');
  });
});

describe('remembered devices: the device name', () => {
  it('is short: browser and system from client hints, else from the user agent string', () => {
    const brands = [
      { brand: 'Not)A;Brand', version: '8' },
      { brand: 'Chromium', version: '140' },
      { brand: 'Google Chrome', version: '140' },
    ];
    expect(deviceName({ userAgent: '', userAgentData: { brands, platform: 'macOS' } })).to.equal('Google Chrome 140 · macOS');
    expect(deviceName({ userAgent: '', userAgentData: { brands: brands.slice(0, 2), platform: 'Linux' } })).to.equal('Chromium 140 · Linux');
    const ua = {
      firefox: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0',
      safari: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
      edge: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.0.0',
      android: 'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36',
    };
    expect(deviceName({ userAgent: ua.firefox })).to.equal('Firefox 128 · Windows');
    expect(deviceName({ userAgent: ua.safari })).to.equal('Safari 17 · iPhone');
    expect(deviceName({ userAgent: ua.edge })).to.equal('Edge 120 · Windows');
    expect(deviceName({ userAgent: ua.android })).to.equal('Chrome 126 · Android');
    expect(deviceName({ userAgent: 'x'.repeat(200) })).to.have.length(64);
  });
});
