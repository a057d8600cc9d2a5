// Builds the examples and serves them to Debian's Chromium (puppeteer-core, as bench/run.mjs does).
import { execFile } from 'node:child_process';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { promisify } from 'node:util';
import puppeteer from 'puppeteer-core';
import { build } from 'vite';

export const ROOT = resolve(import.meta.dirname, '..', '..');
const run = promisify(execFile);

import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../../scripts/chromium.mjs';
import { requireNode } from '../../scripts/node-runtime.mjs';

console.log(requireNode('test:examples'));


/** What a page would load from a CDN: `https://cdn.jsdelivr.net/npm/cognito-auth-flow@<v>/dist/cdn/<file>`. */
export const CDN_URL = /^https:\/\/cdn\.jsdelivr\.net\/npm\/cognito-auth-flow@[^/]+\/dist\/cdn\/([\w.-]+)$/;

/** Runs a command from the repository root; resolves with its output, rejects with it on a non-zero exit. */
export async function sh(command, args, options = {}) {
  try {
    const { stdout, stderr } = await run(command, args, { cwd: ROOT, maxBuffer: 16 << 20, ...options });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    if (typeof error.code !== 'number') throw error;
    return { code: error.code, output: `${error.stdout ?? ''}${error.stderr ?? ''}` };
  }
}

/** The package as a user gets it: `dist/` (what the examples import) and the CDN file. */
export async function buildPackage() {
  for (const script of ['build', 'build:cdn']) {
    const { code, output } = await sh('npm', ['run', '-s', script]);
    if (code !== 0) throw new Error(`npm run ${script} failed:\n${output}`);
  }
}

/** `vite build` of examples/<name> into examples/<name>/dist; returns the emitted chunks. */
export async function buildExample(name) {
  const root = join(ROOT, 'examples', name);
  const result = await build({ root, configFile: join(root, 'vite.config.ts'), logLevel: 'silent' });
  return (Array.isArray(result) ? result : [result]).flatMap((r) => r.output);
}

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.map': 'application/json', '.svg': 'image/svg+xml' };

/**
 * Serves `/<name>/…` from `mounts[name]` on 127.0.0.1 (a free port unless `port` is given).
 * `html(text)` may rewrite each HTML page on the way out.
 */
export async function serve(mounts, { port = 0, html = (text) => text } = {}) {
  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url, 'http://localhost');
    if (pathname === '/favicon.ico') return void response.writeHead(204).end(); // Chromium asks once per origin
    const [, name, ...rest] = pathname.split('/');
    const base = mounts[name];
    let file = base && normalize(join(base, ...rest));
    if (file && existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!file || !file.startsWith(base) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    response.writeHead(200, { 'content-type': type });
    if (type === 'text/html') response.end(html(readFileSync(file, 'utf8')));
    else createReadStream(file).pipe(response);
  });
  await new Promise((done) => server.listen(port, '127.0.0.1', done));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((done) => server.close(done)) };
}

export function launchChromium() {
  return puppeteer.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_FLAGS,
  });
}

/**
 * A new tab that records page errors and console errors/warnings (a framework warning such as Vue's
 * "Failed to resolve component" fails the test), answers CDN requests for the kit from dist/cdn,
 * and lets nothing else leave 127.0.0.1.
 */
export async function openPage(browser) {
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (!['error', 'warn', 'warning'].includes(message.type())) return;
    if (message.text().startsWith('Failed to load resource')) return; // recorded with its URL below
    problems.push(`console.${message.type()}: ${message.text()}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.request().method()} ${response.url()}`);
  });
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = request.url();
    const cdn = CDN_URL.exec(url);
    if (cdn) {
      const file = join(ROOT, 'dist', 'cdn', cdn[1]);
      if (!existsSync(file)) return void request.respond({ status: 404 });
      return void request.respond({
        status: 200,
        contentType: TYPES[extname(file)],
        headers: { 'access-control-allow-origin': '*' },
        body: readFileSync(file),
      });
    }
    if (url.startsWith('http://127.0.0.1:') || url.startsWith('data:')) return void request.continue();
    problems.push(`blocked request: ${url}`);
    return void request.abort();
  });
  return { page, problems };
}

/** Signs in through the kit's light-DOM form as a person would: type, press Enter. */
export async function signIn(page, { username, password }) {
  await page.waitForSelector('auth-flow input[name="username"]', { visible: true });
  await page.type('auth-flow input[name="username"]', username);
  await page.type('auth-flow input[name="password"]', password);
  await page.keyboard.press('Enter');
}

export async function textOf(page, selector) {
  return page.$eval(selector, (element) => element.textContent?.trim() ?? '');
}

/** Waits until `selector`'s text contains `expected`; the error names what was there instead. */
export async function waitForText(page, selector, expected, timeout = 10_000) {
  try {
    await page.waitForFunction(
      (sel, text) => document.querySelector(sel)?.textContent?.includes(text),
      { timeout, polling: 50 },
      selector,
      expected,
    );
  } catch {
    const actual = await page.$eval(selector, (element) => element.textContent).catch(() => '(missing)');
    throw new Error(`${selector} never showed "${expected}"; it shows "${actual?.trim()}"`);
  }
}
