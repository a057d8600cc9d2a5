// `npm run bench`: size and speed, each as a ratio against a baseline measured in the same run on
// the same machine (timings are noisy on a shared 2-core VM; ratios are what to compare).
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { build as esbuild } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../scripts/chromium.mjs';
import { comparePeers, installPeers, printComparison } from './compare.mjs';
import { measureFirstRender } from './first-render.mjs';
import { pageBundleSize } from './page-bundle.mjs';
import { measureStepChanges } from './step-change.mjs';
import { measureSubmit } from './submit.mjs';


async function bundleGzip(contents) {
  const result = await esbuild({
    stdin: { contents, resolveDir: process.cwd(), loader: 'ts' },
    bundle: true, minify: true, format: 'esm', platform: 'browser', target: 'es2022', write: false,
    define: { global: 'globalThis' }, logLevel: 'silent',
  });
  return gzipSync(result.outputFiles[0].contents, { level: 9 }).length;
}

// The peers (bench/peers) install before anything is measured, so npm's work is not in any timing.
installPeers();

const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;

// ── size ────────────────────────────────────────────────────────────────────────────────────
const ours = await pageBundleSize();
const identityJs = await bundleGzip(`import { CognitoUserPool, CognitoUser, AuthenticationDetails } from 'amazon-cognito-identity-js';
  export { CognitoUserPool, CognitoUser, AuthenticationDetails };`);
const sdk = await bundleGzip(`import { CognitoIdentityProviderClient, InitiateAuthCommand, RespondToAuthChallengeCommand,
  SignUpCommand, ConfirmSignUpCommand, ResendConfirmationCodeCommand, GlobalSignOutCommand } from '@aws-sdk/client-cognito-identity-provider';
  export { CognitoIdentityProviderClient, InitiateAuthCommand, RespondToAuthChallengeCommand, SignUpCommand,
  ConfirmSignUpCommand, ResendConfirmationCodeCommand, GlobalSignOutCommand };`);
console.log('size (minified + gzip)');
console.log(`  <auth-flow> + UI + fetch transport + lit   ${kib(ours.gzip)}   (+ ${kib(ours.lazy.gzip)} loaded later: the other steps, SRP, QR, passkeys, devices…)`);
console.log(`  baseline: amazon-cognito-identity-js, no UI  ${kib(identityJs)}   ratio ${(ours.gzip / identityJs).toFixed(2)}`);
console.log(`  baseline: AWS SDK v3 client + 6 commands, no UI  ${kib(sdk)}   ratio ${(ours.gzip / sdk).toFixed(2)}`);
// The README's table of backends: an app's own backend through the package root.
for (const [label, entry] of [['API backend + SDK v3 transport', 'bench/sdk-page.ts'], ['identity-js backend', 'bench/identity-js-page.ts']]) {
  const size = await pageBundleSize(entry);
  console.log(`  <auth-flow> + ${label} (package root)   ${kib(size.gzip)}   (+ ${kib(size.lazy.gzip)} later)`);
}

// ── SRP ─────────────────────────────────────────────────────────────────────────────────────
const page = await esbuild({
  entryPoints: ['bench/srp-page.ts'], bundle: true, format: 'esm', platform: 'browser', target: 'es2022',
  write: false, define: { global: 'globalThis' }, logLevel: 'silent',
});
const script = page.outputFiles[0].text;
const server = createServer((request, response) => {
  if (request.url === '/bench.js') response.writeHead(200, { 'content-type': 'text/javascript' }).end(script);
  else response.writeHead(200, { 'content-type': 'text/html' }).end('<script type="module" src="/bench.js"></script>');
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const browser = await puppeteer.launch({
  executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_FLAGS,
});
let srp;
try {
  const tab = await browser.newPage();
  await tab.goto(`http://127.0.0.1:${server.address().port}/`);
  await tab.waitForFunction('typeof window.runSrpBench === "function"');
  const rounds = Number(process.env.ROUNDS ?? 15);
  srp = await tab.evaluate((n) => window.runSrpBench(n), rounds);
  console.log(`SRP client work per login in Chromium (median of ${rounds}, interleaved)`);
  console.log(`  kit (BigInt + WebCrypto)               ${srp.kit.toFixed(1)} ms`);
  console.log(`  baseline: identity-js AuthenticationHelper  ${srp.baseline.toFixed(1)} ms   ratio ${(srp.kit / srp.baseline).toFixed(2)}`);
} finally {
  await browser.close();
  server.close();
}

// ── after submit ────────────────────────────────────────────────────────────────────────────
const submitted = await measureSubmit(puppeteer, { rounds: Number(process.env.ROUNDS ?? 10), executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
console.log(`From the sign-in submit to InitiateAuth going out (real <auth-flow>, A made while typing; median of ${submitted.rounds})`);
console.log(`  ${submitted.submit.toFixed(1)} ms   (budget 10 ms; identity-js computes A in this gap)`);
console.log(`  then, when PASSWORD_VERIFIER arrives, the verifier's work: ${submitted.verifier.toFixed(1)} ms`);

// ── first render ────────────────────────────────────────────────────────────────────────────
const render = await measureFirstRender(puppeteer, Number(process.env.ROUNDS ?? 15));
console.log(`First usable sign-in form after navigation (median of ${render.rounds}, interleaved, no cache)`);
console.log(`  baseline: the same form as static HTML   ${render.static.toFixed(1)} ms`);
console.log(`  <auth-flow> (page bundle)               ${render.kit.toFixed(1)} ms   +${(render.kit - render.static).toFixed(1)} ms, ratio ${(render.kit / render.static).toFixed(2)}`);

// ── a step change ──────────────────────────────────────────────────────────────────────────
const change = await measureStepChanges(puppeteer, { rounds: Number(process.env.STEP_ROUNDS ?? 8), executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
console.log(`A step change's main-thread work (${change.count} changes through every step, story backend, no network)`);
console.log(`  p50 ${change.p50.toFixed(1)} ms   p95 ${change.p95.toFixed(1)} ms   (budget 16 ms at p95; slowest by median: ${change.slowest.map(([s, ms]) => `${s} ${ms.toFixed(1)} ms`).join(', ')})`);

// ── side by side with the peer kits (bench/compare.mjs; installs bench/peers on first use) ──────
// 25 loads per page: with 15, FCP ratios to the static page moved by ~20% between runs on a busy
// 2-core VM (Chromium reports paint times in 4 ms steps, a large share of a ~80 ms static paint).
const peers = await comparePeers(puppeteer, {
  rounds: Number(process.env.PEER_ROUNDS ?? 25), heapRounds: Number(process.env.HEAP_ROUNDS ?? 5),
});
printComparison(peers, srp);
