/**
 * Remembered devices (docs/cognito.md §8.6), per user, in proxy-state.json. A sign-in without a
 * DEVICE_KEY (device tracking on) is handed a new device key; ConfirmDevice then stores the
 * device's SRP salt and verifier, and only from then on does the device exist (for DEVICE_KEY,
 * ListDevices, GetDevice, …). Keys handed out but never confirmed are kept, a few per user, only so
 * that ConfirmDevice can tell whose they are. cognito-local knows nothing of devices.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import type { StateFile } from './state-file.js';

export type RememberedStatus = 'remembered' | 'not_remembered';

export interface StoredDevice {
  deviceKey: string;
  /** Epoch ms the key was handed out (NewDeviceMetadata). */
  issuedAt: number;
  /** Set by ConfirmDevice: hex of the salt bytes as sent (served back as SALT) and of the verifier v. */
  confirmed?: { saltHex: string; verifierHex: string; at: number };
  status: RememberedStatus;
  name?: string;
  lastIp?: string;
  /** Epoch ms. */
  lastModifiedAt: number;
  lastAuthenticatedAt: number;
}

/** One user's devices and the group key they all share. */
export interface UserDevices {
  groupKey: string;
  devices: StoredDevice[];
}

/** Unconfirmed keys kept per user; older ones are dropped (a sign-in that never confirms leaves one). */
const MAX_UNCONFIRMED = 10;

export class DeviceStore {
  constructor(
    private readonly state: StateFile,
    /** The `<region>` of `<region>_<uuid>` device keys. */
    private readonly region: string,
  ) {}

  /** A fresh device key for the user (NewDeviceMetadata), not yet confirmed. */
  issue(poolId: string, username: string): { DeviceKey: string; DeviceGroupKey: string } {
    const entry = this.entry(poolId, username);
    const now = Date.now();
    const deviceKey = `${this.region}_${randomUUID()}`;
    entry.devices.push({ deviceKey, issuedAt: now, status: 'not_remembered', lastModifiedAt: now, lastAuthenticatedAt: now });
    const unconfirmed = entry.devices.filter((device) => !device.confirmed);
    for (const stale of unconfirmed.slice(0, Math.max(0, unconfirmed.length - MAX_UNCONFIRMED))) entry.devices.splice(entry.devices.indexOf(stale), 1);
    this.state.save();
    return { DeviceKey: deviceKey, DeviceGroupKey: entry.groupKey };
  }

  /** A key handed out to the user, confirmed or not. */
  issued(poolId: string, username: string, deviceKey: unknown): StoredDevice | undefined {
    return structuredClone(this.find(poolId, username, deviceKey));
  }

  /** A confirmed device of the user: the only kind that exists for sign-in and the device operations. */
  get(poolId: string, username: string, deviceKey: unknown): StoredDevice | undefined {
    const device = this.find(poolId, username, deviceKey);
    return device?.confirmed ? structuredClone(device) : undefined;
  }

  groupKey(poolId: string, username: string): string {
    return this.entry(poolId, username).groupKey;
  }

  /** The user's confirmed devices, oldest first. */
  list(poolId: string, username: string): StoredDevice[] {
    return structuredClone(this.state.data.devices[key(poolId, username)]?.devices.filter((device) => device.confirmed) ?? []);
  }

  /** Applies `change` to a device of the user; false when the user has no such key. */
  update(poolId: string, username: string, deviceKey: string, change: (device: StoredDevice) => void): boolean {
    const device = this.find(poolId, username, deviceKey);
    if (!device) return false;
    change(device);
    this.state.save();
    return true;
  }

  /** False when the user has no such confirmed device. */
  forget(poolId: string, username: string, deviceKey: string): boolean {
    const entry = this.state.data.devices[key(poolId, username)];
    const index = entry?.devices.findIndex((device) => device.deviceKey === deviceKey && device.confirmed) ?? -1;
    if (!entry || index < 0) return false;
    entry.devices.splice(index, 1);
    this.state.save();
    return true;
  }

  removeAll(poolId: string, username: string): void {
    delete this.state.data.devices[key(poolId, username)];
    this.state.save();
  }

  private find(poolId: string, username: string, deviceKey: unknown): StoredDevice | undefined {
    if (typeof deviceKey !== 'string') return undefined;
    return this.state.data.devices[key(poolId, username)]?.devices.find((device) => device.deviceKey === deviceKey);
  }

  /** DeviceGroupKey is opaque, and Cognito does not say whether it is per user or per device: here one random value per user. */
  private entry(poolId: string, username: string): UserDevices {
    return (this.state.data.devices[key(poolId, username)] ??= { groupKey: `-${randomBytes(7).toString('base64url').slice(0, 9)}`, devices: [] });
  }
}

function key(poolId: string, username: string): string {
  return `${poolId}/${username}`;
}
