// Starts the local Cognito: cognito-local (user store, token issuer) and our proxy in front of it
// (SRP, resend, policy, outbox, … see README.md). Both are child processes of the caller; they stop
// with stop(), when the caller exits, and — through the IPC channel — even when it is killed.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..', '..');
const SEED = join(HERE, 'seed');
const HOST = '127.0.0.1';
const require = createRequire(import.meta.url);

/** @type {import('./launch.d.mts').Seed} */
export const seed = JSON.parse(readFileSync(join(SEED, 'manifest.json'), 'utf8'));

/** Children still running and temp dirs still present, cleaned up if the caller exits without stop(). */
const live = new Set();
const tempDirs = new Set();
let exitHookInstalled = false;

function installExitHook() {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.once('exit', () => {
    for (const child of live) child.kill('SIGKILL');
    for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
  });
}

/**
 * @param {import('./launch.d.mts').LaunchOptions} [options]
 * @returns {Promise<import('./launch.d.mts').LocalCognito>}
 */
export async function launchLocalCognito({
  port = 0,
  upstreamPort = 0,
  stateDir,
  quiet = false,
  code = process.env.CODE,
  keepState = false,
  env = {},
} = {}) {
  const ownsStateDir = !stateDir;
  const dir = stateDir ? resolve(stateDir) : mkdtempSync(join(tmpdir(), 'local-cognito-'));
  if (ownsStateDir) tempDirs.add(dir);
  installExitHook();
  try {
    seedState(dir, keepState);
    // Ports are chosen up front because cognito-local bakes its issuer URL in at start; a port
    // taken in between is retried with fresh ones.
    for (let attempt = 1; ; attempt++) {
      const proxyPort = port || (await freePort());
      const cognitoPort = upstreamPort || (await freePort());
      try {
        const children = await startBoth({ dir, proxyPort, cognitoPort, quiet, code, env });
        return instance({ dir, ownsStateDir, proxyPort, cognitoPort, children });
      } catch (error) {
        // Only a port this function picked may be swapped for another; a requested one fails loudly.
        const picked = error?.busyPort === proxyPort ? !port : error?.busyPort === cognitoPort ? !upstreamPort : false;
        if (!(picked && attempt < 3)) throw error;
      }
    }
  } catch (error) {
    if (ownsStateDir) removeTempDir(dir);
    throw error;
  }
}

/** Copies the committed seed (cognito-local's db) unless `keepState` and a db is already there. */
function seedState(dir, keepState) {
  const poolFile = join(dir, '.cognito', 'db', `${seed.userPoolId}.json`);
  if (keepState && existsSync(poolFile)) return addMissingPools(dir);
  rmSync(join(dir, '.cognito'), { recursive: true, force: true });
  rmSync(join(dir, 'proxy-state.json'), { force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(join(SEED, '.cognito'), join(dir, '.cognito'), { recursive: true });
}

/**
 * A kept state from before a seeded pool existed gets that pool (empty, as seeded) and its app
 * client, leaving everything already there as it is.
 */
function addMissingPools(dir) {
  const db = join(dir, '.cognito', 'db');
  const clientsFile = join(db, 'clients.json');
  const clients = JSON.parse(readFileSync(clientsFile, 'utf8'));
  const seededClients = JSON.parse(readFileSync(join(SEED, '.cognito', 'db', 'clients.json'), 'utf8')).Clients;
  let added = false;
  for (const { userPoolId, clientId } of Object.values(seed.usernamePools)) {
    const file = join(db, `${userPoolId}.json`);
    if (!existsSync(file)) cpSync(join(SEED, '.cognito', 'db', `${userPoolId}.json`), file);
    if (!clients.Clients?.[clientId]) {
      clients.Clients = { ...clients.Clients, [clientId]: seededClients[clientId] };
      added = true;
    }
  }
  if (added) writeFileSync(clientsFile, JSON.stringify(clients, null, 2));
}

/** Tokens name the proxy as issuer, so clients fetch the JWKS through it. */
function writeConfig(dir, endpoint) {
  const config = JSON.parse(readFileSync(join(SEED, '.cognito', 'config.json'), 'utf8'));
  config.TokenConfig = { ...config.TokenConfig, IssuerDomain: endpoint };
  writeFileSync(join(dir, '.cognito', 'config.json'), JSON.stringify(config, null, 2));
}

async function startBoth({ dir, proxyPort, cognitoPort, quiet, code, env }) {
  const endpoint = `http://${HOST}:${proxyPort}`;
  const upstreamEndpoint = `http://${HOST}:${cognitoPort}`;
  writeConfig(dir, endpoint);
  const codeEnv = code ? { CODE: String(code) } : {};
  // cognito-local answers with this in a header (child-identity.cjs): whatever else may be listening
  // on its port (another person's local Cognito) cannot, so it is never mistaken for ours.
  const launchToken = randomUUID();
  const cognitoArgs = ['-r', join(HERE, 'watch-parent.cjs'), '-r', join(HERE, 'child-identity.cjs'), require.resolve('cognito-local/lib/bin/start.js')];
  const cognito = startChild('cognito-local', cognitoArgs, {
    cwd: dir,
    env: { HOST, PORT: String(cognitoPort), AWS_SDK_JS_SUPPRESS_MAINTENANCE_MODE_MESSAGE: '1', LOCAL_COGNITO_LAUNCH_TOKEN: launchToken, ...codeEnv },
    stdout: process.env.LOCAL_COGNITO_DEBUG ? 'inherit' : 'ignore',
    quiet,
  });
  const proxy = startChild('proxy', ['--import', 'tsx', join(HERE, 'src', 'main.ts')], {
    cwd: ROOT,
    env: {
      HOST,
      PORT: String(proxyPort),
      UPSTREAM_URL: upstreamEndpoint,
      UPSTREAM_TOKEN: launchToken,
      STATE_DIR: dir,
      QUIET: quiet ? '1' : '',
      ...codeEnv,
      ...env,
    },
    stdout: quiet ? 'ignore' : 'inherit',
    quiet,
  });
  const children = [proxy, cognito];
  try {
    await Promise.all([waitHealthy(proxy, endpoint, proxyPort), waitHealthy(cognito, upstreamEndpoint, cognitoPort, launchToken)]);
  } catch (error) {
    await Promise.all(children.map(stopChild));
    throw error;
  }
  for (const child of children) release(child);
  return children;
}

function startChild(name, args, { cwd, env, stdout, quiet }) {
  const child = spawn(process.execPath, args, {
    cwd,
    env: { ...process.env, ...env },
    stdio: ['ignore', stdout, 'pipe', 'ipc'],
  });
  child.label = name;
  child.stderrTail = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk) => {
    child.stderrTail = (child.stderrTail + chunk).slice(-4000);
    if (!quiet) process.stderr.write(chunk);
  });
  child.exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  child.on('error', () => {});
  live.add(child);
  child.exited.then(() => live.delete(child));
  return child;
}

/** Once running, the children must not keep the caller's event loop alive on their own. */
function release(child) {
  child.unref();
  child.channel?.unref();
  child.stderr?.unref?.();
}

function hold(child) {
  child.ref();
  child.channel?.ref();
  child.stderr?.ref?.();
}

/**
 * Resolves once the child itself reports listening on `port` (over IPC: a busy port is its own
 * error, never someone else's server answering) and then answers /health — with `token` in the
 * x-local-cognito-launch header when one is given.
 */
async function waitHealthy(child, baseUrl, port, token, timeoutMs = 15000) {
  const deadline = Date.now() + timeoutMs;
  let exited;
  let listening = false;
  let listenError;
  child.exited.then((result) => (exited = result));
  child.on('message', (message) => {
    if (message?.type === 'listening' || message?.type === 'ready') listening = true;
    if (message?.type === 'listen-error') listenError = message;
  });
  while (Date.now() < deadline) {
    if (listenError) {
      const busy = listenError.code === 'EADDRINUSE';
      const error = new Error(
        busy
          ? `${child.label} could not listen on ${baseUrl}: the port is in use (EADDRINUSE). Another local Cognito or other server is there; stop it or choose another port.`
          : `${child.label} could not listen on ${baseUrl}: ${listenError.message}`,
      );
      if (busy) error.busyPort = port;
      throw error;
    }
    if (exited) {
      throw new Error(`${child.label} exited (${exited.code ?? exited.signal}) during start-up:\n${child.stderrTail}`);
    }
    const response = listening ? await fetch(`${baseUrl}/health`).catch(() => undefined) : undefined;
    if (response?.ok) {
      if (token && response.headers.get('x-local-cognito-launch') !== token) {
        throw new Error(`${baseUrl} answers, but not as the ${child.label} this launch started: another server is on its port.`);
      }
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`${child.label} did not answer ${baseUrl}/health within ${timeoutMs} ms:\n${child.stderrTail}`);
}

async function stopChild(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  hold(child);
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
  await child.exited;
  clearTimeout(timer);
}

function instance({ dir, ownsStateDir, proxyPort, cognitoPort, children }) {
  const endpoint = `http://${HOST}:${proxyPort}`;
  let stopping;
  return {
    endpoint,
    upstreamEndpoint: `http://${HOST}:${cognitoPort}`,
    userPoolId: seed.userPoolId,
    clientId: seed.clientId,
    userAuthClientId: seed.userAuthClientId,
    region: seed.region,
    usernamePools: seed.usernamePools,
    outboxUrl: `${endpoint}/_local/outbox`,
    controlUrl: `${endpoint}/_local`,
    // The managed login (hosted OAuth endpoints) is served by the proxy itself.
    oauthDomain: endpoint,
    stateDir: dir,
    users: seed.users,
    identityProviders: seed.identityProviders,
    stop() {
      stopping ??= Promise.all(children.map(stopChild)).then(() => {
        if (ownsStateDir) removeTempDir(dir);
      });
      return stopping;
    },
  };
}

function removeTempDir(dir) {
  rmSync(dir, { recursive: true, force: true });
  tempDirs.delete(dir);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, HOST, () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}
