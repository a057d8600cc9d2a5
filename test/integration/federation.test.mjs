// Social and enterprise sign-in end to end (docs/cognito.md §11): the demo page (demo/server.mjs)
// with its provider buttons, in Chromium, against the local Cognito's managed login and stand-in
// providers over HTTP. Full-page redirects and popups need a browser a test page cannot be (the
// page itself leaves), so Puppeteer drives it, as the demo-page checks do.
// Run: node --test test/integration/federation.test.mjs
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import puppeteer from 'puppeteer-core';
import { startDemo } from '../../demo/server.mjs';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../../scripts/chromium.mjs';

let demo;
let browser;

before(async () => {
  demo = await startDemo({ quiet: true });
  browser = await puppeteer.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_FLAGS });
});

after(async () => {
  await browser?.close();
  await demo?.stop();
});

async function settings(body) {
  const response = await fetch(`${demo.local.controlUrl}/settings`, {
    method: body ? 'PUT' : 'DELETE',
    headers: { 'content-type': 'application/json' },
    body: body ? JSON.stringify(body) : undefined,
  });
  assert.ok(response.ok, await response.text());
}

/** A fresh browser context (its own storage and cookies) on the demo page with provider buttons. */
async function open(query = 'providers=redirect') {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${demo.pageUrl}?${query}`);
  await page.waitForSelector('auth-provider-buttons button', { visible: true, timeout: 20_000 });
  return { page, context, errors };
}

/** Closes a context, waiting at most 10 s: a close that hangs must not hide why the test failed. */
const closeSoon = (context) => Promise.race([context.close(), new Promise((resolve) => setTimeout(resolve, 10_000))]);

const button = (page, text) => page.waitForSelector(`::-p-xpath(//button[normalize-space()="${text}"])`, { visible: true, timeout: 10_000 });

/** At the stand-in provider: picks the identity whose button says `label` (or the first one). */
async function pickIdentity(page, label) {
  await page.waitForSelector('button[name=identity]', { timeout: 10_000 });
  if (label) await (await button(page, label)).click();
  else await page.click('button[name=identity]');
}

const signedIn = (page) => page.waitForSelector('auth-signed-in', { timeout: 15_000 });
const events = (page) => page.$eval('#events', (list) => list.textContent);
const alertText = (page) => page.waitForSelector('auth-flow [role=alert]', { timeout: 15_000 }).then((el) => el.evaluate((e) => e.textContent));

test('Google by redirect: signed in with the provider\'s claims, the code gone from the address; sign-out ends the managed-login session too', async () => {
  const { page, context, errors } = await open();
  try {
    await (await button(page, 'Continue with Google')).click();
    await page.waitForFunction(() => location.pathname.includes('/_idp/Google'), { timeout: 10_000 });
    await pickIdentity(page);
    await signedIn(page);
    assert.doesNotMatch(page.url(), /[?&](code|state)=/, 'code and state left the address');
    const log = await events(page);
    assert.match(log, /auth-signed-in .*"method":"federated","provider":"Google"/);
    assert.match(log, /"identities":/);
    assert.match(await page.$eval('auth-signed-in', (e) => e.textContent), /Signed in as Google_/);

    const visited = [];
    page.on('request', (request) => request.isNavigationRequest() && visited.push(request.url()));
    await (await button(page, 'Sign out')).click();
    await page.waitForFunction(() => !location.search && document.querySelector('auth-sign-in'), { timeout: 15_000 });
    assert.ok(visited.some((url) => new URL(url).pathname === '/logout'), `through /logout: ${visited.join(' ')}`);
    assert.deepEqual(errors, []);
  } finally {
    await closeSoon(context);
  }
});

test('a reload keeps the session with persist="local"', async () => {
  const { page, context } = await open('providers=redirect&persist=local');
  try {
    await (await button(page, 'Continue with Facebook')).click();
    await pickIdentity(page);
    await signedIn(page);
    await page.reload();
    await signedIn(page);
  } finally {
    await closeSoon(context);
  }
});

test('by popup: the popup goes to the provider and closes; the page is signed in', async () => {
  const { page, context, errors } = await open('providers=popup');
  try {
    const popupOpened = new Promise((resolve) => page.once('popup', resolve));
    await (await button(page, 'Continue with Apple')).click();
    const popup = await popupOpened;
    await pickIdentity(popup);
    await signedIn(page);
    assert.match(await events(page), /"provider":"SignInWithApple"/);
    await page.waitForFunction(() => true);
    assert.ok(popup.isClosed(), 'the popup closed itself');
    assert.deepEqual(errors, []);
  } finally {
    await closeSoon(context);
  }
});

test('a blocked popup falls back to the redirect', async () => {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  try {
    await page.evaluateOnNewDocument(() => {
      window.open = () => null; // as a popup blocker answers
    });
    await page.goto(`${demo.pageUrl}?providers=popup`);
    await (await button(page, 'Continue with Google')).click();
    await page.waitForFunction(() => location.pathname.includes('/_idp/Google'), { timeout: 10_000 });
    await pickIdentity(page);
    await signedIn(page);
  } finally {
    await closeSoon(context);
  }
});

test('company SSO: the work email\'s domain picks the SAML provider (idp_identifier)', async () => {
  const { page, context } = await open();
  try {
    await (await button(page, 'Sign in with your company (SSO)')).click();
    await page.waitForSelector('input[name=ssoEmail]', { visible: true });
    await page.type('input[name=ssoEmail]', 'grace@Example.com');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => location.pathname.includes('/_idp/OktaSAML'), { timeout: 10_000 });
    await pickIdentity(page);
    await signedIn(page);
    assert.match(await events(page), /"provider":"OktaSAML"/);
  } finally {
    await closeSoon(context);
  }
});

test('the person cancels at the provider: a calm message on the sign-in step, the address clean', async () => {
  const { page, context } = await open();
  try {
    await (await button(page, 'Continue with Google')).click();
    await (await button(page, 'Cancel')).click();
    assert.equal(await alertText(page), 'Sign-in with that account was cancelled. Try again, or sign in another way.');
    assert.doesNotMatch(page.url(), /[?&](error|state)=/);
  } finally {
    await closeSoon(context);
  }
});

/** Goes to the provider and back, but changes the return address on its way in with `change(url)`. */
async function tamperedReturn(page, change) {
  await page.setRequestInterception(true);
  let original = '';
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (request.isNavigationRequest() && url.origin === new URL(demo.pageUrl).origin && url.searchParams.has('code') && !original) {
      original = url.href;
      // A redirect, so the page's address is the changed one (a changed request URL would not be).
      return request.respond({ status: 302, headers: { location: change(url).href } });
    }
    return request.continue();
  });
  await (await button(page, 'Continue with Google')).click();
  await pickIdentity(page);
  return () => original;
}

test('a tampered state is refused before any code is exchanged', async () => {
  const { page, context } = await open();
  try {
    const tokenCalls = [];
    page.on('request', (request) => request.url().endsWith('/oauth2/token') && tokenCalls.push(request.url()));
    await tamperedReturn(page, (url) => (url.searchParams.set('state', 'forged-by-someone-else'), url));
    assert.equal(await alertText(page), 'This sign-in did not start here, or it started too long ago. Start again.');
    assert.deepEqual(tokenCalls, []);
  } finally {
    await closeSoon(context);
  }
});

test('a replayed code is refused (the code of an earlier sign-in with this sign-in\'s state)', async () => {
  const { page, context } = await open();
  try {
    let firstCode = '';
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (!firstCode && url.searchParams.has('code') && url.origin === new URL(demo.pageUrl).origin) firstCode = url.searchParams.get('code');
    });
    await (await button(page, 'Continue with Google')).click();
    await pickIdentity(page);
    await signedIn(page);
    await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), (await button(page, 'Sign out')).click()]);
    await page.waitForFunction(() => !location.search && document.querySelector('auth-provider-buttons button'), { timeout: 15_000 });
    await tamperedReturn(page, (url) => (url.searchParams.set('code', firstCode), url));
    assert.equal(await alertText(page), 'That sign-in has expired or was already used. Start again.');
  } finally {
    await closeSoon(context);
  }
});

test('a wrong PKCE verifier is refused at the token endpoint', async () => {
  const { page, context } = await open();
  try {
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      if (!request.url().endsWith('/oauth2/token') || request.method() !== 'POST') return request.continue();
      const body = new URLSearchParams(request.postData());
      body.set('code_verifier', 'x'.repeat(64));
      return request.continue({ postData: body.toString() });
    });
    await (await button(page, 'Continue with Google')).click();
    await pickIdentity(page);
    assert.equal(await alertText(page), 'That sign-in has expired or was already used. Start again.');
  } finally {
    await closeSoon(context);
  }
});

test('a redirect URI the app client does not list: the managed login refuses to send the person back', async () => {
  const { page, context } = await open();
  try {
    await settings({ oauthClients: { [demo.local.clientId]: { CallbackURLs: ['https://app.example.com/callback'] } } });
    const response = await Promise.all([page.waitForNavigation(), (await button(page, 'Continue with Google')).click()]).then(([r]) => r);
    await page.waitForFunction(() => location.pathname === '/error' || document.body.textContent.includes('redirect'), { timeout: 10_000 });
    assert.notEqual(new URL(page.url()).origin, new URL(demo.pageUrl).origin, 'nothing was sent back to the app');
    assert.match(await page.evaluate(() => document.body.textContent), /redirect_mismatch/);
    assert.ok(response);
  } finally {
    await settings(null);
    await closeSoon(context);
  }
});
