// `npm run bench`, last part: the same minimal sign-in page built with the same bundler (Vite, app
// build, minified, gzip -9) for <auth-flow> and for the kits people would pick instead (installed in
// bench/peers/, never by the root install), then loaded side by side in one Chromium: size, first
// contentful paint and JS heap after first render, each as a ratio to <auth-flow>.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../scripts/chromium.mjs';

const ROOT = join(import.meta.dirname, '..');
const PEERS = join(ROOT, 'bench', 'peers');

/**
 * `npm ci` in bench/peers when its node_modules is missing; the root install never pays for it.
 * Returns false (and says why) when that fails, so the bench goes on without the peers.
 */
export function installPeers() {
  if (existsSync(join(PEERS, 'node_modules'))) return true;
  console.log('installing the peer kits into bench/peers (npm ci, once) …');
  // Under `npm run`, npm_execpath is the npm that runs us; use it with this Node.
  const npm = process.env.npm_execpath;
  const [command, args] = npm && npm.endsWith('.js') ? [process.execPath, [npm]] : ['npm', []];
  const result = spawnSync(command, [...args, 'ci', '--prefix', PEERS, '--no-audit', '--no-fund'], { stdio: 'inherit', cwd: ROOT });
  if (result.status === 0) return true;
  console.log(`npm ci --prefix bench/peers failed (exit ${result.status ?? result.error}): benching without the peers`);
  return false;
}

// The same first screen as static HTML, for FCP and heap: what a page costs with no kit at all.
const STATIC_FORM = `<form><h2>Sign in</h2>
  <label for="u">Username</label><input id="u" name="username" autocomplete="username">
  <label for="p">Password</label><input id="p" name="password" type="password" autocomplete="current-password">
  <button>Sign in</button></form>`;

// React and its scheduler: left out of the "without React" build of the Amplify page.
const REACT = /^(react|react-dom|scheduler)(\/.*)?$/;

/** Each page: its entry (null = no script) and the markup its <body> starts with. */
const PAGES = [
  { name: 'static', label: 'static HTML form (no JS)', entry: null, body: STATIC_FORM },
  { name: 'kit', label: '<auth-flow> (this kit)', entry: 'src/define.ts',
    body: '<auth-flow user-pool-id="eu-west-1_AbCdEf123" client-id="1h2j3k4l5m6n7o8p9q0r"></auth-flow>' },
  { name: 'amplify', label: 'Amplify <Authenticator> + React', entry: 'bench/peers/pages/amplify.js', body: '<div id="root"></div>' },
  { name: 'hanko', label: 'Hanko <hanko-auth>', entry: 'bench/peers/pages/hanko.js', body: '<hanko-auth></hanko-auth>' },
];

/** Vite app build of `entry` under `/<name>/`, in memory: files to serve and what loads up front. */
async function buildPage(name, entry, external) {
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    base: `/${name}/`,
    build: {
      write: false,
      target: 'es2022',
      minify: true,
      // An app build, as page-bundle.mjs makes one (library mode keeps whitespace; the entry's chunk
      // may take what it shares with later chunks).
      rolldownOptions: { input: join(ROOT, entry), preserveEntrySignatures: 'allow-extension', external },
    },
  });
  const items = (Array.isArray(output) ? output : [output]).flatMap((o) => o.output);
  const byName = new Map(items.map((item) => [item.fileName, item]));
  // Up front: the entry, its static imports and the CSS they import; dynamic imports come later.
  const upFront = new Set();
  const visit = (chunk) => {
    if (!chunk || upFront.has(chunk)) return; // not emitted: an external (React in the bare build)
    upFront.add(chunk);
    for (const css of chunk.viteMetadata?.importedCss ?? []) upFront.add(byName.get(css));
    for (const file of chunk.imports) visit(byName.get(file));
  };
  const entryChunk = items.find((item) => item.type === 'chunk' && item.isEntry);
  visit(entryChunk);
  const gzip = (list) => (list.length ? gzipSync(list.map((i) => i.code ?? i.source).join('\n'), { level: 9 }).length : 0);
  const js = [...upFront].filter((i) => i.type === 'chunk');
  const css = [...upFront].filter((i) => i.type === 'asset' && i.fileName.endsWith('.css'));
  return {
    files: new Map(items.map((i) => [`/${name}/${i.fileName}`, i.code ?? i.source])),
    entry: `/${name}/${entryChunk.fileName}`,
    css: css.map((i) => `/${name}/${i.fileName}`),
    size: { js: gzip(js), css: gzip(css), lazy: gzip(items.filter((i) => i.type === 'chunk' && !upFront.has(i))) },
  };
}

// The Hanko elements ask their API for the first flow state before they show a form. This stub
// answers with the login_init state (email first, as a default Hanko project starts), so the peer
// renders its real first screen from loopback (it holds that first state 500 ms before showing
// it, by its own design, so its "field shown" time includes that). Anything else is a 404.
function hankoApi(request, response, path) {
  const json = (body) => response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  if (path === '/hanko/sessions/validate') return json({ is_valid: false });
  if (path === '/hanko/login' || path.startsWith('/hanko/login?')) {
    return json({
      name: 'login_init',
      status: 200,
      csrf_token: 'bench',
      payload: {},
      actions: {
        continue_with_login_identifier: {
          action: 'continue_with_login_identifier', href: '/login?action=continue_with_login_identifier@bench',
          description: 'Enter an identifier to log in.',
          inputs: { email: { name: 'email', type: 'email', required: true, hidden: false, min_length: 3, max_length: 255 } },
        },
      },
    });
  }
  return response.writeHead(404).end();
}

function serve(pages) {
  const files = new Map();
  const html = new Map();
  for (const page of pages) {
    for (const [path, code] of page.build?.files ?? []) files.set(path, code);
    const head = (page.build?.css ?? []).map((href) => `<link rel="stylesheet" href="${href}">`).join('');
    const script = page.build ? `<script type="module" src="${page.build.entry}"></script>` : '';
    html.set(`/${page.name}`, `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Sign in</title>${head}${script}</head><body>${page.body}</body></html>`);
  }
  const server = createServer((request, response) => {
    const path = request.url.split('?')[0];
    if (path.startsWith('/hanko/') && !files.has(path)) return hankoApi(request, response, request.url);
    if (html.has(path)) return response.writeHead(200, { 'content-type': 'text/html' }).end(html.get(path));
    if (!files.has(path)) return response.writeHead(404).end();
    const type = path.endsWith('.css') ? 'text/css' : 'text/javascript';
    response.writeHead(200, { 'content-type': type }).end(files.get(path));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** A tab that reaches loopback only: anything else is aborted and counted. */
async function loopbackTab(context, origin, blocked) {
  const tab = await context.newPage();
  await tab.setCacheEnabled(false); // every load is a first visit
  await tab.setRequestInterception(true);
  tab.on('request', (request) => {
    if (request.url().startsWith(origin) || request.url().startsWith('data:')) return void request.continue();
    blocked.add(request.url());
    request.abort();
  });
  return tab;
}

// The first screen is there when a visible text field is, in the document or in an open shadow
// root (Hanko renders into one). Runs in the page.
function firstFieldVisible() {
  const find = (root) => {
    for (const input of root.querySelectorAll('input:not([type=hidden]):not([type=checkbox])')) {
      const box = input.getBoundingClientRect();
      if (box.width > 0 && box.height > 0) return true;
    }
    for (const element of root.querySelectorAll('*')) if (element.shadowRoot && find(element.shadowRoot)) return true;
    return false;
  };
  return find(document);
}

async function load(tab, origin, name) {
  await tab.goto(`${origin}/${name}?r=${Math.random()}`, { waitUntil: 'domcontentloaded' });
  await tab.waitForFunction(firstFieldVisible, { polling: 'raf', timeout: 30_000 });
  // The paint entry is queued after the frame that painted; wait for it.
  return tab.evaluate(() => new Promise((resolve) => {
    const read = () => {
      const fcp = performance.getEntriesByName('first-contentful-paint')[0];
      if (fcp) resolve({ fcp: fcp.startTime, ready: performance.now() });
      else requestAnimationFrame(read);
    };
    requestAnimationFrame(read);
  }));
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * Builds and measures every page. `rounds` FCP loads per page and `heapRounds` heap readings,
 * each round visiting the pages in turn (a rotating order) so all see the same machine load.
 */
export async function comparePeers(puppeteer, { rounds = 15, heapRounds = 5 } = {}) {
  const peersInstalled = installPeers();
  const pages = [];
  for (const page of PAGES) {
    if (page.entry?.startsWith('bench/peers/') && !peersInstalled) continue;
    try {
      pages.push({ ...page, build: page.entry ? await buildPage(page.name, page.entry) : undefined });
    } catch (error) {
      // A peer that does not build is reported and left out; the rest is still measured.
      if (page.name === 'kit') throw error;
      console.log(`${page.label} did not build, left out: ${error.message.split('\n')[0]}`);
    }
  }
  const amplify = pages.find((page) => page.name === 'amplify');
  if (amplify) amplify.withoutReact = (await buildPage('amplify-no-react', amplify.entry, (id) => REACT.test(id))).size;

  const server = await serve(pages);
  const origin = `http://127.0.0.1:${server.address().port}`;
  const blocked = new Set();
  const browser = await puppeteer.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_FLAGS });
  try {
    // FCP: one tab, no cache, interleaved.
    const tab = await loopbackTab(browser.defaultBrowserContext(), origin, blocked);
    for (const page of pages) await load(tab, origin, page.name); // warm the browser, not the cache
    const samples = Object.fromEntries(pages.map((page) => [page.name, { fcp: [], ready: [], heap: [] }]));
    for (let i = 0; i < rounds; i++) {
      for (let j = 0; j < pages.length; j++) {
        const page = pages[(i + j) % pages.length];
        const { fcp, ready } = await load(tab, origin, page.name);
        samples[page.name].fcp.push(fcp);
        samples[page.name].ready.push(ready);
      }
    }
    await tab.close();
    // Heap: each reading in a fresh browser context (its own renderer), so no page shares a heap
    // with another; two forced GCs after the first screen, then the isolate's used size.
    for (let i = 0; i < heapRounds; i++) {
      for (let j = 0; j < pages.length; j++) {
        const page = pages[(i + j) % pages.length];
        const context = await browser.createBrowserContext();
        const heapTab = await loopbackTab(context, origin, blocked);
        await load(heapTab, origin, page.name);
        const cdp = await heapTab.createCDPSession();
        await cdp.send('HeapProfiler.collectGarbage');
        await cdp.send('HeapProfiler.collectGarbage');
        const { usedSize } = await cdp.send('Runtime.getHeapUsage');
        samples[page.name].heap.push(usedSize);
        await context.close();
      }
    }
    for (const page of pages) {
      const s = samples[page.name];
      page.result = { fcp: median(s.fcp), ready: median(s.ready), heap: median(s.heap) };
    }
    return { pages, blocked: [...blocked], rounds, heapRounds };
  } finally {
    await browser.close();
    server.close();
  }
}

/** One table: every figure, and its ratio to <auth-flow> (FCP also to the static page). */
export function printComparison({ pages, blocked, rounds, heapRounds }, srp) {
  const kit = pages.find((page) => page.name === 'kit');
  const still = pages.find((page) => page.name === 'static');
  const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
  const ratio = (value, base) => `×${(value / base).toFixed(2)}`;
  const kitLoad = kit.build.size.js + kit.build.size.css;
  const rows = [['page', 'first load gzip (JS+CSS)', '÷kit', 'FCP', '÷kit', '÷static', 'field shown', '÷kit', 'heap after GC', '÷kit', 'SRP / login', '÷kit']];
  for (const page of pages) {
    const r = page.result;
    const load = page.build ? page.build.size.js + page.build.size.css : 0;
    const detail = page.build?.size.css ? ` (${kib(page.build.size.js)} JS + ${kib(page.build.size.css)} CSS)` : '';
    rows.push([
      page.label,
      page.build ? `${kib(load)}${detail}` : '0',
      page.build ? ratio(load, kitLoad) : '',
      `${r.fcp.toFixed(1)} ms`, ratio(r.fcp, kit.result.fcp), ratio(r.fcp, still.result.fcp),
      `${r.ready.toFixed(1)} ms`, ratio(r.ready, kit.result.ready),
      kib(r.heap), ratio(r.heap, kit.result.heap),
      page.name === 'kit' && srp ? `${srp.kit.toFixed(1)} ms` : '', page.name === 'kit' && srp ? '×1.00' : '',
    ]);
    if (page.withoutReact) {
      const bare = page.withoutReact.js + page.withoutReact.css;
      rows.push(['  … without react, react-dom', `${kib(bare)} (${kib(page.withoutReact.js)} JS + ${kib(page.withoutReact.css)} CSS)`, ratio(bare, kitLoad), '', '', '', '', '', '', '', '', '']);
    }
  }
  if (srp) rows.push(['amazon-cognito-identity-js (SRP only)', '', '', '', '', '', '', '', '', '', `${srp.baseline.toFixed(1)} ms`, ratio(srp.baseline, srp.kit)]);
  const widths = rows[0].map((_, c) => Math.max(...rows.map((row) => row[c].length)));
  console.log(`\nSide by side (Vite app build, minified, gzip -9; FCP and field: median of ${rounds} interleaved loads, no cache; heap: median of ${heapRounds})`);
  for (const row of rows) console.log(`  ${row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ')}`);
  if (blocked.length) console.log(`  blocked (not loopback): ${blocked.join(', ')}`);
}
