// A step change's main-thread work, for `npm run bench` (issue: ≤ 16 ms at p95): `<auth-flow>` on the
// story backend in Chromium, each step reached by the commands that lead there, the page's task
// time (DevTools `TaskDuration`) read before and after. The first round warms up (modules load).
import { createServer } from 'node:http';
import { build as esbuild } from 'esbuild';

export async function measureStepChanges(puppeteer, { rounds = 8, executablePath, args }) {
  const page = await esbuild({
    entryPoints: ['bench/step-change-page.ts'], bundle: true, format: 'esm', platform: 'browser', target: 'es2022',
    write: false, minify: true, logLevel: 'silent', define: { 'process.env.NODE_ENV': '"production"' },
    conditions: ['production'],
  });
  const script = page.outputFiles[0].text;
  const server = createServer((request, response) => {
    if (request.url === '/bench.js') response.writeHead(200, { 'content-type': 'text/javascript' }).end(script);
    else response.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><html lang="en"><body><script type="module" src="/bench.js"></script>');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const browser = await puppeteer.launch({ executablePath, headless: true, args });
  try {
    const tab = await browser.newPage();
    await tab.goto(`http://127.0.0.1:${server.address().port}/`);
    await tab.waitForFunction('typeof window.stepTo === "function"');
    const steps = await tab.evaluate(() => window.steps);
    const samples = [];
    const byStep = new Map();
    for (let round = 0; round <= rounds; round++) {
      for (const step of steps) {
        if (step === 'signIn') continue;
        await tab.evaluate((s) => window.prepare(s), step);
        const before = (await tab.metrics()).TaskDuration;
        const reached = await tab.evaluate((s) => window.stepTo(s), step);
        const ms = ((await tab.metrics()).TaskDuration - before) * 1000;
        if (!reached) throw new Error(`the bench did not reach ${step}`);
        if (round === 0) continue; // modules loading, JIT warming
        samples.push(ms);
        byStep.set(step, [...(byStep.get(step) ?? []), ms]);
      }
    }
    const sorted = [...samples].sort((a, b) => a - b);
    const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
    const slowest = [...byStep].map(([step, ms]) => [step, ms.sort((a, b) => a - b)[Math.floor(ms.length / 2)]]).sort((a, b) => b[1] - a[1]);
    return { p50: at(0.5), p95: at(0.95), count: samples.length, slowest: slowest.slice(0, 3) };
  } finally {
    await browser.close();
    server.close();
  }
}
