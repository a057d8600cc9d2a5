/** What every operation handler gets: the upstream client, the db view and the proxy's own stores. */
import type { CodeStore } from './codes.js';
import type { PasswordChangeLimit } from './change-password-limit.js';
import type { CustomAuth } from './custom-auth.js';
import type { DeviceStore } from './devices.js';
import type { FaultSwitch } from './faults.js';
import type { Lockout } from './lockout.js';
import type { ManagedLogin } from './oauth/managed-login.js';
import type { Outbox } from './outbox.js';
import type { PendingRegistrations } from './passkey-registration.js';
import type { PasskeyStore } from './passkeys.js';
import type { ProfileStore } from './profiles.js';
import type { RotationRecord } from './refresh-rotation.js';
import type { RefreshTokenTrim } from './refresh-token-trim.js';
import type { SessionStore } from './sessions.js';
import type { RuntimeSettings } from './settings.js';
import type { TokenRegistry } from './tokens.js';
import type { Json, RawResponse, Upstream } from './upstream.js';
import type { UserStore } from './user-store.js';

export interface Context {
  upstream: Upstream;
  store: UserStore;
  sessions: SessionStore;
  codes: CodeStore;
  outbox: Outbox;
  tokens: TokenRegistry;
  refreshTokenTrim: RefreshTokenTrim;
  rotation: RotationRecord;
  customAuth: CustomAuth;
  settings: RuntimeSettings;
  profiles: ProfileStore;
  lockout: Lockout;
  /** ChangePassword's limit on wrong previous passwords. */
  passwordChangeLimit: PasswordChangeLimit;
  faults: FaultSwitch;
  passkeys: PasskeyStore;
  /** Remembered devices (device tracking, by the `deviceConfiguration` setting). */
  devices: DeviceStore;
  /** StartWebAuthnRegistration challenges waiting for CompleteWebAuthnRegistration. */
  registrations: PendingRegistrations;
  /** The hosted OAuth endpoints' state: providers, codes, sessions, linked users, grants (oauth/). */
  managedLogin: ManagedLogin;
  /** The seeded pool and its public clients (without and with ALLOW_USER_AUTH), for the /_local control API. */
  pool: { userPoolId: string; clientId: string; userAuthClientId: string };
}

export interface OperationRequest {
  operation: string;
  body: Json;
  /** The request body as received, for pass-through. */
  raw: string;
  /** The caller's IP address (a device's `last_ip_used`). */
  sourceIp?: string;
}

/** An upstream response relayed untouched (status, body and all). */
export class Relay {
  constructor(readonly response: RawResponse) {}
}

/** A JSON body for HTTP 200, or a relay. */
export type OperationResult = Json | Relay;

export type Handler = (ctx: Context, request: OperationRequest) => Promise<OperationResult>;

export function record(value: unknown): Record<string, unknown> {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}
