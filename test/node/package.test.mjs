// The published shape. `npm pack` (which runs `prepack`: build + CDN build) makes the tarball; then:
// the build matches the exports map and every entry has types, the main entry has no side effects
// and only `define` registers tags, lit stays external; publint and arethetypeswrong find nothing
// in the tarball; and the tarball, installed into a scratch app, serves every subpath to tsc and to
// a Vite build loaded in Chromium. One file owns dist/ here, so no other test rebuilds it meanwhile.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { after, before, test } from 'node:test';
import puppeteer from 'puppeteer-core';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { build } from 'vite';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../../scripts/chromium.mjs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const bin = (name) => join(process.cwd(), 'node_modules/.bin', name);
// Inside the project: the scratch app finds typescript, vue and the optional SDK peers in the
// project's node_modules by walking up, while `cognito-auth-flow` comes from its own.
const APP = join(process.cwd(), 'node_modules/.cache/package-consumer');

let packDir;
let tarball;

before(() => {
  packDir = mkdtempSync(join(tmpdir(), 'cognito-auth-flow-pack-'));
  execFileSync('npm', ['pack', '--pack-destination', packDir], { stdio: 'pipe' });
  const [file] = readdirSync(packDir).filter((name) => name.endsWith('.tgz'));
  tarball = join(packDir, file);
});

after(() => {
  rmSync(packDir, { recursive: true, force: true });
  rmSync(APP, { recursive: true, force: true });
});

/** Every runtime subpath (one with a JavaScript target) and every types-only one. */
const runtimeSubpaths = Object.entries(pkg.exports).filter(([, target]) => typeof target === 'string' || target.import);
const typesOnlySubpaths = Object.entries(pkg.exports).filter(([, target]) => typeof target === 'object' && !target.import);
const specifier = (subpath) => (subpath === '.' ? pkg.name : `${pkg.name}/${subpath.slice(2)}`);

test('every export target exists after the build, with its types, and is in the tarball', () => {
  const packed = new Set(execFileSync('tar', ['tzf', tarball], { encoding: 'utf8' }).split('\n').map((line) => line.replace(/^package\//, '')));
  for (const [subpath, target] of Object.entries(pkg.exports)) {
    const files = typeof target === 'string' ? [target] : Object.values(target);
    for (const file of files) {
      assert.ok(existsSync(file), `${subpath} → ${file}`);
      assert.ok(packed.has(file.replace(/^\.\//, '')), `${subpath} → ${file} is published (package.json "files")`);
    }
    if (typeof target === 'object') assert.ok(target.types, `${subpath} has types`);
  }
  assert.ok(typesOnlySubpaths.length >= 2, 'the react and vue types subpaths');
});

test('lit and the Cognito SDKs stay external; the SDKs are optional peers', () => {
  const built = readdirSync('dist', { recursive: true })
    .filter((file) => String(file).endsWith('.js') && !String(file).startsWith('cdn'))
    .map((file) => readFileSync(`dist/${file}`, 'utf8'))
    .join('\n');
  assert.match(built, /from "lit"/, 'lit is imported');
  assert.doesNotMatch(built, /litHtmlVersions/, 'lit-html itself is not bundled');
  assert.doesNotMatch(built, /CognitoIdentityProviderClient\s*=|class CognitoIdentityProviderClient/, 'the SDK is not bundled');
  assert.ok(pkg.dependencies.lit);
  for (const sdk of ['@aws-sdk/client-cognito-identity-provider', 'amazon-cognito-identity-js']) {
    assert.ok(pkg.peerDependencies[sdk], `${sdk} is a peer`);
    assert.equal(pkg.peerDependenciesMeta[sdk].optional, true);
  }
});

test('only define registers tags', () => {
  const src = (file) => readFileSync(file, 'utf8');
  assert.doesNotMatch(src('src/index.ts'), /customElements\.define|defineAuthElements\(\)/);
  assert.match(src('src/elements/define-elements.ts'), /customElements\.define\('auth-flow'/);
  assert.match(src('src/elements/shared/define-lazily.ts'), /customElements\.define\(tag/);
  assert.match(src('src/define.ts'), /^defineAuthElements\(\);$/m);
  assert.ok(pkg.sideEffects.includes('./dist/define.js'));
});

test('publint: no error, warning or suggestion on the tarball', async () => {
  const data = readFileSync(tarball);
  const { messages, pkg: linted } = await publint({ pack: { tarball: data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) }, strict: true });
  assert.deepEqual(messages.map((message) => `${message.type}: ${formatMessage(message, linted)}`), []);
});

// The package is browser ESM only (`"type": "module"`, no `require` condition, no `main`), so the
// esm-only profile: it leaves out `node10` (TypeScript's old resolution, which ignores `exports`
// and cannot see any subpath) and `node16` from CommonJS (a `require` of ESM). The JSON check pins
// that those two are the only resolutions with problems.
test('arethetypeswrong: clean for ESM importers (node16 from ESM, bundler)', () => {
  // Into a file: attw exits on problems before a large report to a pipe is flushed.
  const report = join(packDir, 'attw.json');
  const fd = openSync(report, 'w');
  spawnSync(bin('attw'), [tarball, '--format', 'json'], { stdio: ['ignore', fd, 'inherit'] });
  closeSync(fd);
  const { analysis } = JSON.parse(readFileSync(report, 'utf8'));
  assert.ok(Object.keys(analysis.entrypoints).length >= Object.keys(pkg.exports).length, 'every subpath analysed');
  const kept = analysis.problems.filter((problem) => !['node10', 'node16-cjs'].includes(problem.resolutionKind));
  assert.deepEqual(kept, []);
  const cli = spawnSync(bin('attw'), [tarball, '--profile', 'esm-only'], { encoding: 'utf8' });
  assert.equal(cli.status, 0, cli.stdout + cli.stderr);
});

/** The scratch app with the tarball installed (from the npm cache, no network). */
function installApp() {
  rmSync(APP, { recursive: true, force: true });
  mkdirSync(APP, { recursive: true });
  writeFileSync(join(APP, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  execFileSync('npm', ['install', tarball, '--no-save', '--offline', '--no-audit', '--no-fund', '--ignore-scripts'], { cwd: APP, stdio: 'pipe' });
  assert.ok(existsSync(join(APP, 'node_modules', pkg.name, 'package.json')), 'installed from the tarball');
  assert.ok(!existsSync(join(APP, 'node_modules', pkg.name, 'src')), 'the tarball has no sources');
}

test('installed: tsc resolves every subpath (bundler and nodenext resolution)', () => {
  installApp();
  writeFileSync(
    join(APP, 'app.ts'),
    `import { AuthController, AuthFlowElement, CognitoApiBackend, defineAuthElements } from 'cognito-auth-flow';
import 'cognito-auth-flow/define';
import { createFetchTransport } from 'cognito-auth-flow/cognito/fetch';
import { createSdkTransport } from 'cognito-auth-flow/cognito/sdk';
import { CognitoIdentityJsBackend } from 'cognito-auth-flow/cognito/identity-js';
import type { CustomElements } from 'cognito-auth-flow/react';
import type {} from 'cognito-auth-flow/vue';
import type { GlobalComponents } from 'vue';
import manifest from 'cognito-auth-flow/custom-elements.json' with { type: 'json' };
import meta from 'cognito-auth-flow/package.json' with { type: 'json' };

export const used = [AuthController, CognitoApiBackend, defineAuthElements, AuthFlowElement, createFetchTransport, createSdkTransport, CognitoIdentityJsBackend, manifest.schemaVersion, meta.name];
export const tag: HTMLElementTagNameMap['auth-flow'] = document.createElement('auth-flow');
export const poolId: CustomElements['auth-flow']['userPoolId'] = 'eu-west-1_AbCdEf123';
export type VueTag = GlobalComponents['auth-flow'];
tag.addEventListener('auth-signed-in', (event) => event.detail.username.toUpperCase());
// @ts-expect-error: not a property of <auth-flow>
export const typo: CustomElements['auth-flow']['userPolId'] = '';
`,
  );
  // skipLibCheck off: the shipped declarations themselves are checked too. `node` only because the
  // SDK v3's own declarations (cognito/sdk's peer) name Node streams and Buffer.
  const compilerOptions = { noEmit: true, strict: true, skipLibCheck: false, target: 'es2022', lib: ['es2022', 'dom', 'dom.iterable'], types: ['node'], resolveJsonModule: true };
  writeFileSync(join(APP, 'tsconfig.json'), JSON.stringify({ compilerOptions, files: ['app.ts'] }));
  for (const [module, moduleResolution] of [['esnext', 'bundler'], ['nodenext', 'nodenext']]) {
    const result = spawnSync(bin('tsc'), ['-p', APP, '--module', module, '--moduleResolution', moduleResolution], { cwd: APP, encoding: 'utf8' });
    assert.equal(result.status, 0, `${moduleResolution}:\n${result.stdout}${result.stderr}`);
  }
});

test('installed: a Vite build importing every runtime subpath loads in Chromium without errors', async () => {
  if (!existsSync(join(APP, 'node_modules', pkg.name))) installApp();
  const imports = runtimeSubpaths.map(([subpath], index) => `import * as m${index} from ${JSON.stringify(specifier(subpath))};`);
  writeFileSync(join(APP, 'index.html'), '<!doctype html><html lang="en"><title>consumer</title><body><auth-flow></auth-flow><script type="module" src="./main.js"></script></body></html>');
  writeFileSync(
    join(APP, 'main.js'),
    `${imports.join('\n')}
const modules = { ${runtimeSubpaths.map(([subpath], index) => `${JSON.stringify(subpath)}: m${index}`).join(', ')} };
customElements.whenDefined('auth-flow').then(() => {
  window.result = {
    exports: Object.fromEntries(Object.entries(modules).map(([name, module]) => [name, Object.keys(module).length > 0])),
    form: !!document.querySelector('auth-flow')?.shadowRoot,
  };
});`,
  );
  const out = join(APP, 'dist');
  await build({ configFile: false, root: APP, logLevel: 'silent', build: { outDir: out, emptyOutDir: true, target: 'es2022' } });
  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url, 'http://localhost');
    if (pathname === '/favicon.ico') return void response.writeHead(204).end(); // Chromium asks once
    const file = normalize(join(out, pathname === '/' ? 'index.html' : pathname));
    if (!file.startsWith(out) || !existsSync(file)) return void response.writeHead(404).end();
    response.writeHead(200, { 'content-type': { '.html': 'text/html', '.js': 'text/javascript' }[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const browser = await puppeteer.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_FLAGS });
  try {
    const page = await browser.newPage();
    const problems = [];
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (['error', 'warn', 'warning'].includes(message.type())) problems.push(`console.${message.type()}: ${message.text()}`);
    });
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
    });
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    const result = await (await page.waitForFunction('window.result', { timeout: 20_000 })).jsonValue();
    // `define` and `account` only register tags (the API comes from the root), so they export nothing.
    const exports = Object.fromEntries(runtimeSubpaths.map(([subpath]) => [subpath, subpath !== './define' && subpath !== './account']));
    assert.deepEqual(result, { exports, form: true });
    assert.deepEqual(problems, []);
  } finally {
    await browser.close();
    await new Promise((resolve) => server.close(resolve).closeAllConnections());
  }
});
