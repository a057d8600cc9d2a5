// Heap hygiene: no password, code, Cognito Session or refresh token stays reachable after sign-out,
// and after sign-in no password stays (docs/architecture.md §8). With persist="local", in every tab
// of the browser, and nothing of it in storage either (the sealed session is deleted).
// Builds two pages with Vite (the default `define` page, and one with the identity-js backend),
// drives real sign-ins in Chromium against the local Cognito, then takes a V8 heap snapshot over
// CDP and searches every string in it. Secrets are unique per run, so a match is never a constant.
// Run: node --test test/integration/heap-secrets.test.mjs
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import puppeteer from 'puppeteer-core';
import { build } from 'vite';
import { launchLocalCognito } from '../../dev/local-cognito/launch.mjs';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../../scripts/chromium.mjs';

// Inside the project, so `src/` and its dependencies resolve.
const SCRATCH = join(process.cwd(), 'node_modules/.cache/heap-secrets');
const SRC = join(process.cwd(), 'src');
const RUN = randomBytes(4).toString('hex');

let cognito;
let browser;
let server;
const pages = {};

const mount = (backend) => `const q = new URLSearchParams(location.search);
  const el = document.createElement('auth-flow');
  el.setAttribute('auth-flow-type', q.get('flow') || 'USER_SRP_AUTH');
  ${backend}
  document.body.append(el);
  window.authFlow = el;`;

const PAGES = {
  api: (c) => `import ${JSON.stringify(join(SRC, 'define.ts'))};
    ${mount(`el.setAttribute('user-pool-id', ${JSON.stringify(c.userPoolId)});
    el.setAttribute('client-id', q.get('client') === 'userAuth' ? ${JSON.stringify(c.userAuthClientId)} : ${JSON.stringify(c.clientId)});
    el.setAttribute('passkey-prompt', q.get('prompt') || 'never');
    el.setAttribute('persist', q.get('persist') || '');
    el.setAttribute('endpoint', ${JSON.stringify(c.endpoint)});`)}`,
  'identity-js': (c) => `import { defineAuthElements } from ${JSON.stringify(join(SRC, 'index.ts'))};
    import { CognitoIdentityJsBackend } from ${JSON.stringify(join(SRC, 'cognito/identity-js-backend.ts'))};
    defineAuthElements();
    ${mount(`el.backend = new CognitoIdentityJsBackend(${JSON.stringify({ userPoolId: c.userPoolId, clientId: c.clientId, endpoint: c.endpoint })});`)}`,
};

/** An app build of `source` (Vite, one chunk, as an app would ship it). */
async function appBundle(name, source) {
  const entry = join(SCRATCH, `${name}.js`);
  writeFileSync(entry, source);
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    define: { global: 'globalThis' },
    build: { write: false, minify: false, target: 'es2022', rolldownOptions: { input: entry, output: { inlineDynamicImports: true } } },
  });
  const chunks = (Array.isArray(output) ? output : [output]).flatMap((o) => o.output).filter((c) => c.type === 'chunk');
  assert.equal(chunks.length, 1, 'one chunk');
  return chunks[0].code;
}

before(async () => {
  rmSync(SCRATCH, { recursive: true, force: true });
  mkdirSync(SCRATCH, { recursive: true });
  cognito = await launchLocalCognito({ quiet: true });
  for (const [name, source] of Object.entries(PAGES)) pages[name] = await appBundle(name, source(cognito));
  server = createServer((request, response) => {
    const name = new URL(request.url, 'http://x').pathname.slice(1).replace(/\.js$/, '');
    if (pages[name] && request.url.endsWith('.js')) {
      response.writeHead(200, { 'content-type': 'text/javascript' }).end(pages[name]);
    } else {
      response.writeHead(200, { 'content-type': 'text/html' }).end(`<!doctype html><script type="module" src="/${name}.js"></script>`);
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  browser = await puppeteer.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_FLAGS });
});

after(async () => {
  await browser?.close();
  server?.close();
  await cognito?.stop();
  rmSync(SCRATCH, { recursive: true, force: true });
});

let users = 0;
/** A user of its own with a unique password (and a phone for SMS MFA). */
async function createUser(extra = {}) {
  const user = { username: `heap-${RUN}-${++users}`, password: `Heap-${RUN}-${randomBytes(6).toString('hex')}-${users}!`, ...extra };
  const response = await fetch(`${cognito.controlUrl}/users`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(user),
  });
  assert.equal(response.status, 201, await response.text());
  return user;
}

async function codesFor(username) {
  const messages = await (await fetch(`${cognito.outboxUrl}?username=${encodeURIComponent(username)}`)).json();
  return messages.map((m) => m.code);
}

/** Waits for the `count`-th code sent to `username`. */
async function nthCode(username, count) {
  for (let i = 0; i < 100; i++) {
    const codes = await codesFor(username);
    if (codes.length >= count) return codes[count - 1];
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no code ${count} for ${username}`);
}

/**
 * A tab on `backend`'s page, recording every Session and refresh token Cognito sends it. The page
 * is driven with the keyboard and mouse only: a secret passed to `evaluate` would itself be a
 * string in the page's heap.
 */
async function open(backend, flow = 'USER_SRP_AUTH', query = '', context = browser) {
  const tab = await context.newPage();
  const secrets = { sessions: new Set(), refreshTokens: new Set(), credentials: new Set() };
  tab.on('request', (request) => {
    // A passkey's assertion: its signature is what a thief would replay.
    const credential = /"CREDENTIAL":"((?:[^"\\]|\\.)*)"/.exec(request.postData() ?? '')?.[1];
    if (credential) secrets.credentials.add(JSON.parse(JSON.parse(`"${credential}"`)).response.signature);
  });
  tab.on('response', async (response) => {
    if (!response.url().startsWith(cognito.endpoint) || response.request().method() !== 'POST') return;
    try {
      const body = JSON.parse(await response.text());
      if (body.Session) secrets.sessions.add(body.Session);
      if (body.AuthenticationResult?.RefreshToken) secrets.refreshTokens.add(body.AuthenticationResult.RefreshToken);
    } catch {
      // An error reply or a body already gone: nothing secret to record.
    }
  });
  const errors = [];
  tab.on('pageerror', (error) => errors.push(error));
  // localhost, not 127.0.0.1: a passkey's relying party is a host name.
  await tab.goto(`http://localhost:${server.address().port}/${backend}?flow=${flow}${query}`);
  await tab.waitForSelector(flow === 'USER_AUTH' ? 'auth-sign-in input[name=username]' : 'auth-sign-in input[name=password]');
  return { tab, secrets, errors };
}

async function typeInto(tab, selector, text) {
  const field = await tab.waitForSelector(selector);
  await field.evaluate((input) => {
    input.value = '';
  });
  await field.type(text);
}

async function signIn(tab, username, password) {
  await typeInto(tab, 'auth-sign-in input[name=username]', username);
  await typeInto(tab, 'auth-sign-in input[name=password]', password);
  await tab.click('auth-sign-in button[value=submit]');
}

async function submitCode(tab, code) {
  await typeInto(tab, 'auth-mfa-code input[name=code]', code);
  await tab.click('auth-mfa-code button[value=submit]');
}

const signedIn = (tab) => tab.waitForSelector('auth-signed-in button[value=signOut]', { timeout: 15000 });

async function signOut(tab) {
  await (await signedIn(tab)).click();
  await tab.waitForSelector('auth-sign-in input[name=password]', { timeout: 15000 });
}

/** Every string in a heap snapshot of `tab`, taken after a full garbage collection. */
async function heapStrings(tab) {
  const cdp = await tab.createCDPSession();
  const chunks = [];
  cdp.on('HeapProfiler.addHeapSnapshotChunk', ({ chunk }) => chunks.push(chunk));
  await cdp.send('HeapProfiler.enable');
  // Twice, a moment apart: what the last request's callbacks held is let go once they have run
  // (a busy machine runs them late), and is then collected.
  await cdp.send('HeapProfiler.collectGarbage');
  await new Promise((resolve) => setTimeout(resolve, 300));
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false, captureNumericValue: false });
  await cdp.detach();
  return JSON.parse(chunks.join('')).strings;
}

/**
 * True when `text` holds `secret`. A code is all digits: it counts only where no other digit
 * touches it, since six digits also turn up inside unrelated numbers (a timestamp, an id) and made
 * this check fail on a busy machine with nothing leaked.
 */
function holds(text, secret) {
  if (!/^\d+$/.test(secret)) return text.includes(secret);
  for (let at = text.indexOf(secret); at !== -1; at = text.indexOf(secret, at + 1)) {
    if (!/\d/.test(text[at - 1] ?? '') && !/\d/.test(text[at + secret.length] ?? '')) return true;
  }
  return false;
}

/**
 * Each secret of `named` that some heap string contains: its `kind`, and where it was seen (the
 * holding string around it, cut short, the secret itself masked), so a failure shows whether it is
 * the secret's own string or a coincidence inside another one.
 */
function sightings(strings, named) {
  const seen = [];
  for (const [kind, values] of Object.entries(named)) {
    for (const value of values) {
      const holder = value ? strings.find((s) => holds(s, value)) : undefined;
      if (holder === undefined) continue;
      const at = holder.indexOf(value);
      const around = JSON.stringify(holder.slice(Math.max(0, at - 40), at + value.length + 40)).split(value).join(`<${kind}>`);
      seen.push({ kind, where: `a string of ${holder.length} characters: ${around}` });
    }
  }
  return seen;
}

/** The secrets of `named` that some heap string contains, as `kind` labels. */
async function reachable(tab, named) {
  return [...new Set(sightings(await heapStrings(tab), named).map((seen) => seen.kind))];
}

/** Runs the checks of one path and reports every one that found something, not only the first. */
function checks() {
  const found = {};
  return {
    async check(tab, named, label) {
      const seen = sightings(await heapStrings(tab), named);
      if (seen.length) found[label] = [...new Set(seen.map(({ kind }) => kind))];
      for (const { kind, where } of seen) console.log(`${label}: ${kind} in ${where}`);
    },
    assertNone() {
      assert.deepEqual(found, {}, 'secrets reachable in the heap');
    },
  };
}

const allSecrets = (user, secrets, codes = []) => ({
  password: [user.password, ...(user.wrongPasswords ?? [])],
  code: codes,
  session: [...secrets.sessions],
  refreshToken: [...secrets.refreshTokens],
  credential: [...(secrets.credentials ?? [])],
});

/** USER_AUTH: the username, then a factor from the choice. */
async function chooseFactor(tab, username, factor) {
  await typeInto(tab, 'auth-sign-in input[name=username]', username);
  await tab.click('auth-sign-in button[value=submit]');
  await (await tab.waitForSelector(`auth-factor-select input[value=${factor}]`, { timeout: 15000 })).click();
  await tab.click('auth-factor-select button[value=submit]');
}

async function signOutToUsername(tab) {
  await (await signedIn(tab)).click();
  await tab.waitForSelector('auth-sign-in input[name=username]', { timeout: 15000 });
}

test('api: USER_AUTH — the emailed code as the first factor, then sign-out', async () => {
  const user = await createUser({ email: `heap-${RUN}@example.com` });
  const { tab, secrets } = await open('api', 'USER_AUTH', '&client=userAuth');
  const found = checks();
  try {
    await chooseFactor(tab, user.username, 'EMAIL_OTP');
    await tab.waitForSelector('auth-mfa-code input[name=code]', { timeout: 15000 });
    const code = await nthCode(user.username, 1);
    await submitCode(tab, code);
    await signOutToUsername(tab);
    assert.ok(secrets.sessions.size && secrets.refreshTokens.size, 'a Session and a refresh token were issued');
    await found.check(tab, allSecrets(user, secrets, [code]), 'after sign-out');
    found.assertNone();
  } finally {
    await tab.close();
  }
});

test('api: sign-up, confirmed, signed in by the confirmation Session, then sign-out', async () => {
  const username = `heap-${RUN}-signup`;
  const user = { username, password: `Heap-${RUN}-${randomBytes(6).toString('hex')}-up!` };
  const { tab, secrets } = await open('api', 'USER_SRP_AUTH', '&client=userAuth');
  const found = checks();
  try {
    await tab.click('auth-sign-in ::-p-text(Create an account)');
    await typeInto(tab, 'auth-sign-up input[name=username]', username);
    await typeInto(tab, 'auth-sign-up input[name=password]', user.password);
    await typeInto(tab, 'auth-sign-up input[name=email]', `signup-${RUN}@example.com`);
    await tab.click('auth-sign-up button[value=submit]');
    await tab.waitForSelector('auth-confirm-code input[name=code]', { timeout: 15000 });
    const code = await nthCode(username, 1);
    await typeInto(tab, 'auth-confirm-code input[name=code]', code);
    await tab.click('auth-confirm-code button[value=submit]');
    await signedIn(tab);
    await found.check(tab, { password: [user.password] }, 'after sign-in');
    await signOut(tab);
    assert.ok(secrets.sessions.size >= 2, 'SignUp and ConfirmSignUp gave Sessions');
    await found.check(tab, allSecrets(user, secrets, [code]), 'after sign-out');
    found.assertNone();
  } finally {
    await tab.close();
  }
});

test('api: USER_AUTH — a passkey created after a password sign-in, used to sign in, then sign-out', async () => {
  const user = await createUser();
  const { tab, secrets } = await open('api', 'USER_AUTH', '&client=userAuth&prompt=after-sign-in');
  const cdp = await tab.createCDPSession();
  await cdp.send('WebAuthn.enable', { enableUI: false });
  await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: { protocol: 'ctap2', transport: 'internal', hasResidentKey: true, hasUserVerification: true, isUserVerified: true, automaticPresenceSimulation: true },
  });
  const found = checks();
  try {
    await chooseFactor(tab, user.username, 'PASSWORD_SRP');
    await typeInto(tab, 'auth-password-factor input[name=password]', user.password);
    await tab.click('auth-password-factor button[value=submit]');
    await (await tab.waitForSelector('auth-passkey-offer button[value=submit]', { timeout: 15000 })).click();
    await signOutToUsername(tab);
    await chooseFactor(tab, user.username, 'WEB_AUTHN');
    await signOutToUsername(tab);
    assert.ok(secrets.credentials.size, 'a passkey assertion was sent');
    await found.check(tab, allSecrets(user, secrets), 'after sign-out');
    found.assertNone();
  } finally {
    await cdp.detach();
    await tab.close();
  }
});

for (const backend of Object.keys(PAGES)) {
  test(`${backend}: password sign-in, then sign-out`, async () => {
    const user = await createUser();
    const { tab, secrets, errors } = await open(backend, 'USER_PASSWORD_AUTH');
    const found = checks();
    try {
      await signIn(tab, user.username, user.password);
      await signedIn(tab);
      await found.check(tab, { password: [user.password] }, 'after sign-in');
      await signOut(tab);
      assert.ok(secrets.refreshTokens.size, 'a refresh token was issued');
      await found.check(tab, allSecrets(user, secrets), 'after sign-out');
      assert.deepEqual(errors, []);
      found.assertNone();
    } finally {
      await tab.close();
    }
  });

  test(`${backend}: SRP with a wrong password, then the right one, then sign-out`, async () => {
    const user = await createUser();
    user.wrongPasswords = [`Wrong-${RUN}-${randomBytes(6).toString('hex')}!`];
    const { tab, secrets } = await open(backend);
    const found = checks();
    try {
      await signIn(tab, user.username, user.wrongPasswords[0]);
      await tab.waitForSelector('auth-sign-in [aria-invalid=true], auth-sign-in .auth-form-error', { timeout: 15000 });
      await found.check(tab, { password: user.wrongPasswords }, 'after the wrong password');
      await signIn(tab, user.username, user.password);
      await signedIn(tab);
      await found.check(tab, { password: [user.password, ...user.wrongPasswords] }, 'after sign-in');
      await signOut(tab);
      await found.check(tab, allSecrets(user, secrets), 'after sign-out');
      found.assertNone();
    } finally {
      await tab.close();
    }
  });

  test(`${backend}: SMS MFA with "send a new code", then sign-out`, async () => {
    const user = await createUser({ phone_number: '+15550109876', mfa: { sms: true } });
    const { tab, secrets } = await open(backend);
    const found = checks();
    try {
      await signIn(tab, user.username, user.password);
      await tab.waitForSelector('auth-mfa-code input[name=code]', { timeout: 15000 });
      const first = await nthCode(user.username, 1);
      await tab.click('auth-mfa-code button[value=resend]');
      const second = await nthCode(user.username, 2);
      await tab.waitForSelector('auth-mfa-code .auth-notice');
      await submitCode(tab, second);
      await signedIn(tab);
      await found.check(tab, { password: [user.password] }, 'after sign-in');
      await signOut(tab);
      await found.check(tab, allSecrets(user, secrets, [first, second]), 'after sign-out');
      found.assertNone();
    } finally {
      await tab.close();
    }
  });

  test(`${backend}: SMS MFA, then "back to sign in"`, async () => {
    const user = await createUser({ phone_number: '+15550106789', mfa: { sms: true } });
    const { tab, secrets } = await open(backend);
    const found = checks();
    try {
      await signIn(tab, user.username, user.password);
      await tab.waitForSelector('auth-mfa-code input[name=code]', { timeout: 15000 });
      const code = await nthCode(user.username, 1);
      await tab.click('auth-mfa-code ::-p-text(Back to sign in)');
      await tab.waitForSelector('auth-sign-in input[name=password]');
      assert.ok(secrets.sessions.size, 'a Session was issued');
      await found.check(tab, allSecrets(user, secrets, [code]), 'after going back');
      found.assertNone();
    } finally {
      await tab.close();
    }
  });
}

/**
 * What the origin stores, as text: Web Storage entries and the kit's IndexedDB records (sealed
 * bytes as Latin-1). Read after the heap checks: the strings it makes are ciphertext, but they stay in the page.
 */
function stored(tab) {
  return tab.evaluate(async () => {
    const db = await new Promise((resolve, reject) => {
      const request = indexedDB.open('cognito-auth-flow');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const records = db.objectStoreNames.contains('sealed')
      ? await new Promise((resolve) => {
          const request = db.transaction('sealed').objectStore('sealed').getAll();
          request.onsuccess = () => resolve(request.result);
        })
      : [];
    db.close();
    const web = [localStorage, sessionStorage].flatMap((storage) => Object.keys(storage).map((key) => `${key}=${storage.getItem(key)}`));
    return { sealedRecords: records.length, text: [...records.map((bytes) => String.fromCharCode(...bytes)), ...web].join('\n') };
  });
}

test('api: persist="local" — sign-in, a reload (still signed in), a second tab, sign-out there: no refresh token in either heap or in storage', async () => {
  const user = await createUser();
  // A browser context of its own: its storage (the sealed session) is this test's alone.
  const context = await browser.createBrowserContext();
  const { tab, secrets, errors } = await open('api', 'USER_PASSWORD_AUTH', '&persist=local', context);
  const found = checks();
  try {
    await signIn(tab, user.username, user.password);
    await signedIn(tab);
    assert.ok(secrets.refreshTokens.size, 'a refresh token was issued');
    const signedInStore = await stored(tab);
    assert.equal(signedInStore.sealedRecords, 1, 'the session is sealed in IndexedDB');
    for (const token of secrets.refreshTokens) assert.ok(!signedInStore.text.includes(token), 'no plain refresh token in storage');
    assert.ok(!signedInStore.text.includes(user.password), 'no password in storage');

    await tab.reload();
    await signedIn(tab);
    await found.check(tab, { password: [user.password] }, 'after the reload');

    // A second tab of the same browser opens signed in; signing out there signs this tab out.
    const other = await context.newPage();
    await other.goto(tab.url());
    await signOut(other);
    await tab.waitForSelector('auth-sign-in input[name=password]', { timeout: 15000 });
    await found.check(tab, allSecrets(user, secrets), 'after the sign-out in the other tab');
    await found.check(other, allSecrets(user, secrets), 'in the tab that signed out');
    const afterStore = await stored(tab);
    assert.equal(afterStore.sealedRecords, 0, 'the sealed session is deleted');
    for (const token of secrets.refreshTokens) assert.ok(!afterStore.text.includes(token));
    assert.deepEqual(errors, []);
    found.assertNone();
  } finally {
    await context.close();
  }
});

test('the search finds a secret the page keeps (the test can fail)', async () => {
  const user = await createUser();
  const { tab, secrets } = await open('api', 'USER_PASSWORD_AUTH');
  try {
    // The page keeps what it typed: the password field's value, read once and held.
    await signIn(tab, user.username, user.password);
    await signedIn(tab);
    await signOut(tab);
    await typeInto(tab, 'auth-sign-in input[name=password]', user.password);
    await tab.evaluate(() => {
      window.kept = document.querySelector('auth-sign-in input[name=password]').value;
    });
    assert.deepEqual(await reachable(tab, allSecrets(user, secrets)), ['password']);
  } finally {
    await tab.close();
  }
});
