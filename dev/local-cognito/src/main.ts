/**
 * Entry point of the proxy process (spawned by launch.mjs through tsx). Settings come from the
 * environment; readiness and the bound port go to the parent over IPC. The process exits when the
 * parent goes away, so a killed test run leaves no proxy behind.
 */
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { CodeStore } from './codes.js';
import type { Context } from './context.js';
import { passwordOnlyTriggers } from './custom-auth.js';
import { Outbox } from './outbox.js';
import { createProxyServer } from './server.js';
import { SessionStore } from './sessions.js';
import { settingsFromEnv } from './settings.js';
import { StateFile } from './state-file.js';
import { TokenRegistry } from './tokens.js';
import { Upstream } from './upstream.js';
import { UserStore } from './user-store.js';

const settings = settingsFromEnv();
const manifest = JSON.parse(readFileSync(new URL('../seed/manifest.json', import.meta.url), 'utf8')) as Record<string, unknown>;
const state = new StateFile(join(settings.stateDir, 'proxy-state.json'));
const upstream = new Upstream(settings.upstreamUrl);

const ctx: Context = {
  upstream,
  store: new UserStore(settings.stateDir),
  sessions: new SessionStore(settings.authSessionTtlMs),
  codes: new CodeStore(state, {
    fixedCode: settings.fixedCode,
    ttlMs: { SIGN_UP: settings.signUpCodeTtlMs, FORGOT_PASSWORD: settings.resetCodeTtlMs },
  }),
  outbox: new Outbox(state, settings.quiet ? undefined : (line) => console.log(line)),
  tokens: new TokenRegistry(state, upstream),
  customAuth: passwordOnlyTriggers,
};

const { userPoolId, clientId, region, users } = manifest;
const server = createProxyServer(ctx, {
  config: { userPoolId, clientId, region, users },
  publicUrl: () => `http://${settings.host}:${(server.address() as AddressInfo).port}`,
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
