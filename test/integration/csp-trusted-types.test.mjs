// The kit under a strict Content Security Policy with Trusted Types (the policy README.md
// documents): builds the library (the real vite.config.ts, into a scratch folder), builds an app page
// that imports its `define` entry with Vite (so Vite's preload helper and the lazy SRP, challenge and
// QR chunks are in play), serves it with the CSP header, and signs in against the local Cognito in
// Chromium. No `securitypolicyviolation` event, page error or console error may appear. Controls:
// the same page without `trusted-types lit-html` renders nothing, and without `connect-src` for the
// endpoint cannot sign in, so the test can fail.
// Run: node --test test/integration/csp-trusted-types.test.mjs
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { after, before, test } from 'node:test';
import puppeteer from 'puppeteer-core';
import { build } from 'vite';
import { launchLocalCognito } from '../../dev/local-cognito/launch.mjs';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../../scripts/chromium.mjs';

// Inside the project, so `lit` and `lean-qr` resolve from its node_modules.
const SCRATCH = join(process.cwd(), 'node_modules/.cache/csp-trusted-types');
const PAGE = join(SCRATCH, 'page');
const OUT = join(PAGE, 'dist');

/** The policy README.md documents ("Content Security Policy"), for an app served from its own origin. */
function documentedPolicy(cognitoOrigin) {
  return [
    "default-src 'none'",
    "script-src 'self'",
    `connect-src ${cognitoOrigin}`,
    "require-trusted-types-for 'script'",
    'trusted-types lit-html',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

let cognito;
let browser;

before(async () => {
  rmSync(SCRATCH, { recursive: true, force: true });
  mkdirSync(PAGE, { recursive: true });
  await build({ logLevel: 'silent', build: { outDir: join(SCRATCH, 'dist'), emptyOutDir: true, sourcemap: false } });
  // The app: no inline script (script-src 'self'), the pool from the query string.
  writeFileSync(join(PAGE, 'index.html'), '<!doctype html><html lang="en"><title>CSP</title><body><script type="module" src="./main.js"></script></body></html>');
  writeFileSync(
    join(PAGE, 'main.js'),
    `import ${JSON.stringify(join(SCRATCH, 'dist/define.js'))};
    const params = new URLSearchParams(location.search);
    const flow = document.createElement('auth-flow');
    for (const name of ['user-pool-id', 'client-id', 'endpoint']) flow.setAttribute(name, params.get(name));
    document.body.append(flow);`,
  );
  await build({ configFile: false, root: PAGE, logLevel: 'silent', build: { outDir: OUT, emptyOutDir: true, target: 'es2022' } });
  cognito = await launchLocalCognito({ quiet: true });
  browser = await puppeteer.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_FLAGS });
});

after(async () => {
  await browser?.close();
  await cognito?.stop();
  rmSync(SCRATCH, { recursive: true, force: true });
});

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

/** Serves the built page on 127.0.0.1 with `csp` as its Content-Security-Policy header. */
async function serve(csp) {
  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url, 'http://localhost');
    const file = normalize(join(OUT, pathname === '/' ? 'index.html' : pathname));
    let body;
    try {
      if (!file.startsWith(OUT)) throw new Error('outside');
      body = readFileSync(file);
    } catch {
      return void response.writeHead(404).end();
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'content-security-policy': csp }).end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    // Chromium may hold a spare connection open that close() would wait for.
    close: () => new Promise((resolve) => server.close(resolve).closeAllConnections()),
  };
}

/**
 * Opens the page under `csp` in a new tab. Violations are collected by a listener installed before
 * any page script (over the DevTools protocol, which the CSP does not govern); page errors and
 * console errors beside them. Nothing may leave 127.0.0.1.
 */
async function open(csp) {
  const server = await serve(csp);
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console.error: ${message.text()}`);
  });
  page.on('request', (request) => {
    if (!request.url().startsWith('http://127.0.0.1:')) problems.push(`outside request: ${request.url()}`);
  });
  await page.evaluateOnNewDocument(() => {
    window.violations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.violations.push(`${event.effectiveDirective}: ${event.blockedURI || event.sample}`);
    });
  });
  const { userPoolId, clientId, endpoint } = cognito;
  await page.goto(`${server.origin}/?${new URLSearchParams({ 'user-pool-id': userPoolId, 'client-id': clientId, endpoint })}`);
  return {
    page,
    problems,
    violations: () => page.evaluate(() => window.violations),
    close: async () => {
      await page.close();
      await server.close();
    },
  };
}

async function signIn(page, username, password) {
  await page.waitForSelector('auth-flow input[name="username"]', { visible: true, timeout: 10_000 });
  await page.type('auth-flow input[name="username"]', username);
  await page.type('auth-flow input[name="password"]', password);
  await page.keyboard.press('Enter');
}

const demo = () => cognito.users.find((user) => user.username === 'demo');

test('the documented policy: sign in as demo with no violation, page error or console error', async () => {
  const tab = await open(documentedPolicy(new URL(cognito.endpoint).origin));
  try {
    const { username, password } = demo();
    await signIn(tab.page, username, password);
    await tab.page.waitForSelector('auth-flow auth-signed-in', { visible: true, timeout: 15_000 });
    const shown = await tab.page.$eval('auth-flow auth-signed-in', (element) => element.textContent);
    assert.match(shown, new RegExp(username));
    // The styles arrive as constructed (adopted) stylesheets, which style-src does not govern.
    const sheets = await tab.page.$eval('auth-flow', (flow) => [document.adoptedStyleSheets.length, flow.shadowRoot.adoptedStyleSheets.length]);
    assert.ok(sheets[0] > 0 && sheets[1] > 0, `adopted stylesheets: ${sheets}`);
    // SRP and the challenge format came as lazy chunks through Vite's preload helper.
    const chunks = await tab.page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name).filter((name) => name.endsWith('.js')));
    assert.ok(chunks.length > 2, `lazy chunks loaded: ${chunks.join(', ')}`);
    assert.deepEqual(await tab.violations(), []);
    assert.deepEqual(tab.problems, []);
  } finally {
    await tab.close();
  }
});

test('the documented policy: the TOTP setup step draws its QR code (lazy lean-qr chunk, svg template)', async () => {
  const tab = await open(documentedPolicy(new URL(cognito.endpoint).origin));
  try {
    await signIn(tab.page, 'setup-totp', 'Demo-pass-1234');
    await tab.page.waitForSelector('auth-flow auth-totp-setup svg path', { timeout: 15_000 });
    assert.deepEqual(await tab.violations(), []);
    assert.deepEqual(tab.problems, []);
  } finally {
    await tab.close();
  }
});

test('control: Trusted Types enforced with lit-html not an allowed policy name: nothing renders', async () => {
  const policy = documentedPolicy(new URL(cognito.endpoint).origin).replace('trusted-types lit-html', 'trusted-types app-policy');
  const tab = await open(policy);
  try {
    await tab.page.waitForFunction(() => window.violations.length > 0, { timeout: 10_000 });
    assert.ok((await tab.violations()).some((violation) => violation.startsWith('trusted-types')), String(await tab.violations()));
    assert.ok(tab.problems.some((problem) => /lit-html/.test(problem)), tab.problems.join('\n'));
    assert.equal(await tab.page.$('auth-flow input[name="username"]'), null, 'no form');
    assert.equal(await tab.page.evaluate(() => customElements.get('auth-flow')), undefined, 'no tag registered');
  } finally {
    await tab.close();
  }
});

test('control: without connect-src for the endpoint the sign-in is refused', async () => {
  const policy = documentedPolicy(new URL(cognito.endpoint).origin).replace(/connect-src [^;]+/, "connect-src 'self'");
  const tab = await open(policy);
  try {
    const { username, password } = demo();
    await signIn(tab.page, username, password);
    await tab.page.waitForFunction(() => window.violations.some((violation) => violation.startsWith('connect-src')), { timeout: 10_000 });
    assert.equal(await tab.page.$('auth-flow auth-signed-in'), null);
  } finally {
    await tab.close();
  }
});
