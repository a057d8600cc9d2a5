// Size budget: deterministic (same sources, same bytes), so it is a test; timings live in bench/.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildPage, pageBundleSize } from '../../bench/page-bundle.mjs';

// The whole flow with the fetch transport and lit, minified + gzip. The aim is ~15 KiB; the budget
// only stops growth that nobody decided on. Raise it in the same commit as the feature that needs it.
// 26.9 KiB with every step of issue 3 (MFA, setup, new password, custom challenge, reset); 26.4 KiB
// after the step table, with SRP and the challenge wire format loaded after the first screen;
// 27.5 KiB with the hardening (timeouts, every SDK exception and its message, bidi isolation) and
// SRP's A prepared while the person types; 26.5 KiB with every step but sign-in loaded on demand;
// 30.3 KiB with USER_AUTH (its factor choice, password and passkey steps load on demand, and so do
// the passkey ceremonies, their library and registration; what stays is the controller's and the
// API backend's USER_AUTH logic, the device memory and the catalogue's strings); 32.0 KiB with
// provider sign-in wired (the OAuth client, the buttons and their marks load only when a page
// configures providers; what stays is the attributes, the controller's commands and the strings);
// 34.0 KiB with forms as the pool is configured: the controller checks the username's kind and the
// password policy before sending, so its rules, the attribute parsing and the checklist's strings
// are in the first load (the checklist itself loads with the steps that set a password). Raised by
// the least that fits (33.0 KiB was 340 B above the page before).
const BUDGET_GZIP = 34_880;
// Loaded later: every step template but sign-in, the QR encoder (TOTP setup only), SRP and the
// challenge wire format (fetched when the browser is idle after the first screen), the passkey
// ceremonies with their library, and passkey registration.
const LAZY_BUDGET_GZIP = 20 * 1024;

test(`a page with <auth-flow> and the fetch transport stays under ${BUDGET_GZIP} B gzip`, async () => {
  const size = await pageBundleSize();
  assert.ok(size.gzip > 5 * 1024, `implausibly small (${size.gzip} B): did the entry change?`);
  assert.ok(size.gzip <= BUDGET_GZIP, `${size.gzip} B gzip is over the ${BUDGET_GZIP} B budget`);
  assert.ok(size.lazy.gzip > 0, 'the later steps, the QR encoder, SRP and the challenge wire format are split out, loaded only when needed');
  assert.ok(size.lazy.gzip <= LAZY_BUDGET_GZIP, `lazy chunks: ${size.lazy.gzip} B gzip`);
});

test('the page bundle does not pull in either Cognito SDK', async () => {
  const size = await pageBundleSize();
  const withSdk = await pageBundleSize('src/cognito/transports/sdk.ts');
  assert.ok(withSdk.gzip > 10 * 1024, 'the SDK transport bundles the SDK');
  assert.ok(size.gzip < withSdk.gzip, 'the default page must be smaller than the SDK alone');
});

test('the first load holds the sign-in template only; every other step is its own chunk', async () => {
  const chunks = await buildPage();
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const upFront = new Set();
  const visit = (chunk) => {
    if (upFront.has(chunk)) return;
    upFront.add(chunk);
    for (const name of chunk.imports) visit(byName.get(name));
  };
  for (const chunk of chunks) if (chunk.isEntry) visit(chunk);
  const firstLoadModules = [...upFront].flatMap((chunk) => Object.keys(chunk.modules));
  const stepModules = firstLoadModules.filter((id) => /src\/elements\/[\w-]+\.ts$/.test(id)).map((id) => id.replace(/.*src\//, 'src/'));
  assert.deepEqual(stepModules.sort(), ['src/elements/auth-flow.ts', 'src/elements/define-elements.ts', 'src/elements/sign-in.ts', 'src/elements/step-elements.ts']);
});
