/**
 * `npm run load:local-cognito`: an opt-in load check of the local Cognito as a shared dev server.
 * Starts its own instance on loopback (temp state), runs concurrent SRP sign-ins and prints errors,
 * p50/p99 per sign-in and the pool file's size before and after. Bounded: a fixed number of
 * sign-ins and `--max-seconds`, after which it stops by itself. Exit code 1 when any sign-in failed.
 * The clients' SRP arithmetic runs natively (OpenSSL) so that this process, on the same cores,
 * takes little from the server it measures; `--kit-client` uses the kit's BigInt math instead,
 * as a browser would (about 25 ms of CPU per sign-in here).
 *
 *   npm run load:local-cognito -- --concurrency 20 --rounds 200 --users 1 --max-seconds 300
 */
import { parseArgs } from 'node:util';
import { launchLocalCognito } from './launch.mjs';
import { nativeModPow } from './src/native-mod-pow.js';
import { poolFileSize, quantile, runSignInLoad } from './test/sign-in-load.js';

const PASSWORD = 'Demo-pass-1234';

const { values } = parseArgs({
  options: {
    concurrency: { type: 'string', default: '20' },
    rounds: { type: 'string', default: '200' },
    users: { type: 'string', default: '1' },
    'max-seconds': { type: 'string', default: '300' },
    'kit-client': { type: 'boolean', default: false },
  },
});
const count = (name: keyof typeof values, max: number) => {
  const n = Number(values[name]);
  if (!Number.isInteger(n) || n < 1 || n > max) throw new Error(`--${name} must be an integer from 1 to ${max}`);
  return n;
};
const concurrency = count('concurrency', 100);
const rounds = count('rounds', 1000);
const users = count('users', 100);
const maxSeconds = count('max-seconds', 1800);

const lc = await launchLocalCognito({ quiet: true });
try {
  const usernames: string[] = [];
  for (let i = 0; i < users; i++) {
    const username = `load-${i + 1}`;
    const response = await fetch(`${lc.controlUrl}/users`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password: PASSWORD }),
    });
    if (response.status !== 201) throw new Error(`creating ${username}: HTTP ${response.status} ${await response.text()}`);
    usernames.push(username);
  }
  const before = poolFileSize(lc);
  const client = values['kit-client'] ? 'the kit\'s BigInt SRP client' : 'a native-math SRP client';
  console.log(`local Cognito load: ${concurrency} concurrent SRP sign-ins × ${rounds} rounds over ${users} user(s) with ${client}, at most ${maxSeconds} s`);
  const modPow = values['kit-client'] ? undefined : nativeModPow;
  const result = await runSignInLoad(lc, { concurrency, rounds, usernames, password: PASSWORD, deadline: Date.now() + maxSeconds * 1000, modPow });
  const after = poolFileSize(lc);
  const total = concurrency * rounds;
  const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
  console.log(`sign-ins   ${result.latencies.length} ok, ${result.errors.length} failed, ${result.skipped} not started (of ${total}) in ${(result.wallMs / 1000).toFixed(1)} s`);
  console.log(`latency    p50 ${quantile(result.latencies, 0.5).toFixed(0)} ms, p99 ${quantile(result.latencies, 0.99).toFixed(0)} ms, max ${quantile(result.latencies, 1).toFixed(0)} ms`);
  console.log(`pool file  ${kib(before)} before, ${kib(after)} after`);
  const kinds = new Map<string, number>();
  for (const error of result.errors) kinds.set(error, (kinds.get(error) ?? 0) + 1);
  for (const [error, n] of [...kinds].sort((a, b) => b[1] - a[1]).slice(0, 10)) console.log(`  ${n} × ${error}`);
  process.exitCode = result.errors.length ? 1 : 0;
} finally {
  await lc.stop();
}
