// A step change's main-thread work, for `npm run bench` (issue: ≤ 16 ms at p95): `<auth-flow>` on the
// story backend in Chromium, each step reached by the commands that lead there, the page's task
// time (DevTools `TaskDuration`) read before and after. The first round warms up (modules load).
import { serveScriptPage } from './script-page.mjs';

export async function measureStepChanges(puppeteer, { rounds = 8, executablePath, args }) {
  const page = await serveScriptPage('bench/step-change-page.ts');
  const browser = await puppeteer.launch({ executablePath, headless: true, args });
  try {
    const tab = await browser.newPage();
    await tab.goto(page.url);
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
    page.close();
  }
}
