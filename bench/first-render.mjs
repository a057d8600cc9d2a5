// First render: how long after navigation a person sees a usable sign-in form, `<auth-flow>`
// (minified page bundle, served like a real page) against the same form as static HTML (the
// baseline). Interleaved rounds in one Chromium; the ratio is what to compare across machines.
import { createServer } from 'node:http';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../scripts/chromium.mjs';
import { buildPage } from './page-bundle.mjs';

const STATIC_FORM = `<form><h2>Sign in</h2>
  <label for="u">Username</label><input id="u" name="username" autocomplete="username">
  <label for="p">Password</label><input id="p" name="password" type="password" autocomplete="current-password">
  <button>Sign in</button></form>`;

async function pageFiles() {
  const chunks = await buildPage();
  return new Map(chunks.map((c) => [`/${c.fileName}`, c.code]));
}

export async function measureFirstRender(puppeteer, rounds = 15) {
  const files = await pageFiles();
  const entry = [...files.keys()].find((name) => name.includes('define'));
  const pages = {
    '/static': `<!doctype html><html lang="en"><body>${STATIC_FORM}</body></html>`,
    '/kit': `<!doctype html><html lang="en"><body>
      <script type="module" src="${entry}"></script>
      <auth-flow user-pool-id="local_Bench1" client-id="bench"></auth-flow></body></html>`,
  };
  const server = createServer((request, response) => {
    const path = request.url.split('?')[0];
    if (pages[path]) response.writeHead(200, { 'content-type': 'text/html' }).end(pages[path]);
    else if (files.has(path)) response.writeHead(200, { 'content-type': 'text/javascript' }).end(files.get(path));
    else response.writeHead(404).end();
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await puppeteer.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_FLAGS });
  try {
    const tab = await browser.newPage();
    await tab.setCacheEnabled(false); // every round loads the script again, as a first visit does
    const time = async (path) => {
      await tab.goto(`${origin}${path}?r=${Math.random()}`, { waitUntil: 'domcontentloaded' });
      // Ready = the password field is in the document (light DOM in both cases) and painted.
      await tab.waitForFunction(() => document.querySelector('input[type=password]'), { polling: 'raf' });
      return tab.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now()))));
    };
    await time('/static');
    await time('/kit'); // warm the browser, not the cache
    const samples = { static: [], kit: [] };
    for (let i = 0; i < rounds; i++) {
      samples.static.push(await time('/static'));
      samples.kit.push(await time('/kit'));
    }
    const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
    return { static: median(samples.static), kit: median(samples.kit), rounds };
  } finally {
    await browser.close();
    server.close();
  }
}
