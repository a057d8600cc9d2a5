/**
 * Remembered devices over Cognito's JSON API (docs/cognito.md §13), loaded the first time a page
 * uses them. A sign-in that remembers devices sends its calls through `track`'s wrapper, which
 * adds the device's key, proves the device (`DEVICE_SRP_AUTH`, `DEVICE_PASSWORD_VERIFIER`) and
 * confirms a new one (`ConfirmDevice`, then `UpdateDeviceStatus` when the person asked), so
 * api/sign-in.ts knows only that a wrapper exists. Listing and forgetting are here too. The device
 * secret goes only into the device store and the SRP arithmetic; never into an error, an event or
 * a log.
 */
import type { CallOptions, DeviceInfo, RememberDevice } from '../../core/backend.js';
import { AuthError } from '../../core/errors.js';
import { DeviceStore, MemorySecretStore, type SecretStoreSource, type StoredDevice } from '../device-store.js';
import type { SessionStore } from '../session-store.js';
import { decodeJwtPayload, isUnknownDevice, str, stringRecord, throwIfAborted, type AuthenticationResult, type Json } from '../wire.js';
import { signedIn, type AccessToken } from './access-token.js';
import type { ApiCall } from './session.js';

/** SRP's arithmetic (the same chunk sign-in loads). */
const loadSrp = () => import('../srp.js');

/** What a sign-in in progress shares with the device flows (api/sign-in.ts's attempt). */
export interface DeviceAttempt {
  /** The username as typed: the device store's key (set as the sign-in starts). */
  login?: string;
  /** The canonical username, as Cognito answers it. */
  username: string;
  session?: string;
  /** The remembered device this sign-in proves (sent as `DEVICE_KEY`). */
  device?: StoredDevice;
  rememberDevice?: RememberDevice;
  /** After an MFA code (so the device sent, if any, did not spare it): "Remember this device" ticked. */
  remember?: boolean;
  /** The sign-in made this device a remembered one. */
  remembered?: boolean;
}

/** The tokens of a sign-in, with the new device Cognito may have issued. */
export type DeviceResult = AuthenticationResult & { NewDeviceMetadata?: { DeviceKey?: string; DeviceGroupKey?: string } };

/** Amplify fetches 60 at a time, Cognito's maximum. */
const PAGE = 60;

/** What the API backend gives the device flows: its call, clock, session store and access token. */
export interface ApiDevicesOptions {
  call: ApiCall;
  userPoolId: string;
  deviceSecrets?: SecretStoreSource;
  now: () => number;
  /** The session's tokens: the device key it signed in with. */
  store: SessionStore | Promise<SessionStore>;
  accessToken: AccessToken;
}

export class ApiDevices {
  readonly #call: ApiCall;
  readonly #now: () => number;
  readonly #tokens: SessionStore | Promise<SessionStore>;
  readonly #accessToken: AccessToken;
  readonly store: DeviceStore;

  constructor(options: ApiDevicesOptions) {
    this.#call = options.call;
    this.#now = options.now;
    this.#tokens = options.store;
    this.#accessToken = options.accessToken;
    this.store = new DeviceStore(options.deviceSecrets ?? new MemorySecretStore(), options.userPoolId);
  }

  /**
   * A sign-in starts with devices: the one remembered for this username, and the call its sign-in
   * sends through. The wrapper leaves other operations as they are; for `InitiateAuth` and
   * `RespondToAuthChallenge` it adds `DEVICE_KEY`, answers `DEVICE_SRP_AUTH` itself (the caller
   * sees what follows it), and after tokens confirms or remembers the device.
   */
  async track(attempt: DeviceAttempt, rememberDevice: RememberDevice): Promise<ApiCall> {
    const login = (attempt.login = attempt.username);
    attempt.rememberDevice = rememberDevice;
    attempt.device = (await this.store.get(login)) ?? undefined;
    return async (operation, input, options) => {
      const member = operation === 'InitiateAuth' ? 'AuthParameters' : operation === 'RespondToAuthChallenge' ? 'ChallengeResponses' : '';
      if (!member) return this.#call(operation, input, options);
      let out = await this.#withDeviceKey(attempt, operation, input, member, options);
      if (out.ChallengeName === 'DEVICE_SRP_AUTH' && attempt.device) out = await this.#prove(attempt, out, attempt.device, options);
      const result = out.AuthenticationResult as DeviceResult | undefined;
      if (result?.AccessToken) attempt.remembered = await this.#afterSignIn(result, attempt, options);
      return out;
    };
  }

  /**
   * Sends with the remembered device's key. A device Cognito no longer knows ("Device does not
   * exist.") is forgotten here before the error goes on: its Session is bound to the key, so
   * api/sign-in.ts starts the sign-in again, without it.
   */
  async #withDeviceKey(attempt: DeviceAttempt, operation: string, input: Json, member: string, options: CallOptions): Promise<Json> {
    const device = attempt.device;
    if (!device) return this.#call(operation, input, options);
    try {
      return await this.#call(operation, { ...input, [member]: { ...(input[member] as Json), DEVICE_KEY: device.deviceKey } }, options);
    } catch (error) {
      if (isUnknownDevice(error)) {
        attempt.device = undefined;
        await this.store.delete(attempt.login!, device.deviceKey);
      }
      throw error;
    }
  }

  /**
   * Answers `DEVICE_SRP_AUTH` (in `challenge`) and `DEVICE_PASSWORD_VERIFIER` with the device's
   * secret; returns Cognito's last reply (tokens, usually). A device whose proof Cognito refuses
   * is forgotten here, so the next sign-in goes without it (MFA, then a new device) instead of
   * failing again.
   */
  async #prove(attempt: DeviceAttempt, challenge: Json, device: StoredDevice, options: CallOptions): Promise<Json> {
    attempt.session = str(challenge.Session) || attempt.session;
    attempt.username = stringRecord(challenge.ChallengeParameters).USERNAME || attempt.username;
    const DEVICE_KEY = device.deviceKey;
    const { startSrp, answerPasswordVerifier } = await loadSrp();
    const { a, A, srpAHex } = startSrp();
    const first = await this.#respond(attempt, 'DEVICE_SRP_AUTH', { USERNAME: attempt.username, DEVICE_KEY, SRP_A: srpAHex }, options);
    if (first.ChallengeName !== 'DEVICE_PASSWORD_VERIFIER') return first;
    const { SALT, SRP_B, SECRET_BLOCK } = stringRecord(first.ChallengeParameters);
    const responses = await answerPasswordVerifier({
      SALT,
      SRP_B,
      SECRET_BLOCK,
      USER_ID_FOR_SRP: DEVICE_KEY,
      poolName: device.groupKey,
      password: device.secret,
      a,
      A,
      now: new Date(this.#now()),
    });
    throwIfAborted(options.signal);
    try {
      return await this.#respond(attempt, 'DEVICE_PASSWORD_VERIFIER', { ...responses, USERNAME: attempt.username, DEVICE_KEY }, options);
    } catch (error) {
      if (error instanceof AuthError && error.name === 'NotAuthorizedException') await this.store.delete(attempt.login!, DEVICE_KEY);
      throw error;
    }
  }

  async #respond(attempt: DeviceAttempt, name: string, responses: Record<string, string>, options: CallOptions): Promise<Json> {
    const out = await this.#call('RespondToAuthChallenge', { ChallengeName: name, Session: attempt.session, ChallengeResponses: responses }, options);
    attempt.session = str(out.Session) || attempt.session;
    return out;
  }

  /**
   * After tokens: confirms a new device (its verifier, a short name) and keeps its secret, then
   * marks it remembered when the person or the page asked (`UpdateDeviceStatus`) and the pool
   * waits for that; a known device that still needed MFA is marked the same way. Resolves true
   * when the device is now remembered. Never fails the sign-in: the tokens are good either way.
   */
  async #afterSignIn(result: DeviceResult, attempt: DeviceAttempt, options: CallOptions): Promise<boolean> {
    const AccessToken = result.AccessToken;
    const wanted = attempt.rememberDevice === 'always' || !!attempt.remember;
    try {
      const { DeviceKey: deviceKey, DeviceGroupKey: groupKey } = result.NewDeviceMetadata ?? {};
      if (deviceKey && groupKey) {
        const { secret, salt, verifier } = await (await loadSrp()).createDeviceVerifier(groupKey, deviceKey);
        const out = await this.#call(
          'ConfirmDevice',
          { AccessToken, DeviceKey: deviceKey, DeviceSecretVerifierConfig: { PasswordVerifier: verifier, Salt: salt }, DeviceName: deviceName() },
          options,
        );
        attempt.device = { deviceKey, groupKey, secret };
        await this.store.set(attempt.login!, attempt.device);
        // False: the pool remembers every confirmed device by itself.
        if (out.UserConfirmationNecessary !== true) return true;
        if (!wanted) return false;
      } else if (!attempt.device || !wanted || attempt.remember === undefined) return false;
      await this.#call('UpdateDeviceStatus', { AccessToken, DeviceKey: attempt.device.deviceKey, DeviceRememberedStatus: 'remembered' }, options);
      return true;
    } catch {
      return false;
    }
  }

  /** The signed-in person's devices; `current` is the one this session signed in on. */
  async list(options: CallOptions): Promise<DeviceInfo[]> {
    const AccessToken = await signedIn(this.#accessToken, options);
    const currentKey = (await (await this.#tokens).load())?.deviceKey;
    const devices: DeviceInfo[] = [];
    let next: string | undefined;
    do {
      const input: Json = { AccessToken, Limit: PAGE };
      if (next) input.PaginationToken = next;
      const out = await this.#call('ListDevices', input, options);
      for (const item of Array.isArray(out.Devices) ? (out.Devices as Json[]) : []) {
        const key = str(item.DeviceKey);
        if (!key) continue;
        const attributes = new Map(
          (Array.isArray(item.DeviceAttributes) ? (item.DeviceAttributes as Json[]) : []).map((a) => [str(a.Name), str(a.Value)]),
        );
        const device: DeviceInfo = {
          key,
          name: attributes.get('device_name') ?? '',
          remembered: attributes.get('dev:device_remembered_status') === 'remembered',
          current: key === currentKey,
        };
        const lastUsedAt = epochMs(item.DeviceLastAuthenticatedDate);
        const createdAt = epochMs(item.DeviceCreateDate);
        if (lastUsedAt !== undefined) device.lastUsedAt = lastUsedAt;
        if (createdAt !== undefined) device.createdAt = createdAt;
        devices.push(device);
      }
      next = str(out.PaginationToken) || undefined;
    } while (next);
    return devices;
  }

  /**
   * `ForgetDevice`. Its secret goes too when this page kept it, under whichever name the person
   * typed (the username, or an alias: email, phone number, preferred username); forgetting the
   * device this session signed in on also stops refreshes from sending its key.
   */
  async forget(key: string, options: CallOptions): Promise<void> {
    const tokens = await this.#tokens;
    await this.#call('ForgetDevice', { AccessToken: await signedIn(this.#accessToken, options), DeviceKey: key }, options);
    const stored = await tokens.load();
    if (!stored) return;
    const claims = stored.idToken ? decodeJwtPayload(stored.idToken) : {};
    const logins = [stored.username, claims['cognito:username'], claims.email, claims.phone_number, claims.preferred_username];
    await Promise.all(logins.map((login) => typeof login === 'string' && login && this.store.delete(login, key)));
    if (stored.deviceKey === key) {
      const { deviceKey: _forgotten, ...rest } = stored;
      await tokens.save(rest);
    }
  }
}

/** Epoch seconds on the wire (a `Date` from the SDK transport) → epoch milliseconds. */
function epochMs(value: unknown): number | undefined {
  if (value instanceof Date) return value.getTime();
  return typeof value === 'number' ? Math.round(value * 1000) : undefined;
}

interface UserAgentData {
  brands?: { brand: string; version: string }[];
  platform?: string;
}

/**
 * A short name for this device, as a person recognises it in a list: the browser and the system,
 * from User-Agent client hints when the browser has them, else from the user agent string.
 */
export function deviceName(navigatorLike: { userAgent: string; userAgentData?: UserAgentData } = navigator): string {
  const hints = navigatorLike.userAgentData;
  const brand = hints?.brands?.find(({ brand }) => !/not.?a.?brand|^chromium$/i.test(brand)) ?? hints?.brands?.find(({ brand }) => !/not.?a.?brand/i.test(brand));
  if (brand && hints?.platform) return `${brand.brand} ${brand.version} · ${hints.platform}`;
  const ua = navigatorLike.userAgent;
  // In order: Edge and Opera also say Chrome, Chrome also says Safari, Android also says Linux.
  const browser = /(Edg|OPR|Firefox)\/(\d+)/.exec(ua) ?? /(Chrome|Version)\/(\d+)/.exec(ua);
  const system = /(Windows|Android|iPhone|iPad|CrOS)/.exec(ua) ?? /(Mac OS X|Linux)/.exec(ua);
  if (!browser || !system) return ua.slice(0, 64);
  const names: Record<string, string> = { Edg: 'Edge', OPR: 'Opera', Version: 'Safari', 'Mac OS X': 'macOS', CrOS: 'ChromeOS' };
  return `${names[browser[1]] ?? browser[1]} ${browser[2]} · ${names[system[1]] ?? system[1]}`;
}
