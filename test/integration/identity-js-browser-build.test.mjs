// The identity-js subpath in a plain browser build: no `define: { global: 'globalThis' }`, no
// polyfill plugin. Builds the library (the real vite.config.ts, into a scratch folder), bundles
// `dist/cognito/identity-js.js` into a page the way an app's Vite or esbuild build would (the
// package's `sideEffects` applies), loads it in Chromium and signs in with identity-js's SRP against the
// local Cognito. A control bundle of identity-js alone shows the same page would fail without the
// kit's shim. Run: node --test test/integration/identity-js-browser-build.test.mjs
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { build as esbuild } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { build } from 'vite';
import { launchLocalCognito } from '../../dev/local-cognito/launch.mjs';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../../scripts/chromium.mjs';

// Inside the project, so `amazon-cognito-identity-js` resolves from its node_modules.
const SCRATCH = join(process.cwd(), 'node_modules/.cache/identity-js-browser-build');
const PASSWORD = 'Browser-build-2049!';

let cognito;
let browser;

before(async () => {
  rmSync(SCRATCH, { recursive: true, force: true });
  mkdirSync(SCRATCH, { recursive: true });
  // The package as published: dist/ plus a package.json with the real `sideEffects` list.
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  writeFileSync(join(SCRATCH, 'package.json'), JSON.stringify({ name: 'scratch-kit', type: 'module', sideEffects: pkg.sideEffects }));
  await build({ logLevel: 'silent', build: { outDir: join(SCRATCH, 'dist'), emptyOutDir: true, sourcemap: false } });
  cognito = await launchLocalCognito({ quiet: true });
  browser = await puppeteer.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_FLAGS });
});

after(async () => {
  await browser?.close();
  await cognito?.stop();
  rmSync(SCRATCH, { recursive: true, force: true });
});

/** An app build (not library mode) of `source`, minified, with no `define`: Vite, or esbuild. */
async function appBundle(name, source, bundler = 'vite') {
  const entry = join(SCRATCH, `${name}.js`);
  writeFileSync(entry, source);
  if (bundler === 'esbuild') {
    const result = await esbuild({ entryPoints: [entry], bundle: true, minify: true, format: 'esm', platform: 'browser', target: 'es2022', write: false, logLevel: 'silent' });
    return result.outputFiles[0].text;
  }
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    // One file to serve: the parts the backend loads on demand (the account operations) inlined.
    build: { write: false, minify: true, target: 'es2022', rolldownOptions: { input: entry, output: { codeSplitting: false } } },
  });
  const chunks = (Array.isArray(output) ? output : [output]).flatMap((o) => o.output).filter((c) => c.type === 'chunk');
  assert.equal(chunks.length, 1, 'one chunk');
  return chunks[0].code;
}

/** Serves `script` in a page, runs it in a fresh Chromium tab and returns `window.result` (or the page error). */
async function run(script) {
  const server = createServer((request, response) => {
    if (request.url === '/app.js') response.writeHead(200, { 'content-type': 'text/javascript' }).end(script);
    else response.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><script type="module" src="/app.js"></script>');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const tab = await browser.newPage();
  try {
    const pageError = new Promise((resolve) => tab.on('pageerror', (error) => resolve({ pageError: String(error.message ?? error) })));
    await tab.goto(`http://127.0.0.1:${server.address().port}/`);
    const result = tab.waitForFunction('window.result', { timeout: 20000 }).then((handle) => handle.jsonValue());
    return await Promise.race([result, pageError]);
  } finally {
    await tab.close();
    server.close();
  }
}

test('control: identity-js bundled alone without `define` dies with "global is not defined"', async () => {
  const script = await appBundle('control', `import { CognitoUserPool } from 'amazon-cognito-identity-js';
    window.result = { loaded: typeof CognitoUserPool };`);
  const outcome = await run(script);
  assert.match(outcome.pageError ?? '', /global is not defined/);
});

for (const bundler of ['vite', 'esbuild']) test(`${bundler}: the kit subpath needs no shim from the app: it loads and signs in with identity-js SRP`, async () => {
  const username = `browser-build-${bundler}-${Date.now().toString(36)}`;
  const created = await fetch(`${cognito.endpoint}/_local/users`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: PASSWORD }),
  });
  assert.equal(created.status, 201);
  const { endpoint, userPoolId, clientId } = cognito;
  const script = await appBundle(`kit-${bundler}`, `import { CognitoIdentityJsBackend } from ${JSON.stringify(join(SCRATCH, 'dist/cognito/identity-js.js'))};
    const backend = new CognitoIdentityJsBackend(${JSON.stringify({ userPoolId, clientId, endpoint })});
    backend.signIn({ username: ${JSON.stringify(username)}, password: ${JSON.stringify(PASSWORD)} }).then(
      (r) => { window.result = { kind: r.kind, username: r.session && r.session.username, global: globalThis.global === globalThis }; },
      (e) => { window.result = { error: e.name + ': ' + e.message }; },
    );`, bundler);
  assert.doesNotMatch(script, /\bdefine\b.*global/, 'no define was used');
  const outcome = await run(script);
  assert.deepEqual(outcome, { kind: 'done', username, global: true });
});
