/**
 * Entry point of the proxy process (spawned by launch.mjs through tsx). Settings come from the
 * environment; readiness and the bound port go to the parent over IPC. The process exits when the
 * parent goes away, so a killed test run leaves no proxy behind.
 */
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { PasswordChangeLimit } from './change-password-limit.js';
import { CodeStore, type CodeKind } from './codes.js';
import type { Context } from './context.js';
import { CustomAuth, loadTriggers } from './custom-auth.js';
import { DeviceStore } from './devices.js';
import { FaultSwitch } from './faults.js';
import { passkeysFromSpec } from './local-passkeys.js';
import { pickProfileSpec, profileFromSpec } from './local-users.js';
import { Lockout } from './lockout.js';
import type { IdentityProvider } from './oauth/identity-providers.js';
import { createManagedLogin } from './oauth/managed-login.js';
import { Outbox } from './outbox.js';
import { PendingRegistrations } from './passkey-registration.js';
import { PasskeyStore } from './passkeys.js';
import { ProfileStore } from './profiles.js';
import { RotationRecord } from './refresh-rotation.js';
import { RefreshTokenTrim } from './refresh-token-trim.js';
import { createProxyServer } from './server.js';
import { SessionStore } from './sessions.js';
import { RuntimeSettings, settingsFromEnv } from './settings.js';
import { StateFile } from './state-file.js';
import { TokenRegistry } from './tokens.js';
import { Upstream, type Json } from './upstream.js';
import { UserStore } from './user-store.js';

interface Manifest {
  userPoolId: string;
  clientId: string;
  userAuthClientId: string;
  region: string;
  /** The pools whose usernames are email addresses and/or phone numbers, each with its app client. */
  usernamePools: Json;
  users: { username: string; profile?: Json }[];
  identityProviders: IdentityProvider[];
}

const manifest = JSON.parse(readFileSync(new URL('../seed/manifest.json', import.meta.url), 'utf8')) as Manifest;
const providerNames = manifest.identityProviders.map((provider) => provider.name);
const settings = settingsFromEnv({ clientIds: [manifest.clientId, manifest.userAuthClientId], providerNames });
const state = new StateFile(join(settings.stateDir, 'proxy-state.json'));
const upstream = new Upstream(settings.upstreamUrl, settings.upstreamToken);
const runtime = new RuntimeSettings(settings.tunables, providerNames);
const profiles = new ProfileStore(state);
const codes = new CodeStore(state, {
  fixedCode: settings.fixedCode,
  ttlMs: (kind) => codeTtlSeconds(kind) * 1000,
});
function codeTtlSeconds(kind: CodeKind): number {
  const { signUpCodeTtlSeconds, resetCodeTtlSeconds, attributeCodeTtlSeconds } = runtime.current;
  return kind === 'SIGN_UP' ? signUpCodeTtlSeconds : kind === 'FORGOT_PASSWORD' ? resetCodeTtlSeconds : attributeCodeTtlSeconds;
}
const outbox = new Outbox(state, settings.quiet ? undefined : (line) => console.log(line));
const triggers = await loadTriggers(settings.customAuthModule);
const store = new UserStore(settings.stateDir, upstream);
const passkeys = new PasskeyStore(state);

const ctx: Context = {
  upstream,
  store,
  sessions: new SessionStore(runtime),
  codes,
  outbox,
  tokens: new TokenRegistry(state, upstream),
  refreshTokenTrim: new RefreshTokenTrim(upstream, store, runtime),
  rotation: new RotationRecord(state),
  customAuth: new CustomAuth(triggers, {
    deliver: (message) => outbox.record({ ...message, purpose: 'CUSTOM_CHALLENGE' }),
    generateCode: () => codes.generate(),
  }),
  settings: runtime,
  profiles,
  lockout: new Lockout(profiles, runtime),
  passwordChangeLimit: new PasswordChangeLimit(profiles, runtime),
  faults: new FaultSwitch(),
  passkeys,
  devices: new DeviceStore(state, manifest.region),
  registrations: new PendingRegistrations(),
  managedLogin: createManagedLogin(state, runtime, manifest.identityProviders),
  pool: { userPoolId: manifest.userPoolId, clientId: manifest.clientId, userAuthClientId: manifest.userAuthClientId },
};

// Seeded users' proxy-side setup (MFA, flags, passkeys), unless a kept state already has theirs.
for (const { username, profile } of manifest.users) {
  if (!profile || profiles.has(manifest.userPoolId, username)) continue;
  const user = await ctx.store.findUser(manifest.userPoolId, username);
  const attributes = Object.fromEntries((user?.Attributes ?? []).map((a) => [a.Name, a.Value]));
  const spec = pickProfileSpec(profile);
  profiles.set(manifest.userPoolId, username, profileFromSpec(spec, attributes));
  for (const passkey of passkeysFromSpec(ctx, spec)) passkeys.add(manifest.userPoolId, username, passkey);
}

const { userPoolId, clientId, userAuthClientId, region, usernamePools, users, identityProviders } = manifest;
const server = createProxyServer(ctx, {
  config: { userPoolId, clientId, userAuthClientId, region, usernamePools, users, identityProviders },
  publicUrl: () => `http://${settings.host}:${(server.address() as AddressInfo).port}`,
});

server.once('error', (error: NodeJS.ErrnoException) => {
  // launch.mjs turns this into a clear failure (a busy port is never someone else's /health).
  process.send?.({ type: 'listen-error', code: error.code, message: error.message });
  console.error(`[local-cognito] cannot listen on ${settings.host}:${settings.port}: ${error.message}`);
  process.exit(1);
});
server.listen(settings.port, settings.host, () => {
  const { port } = server.address() as AddressInfo;
  process.send?.({ type: 'ready', port });
});

function shutdown(): void {
  server.close();
  server.closeAllConnections();
  process.exit(0);
}
process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);
process.on('disconnect', shutdown);
