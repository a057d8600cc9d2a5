#!/usr/bin/env node
// `npm run local-cognito`: the local Cognito on fixed ports for the demo and manual testing.
// State lives in .local-cognito/ (gitignored) and survives restarts; `--reset` reseeds it.
// Env: PORT (proxy, default 9330), UPSTREAM_PORT (cognito-local, default 9229), CODE (fixed codes),
// STATE_DIR (instead of .local-cognito/).
import { rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchLocalCognito } from './launch.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  console.log('usage: node dev/local-cognito/cli.mjs [--reset]   (env: PORT, UPSTREAM_PORT, CODE, STATE_DIR)');
  process.exit(0);
}
const stateDir = process.env.STATE_DIR ? resolve(process.env.STATE_DIR) : join(ROOT, '.local-cognito');
if (args.includes('--reset')) rmSync(stateDir, { recursive: true, force: true });

let lc;
try {
  lc = await launchLocalCognito({
    port: Number(process.env.PORT || 9330),
    upstreamPort: Number(process.env.UPSTREAM_PORT || 9229),
    stateDir,
    keepState: true,
    code: process.env.CODE || undefined,
  });
} catch (error) {
  // e.g. a busy PORT or UPSTREAM_PORT: say so plainly and exit non-zero, never "running".
  console.error(`Local Cognito did not start: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}

const width = Math.max(...lc.users.map((u) => u.username.length));
console.log(`
Local Cognito is running (state in ${stateDir})

  endpoint       ${lc.endpoint}
  user pool id   ${lc.userPoolId}
  client id      ${lc.clientId}
  USER_AUTH      ${lc.userAuthClientId} (client with choice-based sign-in and passkeys)
  region         ${lc.region}
  outbox         ${lc.outboxUrl}
  control API    ${lc.controlUrl} (users, passkeys, totp, settings, faults: see dev/local-cognito/README.md)
  managed login  ${lc.oauthDomain} (/oauth2/authorize, /oauth2/token, /logout; providers ${lc.identityProviders.map((p) => p.name).join(', ')})
  cognito-local  ${lc.upstreamEndpoint}
${process.env.CODE ? `  every code     ${process.env.CODE}\n` : ''}
Seeded users:
${lc.users.map((u) => `  ${u.username.padEnd(width)}  ${u.password}  ${u.shows}`).join('\n')}

Codes that are "sent" appear below and at the outbox URL. Ctrl-C stops.
`);

// launch.mjs lets the children run without holding the event loop; the CLI holds it until a signal.
const keepAlive = setInterval(() => {}, 1 << 30);
let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, async () => {
    if (stopping) return;
    stopping = true;
    clearInterval(keepAlive);
    await lc.stop();
    process.exit(0);
  });
}
