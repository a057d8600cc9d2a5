// Submit to request, for `npm run bench` (issue: SRP leaves ≤ 10 ms of work after submit): the
// real `<auth-flow>` in Chromium (bench/submit-page.ts), medians over interleaved rounds; the first
// round warms up (modules load, the JIT).
import { serveScriptPage } from './script-page.mjs';

export async function measureSubmit(puppeteer, { rounds = 10, executablePath, args }) {
  const page = await serveScriptPage('bench/submit-page.ts');
  const browser = await puppeteer.launch({ executablePath, headless: true, args });
  try {
    const tab = await browser.newPage();
    await tab.goto(page.url);
    await tab.waitForFunction('typeof window.submitToRequest === "function"');
    const submit = [];
    const verifier = [];
    for (let round = 0; round <= rounds; round++) {
      const s = await tab.evaluate(() => window.submitToRequest());
      const v = await tab.evaluate(() => window.verifierWork());
      if (round === 0) continue;
      submit.push(s);
      verifier.push(v);
    }
    const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
    return { submit: median(submit), verifier: median(verifier), rounds };
  } finally {
    await browser.close();
    page.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { default: puppeteer } = await import('puppeteer-core');
  const { CHROMIUM_FLAGS, CHROMIUM_PATH } = await import('../scripts/chromium.mjs');
  const result = await measureSubmit(puppeteer, { rounds: Number(process.env.ROUNDS ?? 10), executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
  console.log(`submit → InitiateAuth out: ${result.submit.toFixed(1)} ms; the password verifier's work: ${result.verifier.toFixed(1)} ms (medians of ${result.rounds})`);
}
