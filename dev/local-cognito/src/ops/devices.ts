/**
 * The signed-in device operations (docs/cognito.md §8.6): ConfirmDevice, UpdateDeviceStatus,
 * ListDevices, GetDevice and ForgetDevice. Each checks the access token as every signed-in call
 * does (signature, expiry, revocation, the aws.cognito.signin.user.admin scope) and answers
 * InvalidUserPoolConfigurationException while device tracking (`deviceConfiguration`) is off. A
 * device is the caller's own or does not exist.
 */
import { N, bytesToHex, hexToBigInt } from '../../../../src/cognito/srp-math.js';
import type { Context, OperationRequest } from '../context.js';
import type { DeviceConfiguration } from '../device-settings.js';
import type { StoredDevice } from '../devices.js';
import { CognitoError, errors } from '../errors.js';
import type { Json } from '../upstream.js';
import { signedInUser } from './mfa-preference.js';

/** ListDevices' largest Limit (amplify asks for exactly this many). */
const MAX_LIMIT = 60;
const STATUSES = ['remembered', 'not_remembered'] as const;

/** The caller, when device tracking is on. */
async function deviceOwner(ctx: Context, body: Json): Promise<{ poolId: string; username: string; config: DeviceConfiguration }> {
  const { poolId, user } = await signedInUser(ctx, body.AccessToken);
  const config = ctx.settings.current.deviceConfiguration;
  if (!config) throw new CognitoError('InvalidUserPoolConfigurationException', 'Device tracking is not enabled for this user pool.');
  return { poolId, username: user.Username, config };
}

function requiredDeviceKey(body: Json): string {
  if (typeof body.DeviceKey !== 'string' || !body.DeviceKey) throw errors.invalidParameter('Missing required parameter DeviceKey');
  return body.DeviceKey;
}

/** Standard base64 of at least one byte, decoded; undefined for anything else. */
function base64Bytes(value: unknown): Uint8Array | undefined {
  if (typeof value !== 'string' || !/^[A-Za-z0-9+/]+={0,2}$/.test(value) || value.length % 4 !== 0) return undefined;
  return new Uint8Array(Buffer.from(value, 'base64'));
}

/** DeviceSecretVerifierConfig `{PasswordVerifier, Salt}` (base64) as hex; v must be a group element. */
function verifierConfig(value: unknown): { saltHex: string; verifierHex: string } {
  const config = value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  const salt = base64Bytes(config.Salt);
  const verifier = base64Bytes(config.PasswordVerifier);
  if (!salt || !verifier) throw errors.invalidParameter('DeviceSecretVerifierConfig needs a base64 PasswordVerifier and Salt');
  const v = hexToBigInt(bytesToHex(verifier));
  if (v <= 0n || v >= N) throw errors.invalidParameter('DeviceSecretVerifierConfig.PasswordVerifier is not a valid verifier');
  return { saltHex: bytesToHex(salt), verifierHex: bytesToHex(verifier) };
}

/** `{AccessToken, DeviceKey, DeviceSecretVerifierConfig, DeviceName?}` → `{UserConfirmationNecessary}`. */
export async function confirmDevice(ctx: Context, { body, sourceIp }: OperationRequest) {
  const { poolId, username, config } = await deviceOwner(ctx, body);
  const deviceKey = requiredDeviceKey(body);
  // Only a key this user was handed in NewDeviceMetadata can be confirmed, and only once.
  const issued = ctx.devices.issued(poolId, username, deviceKey);
  if (!issued) throw errors.deviceNotFound();
  if (issued.confirmed) throw new CognitoError('DeviceKeyExistsException', 'Device key already exists.');
  const verifier = verifierConfig(body.DeviceSecretVerifierConfig);
  const name = body.DeviceName;
  if (name !== undefined && (typeof name !== 'string' || !name || name.length > 1024)) throw errors.invalidParameter('DeviceName must be 1 to 1024 characters');
  const now = Date.now();
  ctx.devices.update(poolId, username, deviceKey, (device) => {
    device.confirmed = { ...verifier, at: now };
    device.status = config.DeviceOnlyRememberedOnUserPrompt ? 'not_remembered' : 'remembered';
    if (name !== undefined) device.name = name as string;
    if (sourceIp) device.lastIp = sourceIp;
    device.lastModifiedAt = now;
  });
  return { UserConfirmationNecessary: config.DeviceOnlyRememberedOnUserPrompt };
}

/** `{AccessToken, DeviceKey, DeviceRememberedStatus}` → `{}`; not_remembered keeps the device but ends its MFA bypass. */
export async function updateDeviceStatus(ctx: Context, { body }: OperationRequest) {
  const { poolId, username } = await deviceOwner(ctx, body);
  const deviceKey = requiredDeviceKey(body);
  const status = body.DeviceRememberedStatus;
  if (!STATUSES.includes(status as (typeof STATUSES)[number])) throw errors.invalidParameter(`DeviceRememberedStatus must be one of ${STATUSES.join(', ')}`);
  if (!ctx.devices.get(poolId, username, deviceKey)) throw errors.deviceNotFound();
  ctx.devices.update(poolId, username, deviceKey, (device) => {
    device.status = status as (typeof STATUSES)[number];
    device.lastModifiedAt = Date.now();
  });
  return {};
}

/** `{AccessToken, Limit?, PaginationToken?}` → `{Devices, PaginationToken?}`, oldest device first. */
export async function listDevices(ctx: Context, { body }: OperationRequest) {
  const { poolId, username } = await deviceOwner(ctx, body);
  const limit = body.Limit ?? MAX_LIMIT;
  if (!Number.isInteger(limit) || (limit as number) < 0 || (limit as number) > MAX_LIMIT) {
    throw errors.invalidParameter(`Limit must be a whole number from 0 to ${MAX_LIMIT}`);
  }
  const size = (limit as number) || MAX_LIMIT;
  const start = body.PaginationToken === undefined ? 0 : pageStart(body.PaginationToken);
  const all = ctx.devices.list(poolId, username);
  const page = all.slice(start, start + size);
  const next = start + size < all.length ? { PaginationToken: Buffer.from(`devices:${start + size}`).toString('base64url') } : {};
  return { Devices: page.map(deviceType), ...next };
}

function pageStart(token: unknown): number {
  const match = typeof token === 'string' ? /^devices:(\d+)$/.exec(Buffer.from(token, 'base64url').toString('utf8')) : null;
  if (!match) throw errors.invalidParameter('Invalid PaginationToken');
  return Number(match[1]);
}

/** `{AccessToken, DeviceKey}` → `{Device}`. */
export async function getDevice(ctx: Context, { body }: OperationRequest) {
  const { poolId, username } = await deviceOwner(ctx, body);
  const device = ctx.devices.get(poolId, username, requiredDeviceKey(body));
  if (!device) throw errors.deviceNotFound();
  return { Device: deviceType(device) };
}

/** `{AccessToken, DeviceKey}` → `{}`; the key then answers "Device does not exist." everywhere. */
export async function forgetDevice(ctx: Context, { body }: OperationRequest) {
  const { poolId, username } = await deviceOwner(ctx, body);
  if (!ctx.devices.forget(poolId, username, requiredDeviceKey(body))) throw errors.deviceNotFound();
  return {};
}

/** Cognito's DeviceType: attributes as Name/Value pairs, dates in epoch seconds. */
function deviceType(device: StoredDevice) {
  const attributes = [
    { Name: 'device_status', Value: 'valid' },
    ...(device.name !== undefined ? [{ Name: 'device_name', Value: device.name }] : []),
    { Name: 'dev:device_remembered_status', Value: device.status },
    ...(device.lastIp ? [{ Name: 'last_ip_used', Value: device.lastIp }] : []),
  ];
  return {
    DeviceKey: device.deviceKey,
    DeviceAttributes: attributes,
    DeviceCreateDate: (device.confirmed?.at ?? device.issuedAt) / 1000,
    DeviceLastModifiedDate: device.lastModifiedAt / 1000,
    DeviceLastAuthenticatedDate: device.lastAuthenticatedAt / 1000,
  };
}
