// The demo page (demo/index.html, demo/main.ts, demo/demo.css) as `npm start` serves it
// (demo/server.mjs: the local Cognito and Vite's dev server, here on free loopback ports and a temp
// state dir), in Chromium: the Outbox live region changes only when a message arrives, the option
// selects do not reload the page on an arrow key, nothing overflows a 320 px viewport, the
// scrollable lists are keyboard-reachable named regions, and the page follows a dark OS preference.
// Run: node --test test/integration/demo-page.test.mjs
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, test } from 'node:test';
import puppeteer from 'puppeteer-core';
import { startDemo } from '../../demo/server.mjs';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../../scripts/chromium.mjs';

const RUN = randomBytes(3).toString('hex');
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

/** A sign-up through the local Cognito (UNCONFIRMED goes through SignUp): one code in the outbox. */
async function signUp(username) {
  const response = await fetch(`${demo.local.controlUrl}/users`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: 'Demo-pass-1234', email: `${username}@example.com`, status: 'UNCONFIRMED' }),
  });
  assert.equal(response.status, 201, await response.text());
}

async function open({ width = 1024, dark = false, query = '' } = {}) {
  const page = await browser.newPage();
  await page.setViewport({ width, height: 800 });
  await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: dark ? 'dark' : 'light' }]);
  await page.goto(`${demo.pageUrl}${query}`);
  await page.waitForSelector('auth-flow input[name="username"]', { visible: true, timeout: 20_000 });
  return page;
}

const outboxHas = (page, text) =>
  page.waitForFunction((t) => document.querySelector('#outbox').textContent.includes(t), { timeout: 5_000 }, text);

test('Outbox: no DOM change while no message arrives; one message is one insertion; polite, additions only', async () => {
  await signUp(`first-${RUN}`);
  const page = await open();
  try {
    await outboxHas(page, `first-${RUN}`);
    await page.evaluate(() => {
      window.inserted = [];
      new MutationObserver((records) => {
        for (const record of records) for (const node of record.addedNodes) window.inserted.push(node.textContent);
      }).observe(document.querySelector('#outbox'), { childList: true, subtree: true, characterData: true });
    });
    // Three polls' worth (main.ts polls each second) with no new message: nothing may be inserted.
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    assert.deepEqual(await page.evaluate(() => window.inserted), []);

    await signUp(`second-${RUN}`);
    await outboxHas(page, `second-${RUN}`);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const inserted = await page.evaluate(() => window.inserted);
    assert.equal(inserted.length, 1, inserted.join('\n'));
    assert.match(inserted[0], new RegExp(`second-${RUN}`));
    // Newest first, the earlier message still shown.
    const items = await page.$$eval('#outbox li', (lis) => lis.map((li) => li.textContent));
    assert.match(items[0], new RegExp(`second-${RUN}`));
    assert.ok(items.some((text) => text.includes(`first-${RUN}`)), items.join('\n'));
    // A screen reader hears each new message once, and nothing for a removal.
    assert.deepEqual(
      await page.$eval('#outbox', (list) => [list.getAttribute('aria-live'), list.getAttribute('aria-relevant')]),
      ['polite', 'additions'],
    );
  } finally {
    await page.close();
  }
});

test('Option selects: an arrow key does not reload the page; Apply does', async () => {
  const page = await open();
  try {
    await page.evaluate(() => (window.marker = 'still here'));
    for (const name of ['authFlowType', 'persist']) {
      const before = await page.$eval(`select[name="${name}"]`, (select) => select.value);
      await page.focus(`select[name="${name}"]`);
      await page.keyboard.press('ArrowDown');
      // The old page set location.search on `change`; give a navigation time to start.
      await new Promise((resolve) => setTimeout(resolve, 700));
      assert.equal(await page.evaluate(() => window.marker), 'still here', `${name}: the page reloaded`);
      assert.notEqual(await page.$eval(`select[name="${name}"]`, (select) => select.value), before, `${name}: the arrow key moved the choice`);
    }
    assert.equal(await page.evaluate(() => performance.getEntriesByType('navigation').length), 1);
    assert.equal(new URL(page.url()).search, '');

    const chosen = await page.$eval('select[name="authFlowType"]', (select) => select.value);
    await Promise.all([page.waitForNavigation({ timeout: 10_000 }), page.click('#options button[type="submit"]')]);
    await page.waitForSelector('auth-flow input[name="username"]', { visible: true, timeout: 20_000 });
    assert.equal(new URL(page.url()).searchParams.get('authFlowType'), chosen);
    assert.equal(await page.$eval('auth-flow', (flow) => flow.getAttribute('auth-flow-type')), chosen);
    assert.equal(await page.$eval('select[name="authFlowType"]', (select) => select.value), chosen);
  } finally {
    await page.close();
  }
});

test('320 px viewport: no horizontal overflow (with outbox messages and an event logged)', async () => {
  await signUp(`a-rather-long-username-for-narrow-screens-${RUN}`);
  const page = await open({ width: 320 });
  try {
    await outboxHas(page, `narrow-screens-${RUN}`);
    await page.type('auth-flow input[name="username"]', 'demo');
    await page.type('auth-flow input[name="password"]', 'wrong-password-0');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#events li', { timeout: 10_000 });
    const widths = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
    assert.ok(widths[0] <= 320, `scrollWidth ${widths[0]} at a 320 px viewport (clientWidth ${widths[1]})`);
  } finally {
    await page.close();
  }
});

test('Outbox and Events: the scrolling box is focusable (in tab order) and a named region', async () => {
  const page = await open();
  try {
    for (const list of ['#outbox', '#events']) {
      const box = await page.evaluateHandle((selector) => {
        // The list itself or the ancestor that scrolls it.
        for (let element = document.querySelector(selector); element; element = element.parentElement) {
          if (/auto|scroll/.test(getComputedStyle(element).overflowY)) return element;
        }
        return null;
      }, list);
      assert.ok(await box.evaluate((element) => element !== null), `${list}: no scrolling box`);
      assert.equal(await box.evaluate((element) => element.tabIndex), 0, `${list}: tabindex`);
      await box.focus();
      assert.ok(await box.evaluate((element) => document.activeElement === element), `${list}: not focused`);
      const node = await page.accessibility.snapshot({ root: box, interestingOnly: false });
      assert.equal(node?.role, 'region', `${list}: role ${node?.role}`);
      assert.ok(node?.name?.trim(), `${list}: no accessible name`);
    }
  } finally {
    await page.close();
  }
});

/** Relative luminance (WCAG) of a computed `rgb(…)` colour. */
function luminance(color) {
  const [r, g, b] = color.match(/[\d.]+/g).slice(0, 3).map((v) => {
    const c = Number(v) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

async function pageColors(page) {
  return page.evaluate(() => {
    const opaque = (color) => color && !/^rgba\(.*, 0\)$/.test(color) && color !== 'transparent';
    const body = getComputedStyle(document.body);
    const root = getComputedStyle(document.documentElement);
    // A transparent page shows the canvas: white unless the root asks for a dark scheme.
    const background = [body.backgroundColor, root.backgroundColor].find(opaque) ?? 'rgb(255, 255, 255)';
    return { background, text: body.color };
  });
}

test('prefers-color-scheme: dark gives a dark page with light text; light stays light', async () => {
  const dark = await open({ dark: true });
  try {
    const { background, text } = await pageColors(dark);
    assert.ok(luminance(background) < 0.1, `background ${background} in dark mode`);
    const contrast = (luminance(text) + 0.05) / (luminance(background) + 0.05);
    assert.ok(contrast >= 7, `text ${text} on ${background}: ${contrast.toFixed(1)}:1`);
  } finally {
    await dark.close();
  }
  const light = await open({ dark: false });
  try {
    const { background } = await pageColors(light);
    assert.ok(luminance(background) > 0.8, `background ${background} in light mode`);
  } finally {
    await light.close();
  }
});

test('USER_AUTH switch: the demo uses the app client that allows it, and the seeded email-code user signs in with a code', async () => {
  const page = await open({ query: '?authFlowType=USER_AUTH' });
  try {
    assert.match(await page.$eval('#target', (p) => p.textContent), new RegExp(`client ${demo.local.userAuthClientId}`));
    assert.equal(await page.$('auth-flow input[name="password"]'), null, 'USER_AUTH asks for the username first');
    await page.type('auth-flow input[name="username"]', 'email-code');
    await page.click('auth-flow button[value="submit"]');
    await page.waitForSelector('auth-factor-select input[value="EMAIL_OTP"]', { visible: true, timeout: 10_000 });
    await page.click('auth-factor-select input[value="EMAIL_OTP"]');
    await page.click('auth-flow button[value="submit"]');
    await page.waitForSelector('auth-mfa-code input[name="code"]', { visible: true, timeout: 10_000 });
    await outboxHas(page, 'email-code');
    const code = await page.$eval('#outbox li', (li) => /\b(\d{6,8})\b/.exec(li.textContent)[1]);
    await page.type('auth-flow input[name="code"]', code);
    await page.click('auth-flow button[value="submit"]');
    await page.waitForSelector('auth-signed-in', { timeout: 10_000 });
    assert.match(await page.$eval('#events', (list) => list.textContent), /auth-factor-chosen .*"factor":"EMAIL_OTP"/);
  } finally {
    await page.close();
  }
});
