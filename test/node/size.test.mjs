// Size budget: deterministic (same sources, same bytes), so it is a test; timings live in bench/.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { buildPage, isPersistModule, isPhoneModule, localeOf, pageBundleSize, splitPage } from '../../bench/page-bundle.mjs';

// The whole flow with the fetch transport and lit, minified + gzip. The aim is ~15 KiB; the budget
// only stops growth that nobody decided on. Raise it in the same commit as the feature that needs it.
// 26.9 KiB with every step of issue 3 (MFA, setup, new password, custom challenge, reset); 26.4 KiB
// after the step table, with SRP and the challenge wire format loaded after the first screen;
// 27.5 KiB with the hardening (timeouts, every SDK exception and its message, bidi isolation) and
// SRP's A prepared while the person types; +368 B for 44 built-in languages (docs/architecture.md
// §9: the import of their list, the matching, `use-browser-language`; the list itself and every
// catalogue stay out of the first load); 26.5 KiB with every step but sign-in loaded on demand;
// 30.3 KiB with USER_AUTH (its factor choice, password and passkey steps load on demand, and so do
// the passkey ceremonies, their library and registration; what stays is the controller's and the
// API backend's USER_AUTH logic, the device memory and the catalogue's strings); 32.0 KiB with
// provider sign-in wired (the OAuth client, the buttons and their marks load only when a page
// configures providers; what stays is the attributes, the controller's commands and the strings);
// 33.0 KiB with the challenge-expiry warning, the heading level, the password rules by name and the
// catalogue fallback when a language cannot be loaded; 34.4 KiB with forms as the pool is
// configured: the controller checks the username's kind and the password policy before sending, so
// its rules, the attribute parsing and the checklist's strings are in the first load (the checklist
// itself loads with the steps that set a password). Then, in one session: the API backend's
// account methods (+0.2 KiB; the account page is its own entry), verifying a contact after sign-in
// (+0.4 KiB: its two steps in the table and the machine, their strings; the commands load after a
// sign-in), the session following other tabs (+0.1 KiB; the sealed store loads only with
// `persist`), remembered devices (+0.65 KiB: the attribute, the checkbox field, the device key on
// sign-in and refresh; the device math loads on demand), phone fields (+0.25 KiB: the import of the
// picker, `default-country` and its strings) and `form-fields` (+0.65 KiB: the step table lays a
// page's attribute fields over the pool's, so the controller checks them for any UI): 37.5 KiB.
// Then +0.4 KiB for the finished look and the gate (the card and its tokens, the brand slot, the
// 24 px targets, `gate` with its slot and focus, the modal's `--show` / `--close` commands): 37.9 KiB.
// The first load grew with every feature; 37.9 KiB with the gate, the card and the brand slot;
// 36.7 KiB with the mapping from exception names to codes loaded when the browser is idle or a
// first failure needs it (core/error-mapping.ts). Cutting it to the ~15 KiB aim needs the
// controller, the table and the English strings split by step (open issue). 32.5 KiB with the API
// backend (sign-in, the session, the transport, the wire format) loaded when the browser is idle or
// on the first call, behind a stand-in that forwards to it (cognito/api/on-demand-backend.ts).
// Then English split: the first screen's strings stay (i18n/en-first.ts), the rest (i18n/en-rest.ts,
// 3.0 KiB) loads with the later steps' templates and before a request's error is shown: 30.1 KiB.
// Then the controller's commands after the sign-in screen (sign-up, reset, the challenges after the
// first answer, what follows a sign-in, sign-out, other tabs, managed login) loaded on demand
// (core/later-commands.ts, fetched when the browser is idle after the first screen): 28.9 KiB.
// 28.2 KiB with Lit's reactive properties declared in static tables (no decorator helpers up front)
// and the code and new-password helpers of the later steps out of the sign-in step's base class.
// Then the machine and the step table split by step, every entry but sign-in's (with the attribute
// fields and the later steps' fields) loaded with those commands, and a sign-in's answer handled
// there (core/sign-in-flow.ts): 25.6 KiB. 25.1 KiB with the later steps' loaders in a module of their
// own (elements/later-step-templates.ts), fetched on demand; +0.1 KiB for "Please wait…" while a
// page's first screen is not sign-in and its code is on its way (shared/step-host.ts). 25.1 KiB with
// the passwordless commands after the first screen (the factor choice, the passkey challenge, the
// offer, listing and deleting passkeys, autofill) loaded with the later commands (core/passwordless-flow.ts).
// 24.8 KiB with managed login's element side (the providers, their buttons, the return) and the kit's
// OAuth stand-in fetched only where a page sets `oauth-domain`, a return found by a few bytes up front.
// 21.6 KiB with the first screen painted before the flow's parts (shared/flow-parts.ts: the
// controller, the submit, the bridge to DOM events, the modal, the expiry warning), fetched as the
// element connects; the package root hands them over bundled (elements/flow-element.ts). 20.9 KiB
// with the default backend's factory and stand-in fetched with those parts (define.ts installs a loader).
// 20.1 KiB measured as Vite's app build makes a page (the entry's chunk takes what it shares with
// later chunks; the `strict` entry signature of library mode had split it into a dozen chunks).
// 19.1 KiB with `<auth-flow>`'s own wiring (building and following the controller, managed login's
// code, the modal's name) in those parts too (shared/flow-wiring.ts); 18.8 KiB with the later-only
// helpers out of first-load modules (i18n/phrases.ts, core/username-value.ts). 18.3 KiB with the
// checks before a submit (core/validation.ts, the password policy's rules in core/password-rules.ts)
// fetched as a step element connects (elements/shared/form-checks.ts); a submit made before they
// arrive is held and made again once they are. 18.0 KiB with the network's error on its own
// (core/network-error.ts), so the first load no longer carries errors.ts. 17.9 KiB with what a form
// does with an error after a submit (focus, the refused secret emptied, read out) in the checks' module.
// 17.6 KiB with the sign-in screen's strings that show only after its first paint (a field's error,
// its notices, managed login's buttons) in the rest of English. 17.1 KiB with the later steps' tags
// fetched with their templates' loaders (elements/later-step-templates.ts), the styles only later
// steps use adopted as they connect (shared/later-step-styles.ts), the modal's and the expiry
// warning's with the flow's parts, and no CSS comments in the frame's sheet. 16.9 KiB with what
// follows a step change (shared/step-change.ts) and the browser's passkeys (the first screen reads
// only whether they work, shared/passkey-support.ts) with the flow's parts, and two later-only
// helpers out (a submit's intent, parsing an attribute list).
const BUDGET_GZIP = 16.9 * 1024;
// Loaded later: every step template but sign-in, the QR encoder (TOTP setup only), SRP and the
// challenge wire format (fetched when the browser is idle after the first screen), the passkey
// ceremonies with their library, and passkey registration; 23.7 KiB with the API backend's account
// operations (api/account.ts, fetched the first time an account page calls one), the commands for
// verifying a contact after sign-in, remembered devices (api/devices.ts with the device store) and
// the select and checkbox templates of `form-fields`; 25.1 KiB with the error mapping; 29.7 KiB
// with the API backend itself (it left the first load); 32.6 KiB with the English strings of every
// step but sign-in, moved here from the first load (i18n/en-rest.ts); 34.7 KiB with the controller's
// commands after the sign-in screen (core/later-commands.ts); 38.1 KiB with the machine, the step
// table after sign-in and a sign-in's answer, moved here from the first load; 39.6 KiB with the
// decorator helpers, the account-shared fields and the later steps' loaders moved here too; 40.6 KiB
// with managed login's element side and the OAuth stand-in moved here from the first load; 41.0 KiB
// with the passwordless commands (core/passwordless-flow.ts) too; 45.0 KiB with the flow's parts;
// 45.6 KiB with the default backend's stand-in; 45.2 KiB built as an app build does (see above);
// 46.7 KiB with the element's wiring; 47.9 KiB with the checks before a submit; 48.3 KiB with errors.ts;
// 48.5 KiB with what a form does with an error after a submit; 48.8 KiB with the sign-in screen's
// strings that show only after its first paint; 49.5 KiB with the later steps' tags and styles;
// 50.0 KiB with what follows a step change and the passkeys.
const LAZY_BUDGET_GZIP = 50.0 * 1024;
// What `<auth-account>` adds to a page that has `<auth-flow>` (bench/account-page.ts): its element,
// views, controller and English strings. 8.5 KiB when it came; a sign-in page loads none of it.
// 10.1 KiB once the first load of <auth-flow> shed what the account page also uses (Lit's
// decorators, the attribute fields, the rest of English): the page now pays for them here. 13.3 KiB
// once the flow's first screen painted without its parts (the controller's base, the command runner,
// the events the account page shares with it); the two pages together load 35.6 KiB, 0.1 less.
// 14.3 KiB once the flow fetched the default backend's stand-in with its parts (the account page
// installs it at once): together 35.1 KiB. 13.6 KiB built as an app build does (see above). 14.7 KiB
// once the checks before a submit left the sign-in page's first load: the account controller checks
// its views' fields as it runs a command, so the account page loads them up front.
// The two pages together: 33.6 KiB. 14.9 KiB once errors.ts left the flow's first load (the
// account page loads it itself; together still 33.6 KiB). 15.0 KiB once the flow's first load shed
// the later steps' tags and styles, the browser's passkeys, what follows a step change and more of
// what the account page also uses: together 31.8 KiB.
const ACCOUNT_BUDGET_GZIP = 15.0 * 1024;
// Loaded only for a language other than English: the list of built-in locales, then one catalogue.
// A catalogue was 2.5–3.4 KiB; the 38 keys of passwordless, passkey and provider sign-in make it
// 3.2–4.3 KiB (Greek the largest, then the Cyrillic ones).
const LOCALE_LIST_BUDGET_GZIP = 1024;
const LOCALE_BUDGET_GZIP = 5 * 1024;
// Loaded only with `persist`: the sealed store (AES-GCM, IndexedDB), the persisted session and the
// cross-tab agreement (BroadcastChannel, Web Locks). A page without `persist` never fetches it, so
// it counts neither in the first load nor in the later steps above. 1.8 KiB when it came.
const PERSIST_BUDGET_GZIP = 2.5 * 1024;
// Loaded only on a step that shows a phone field: the country picker and the phone library with its
// metadata for every country, 36.3 KiB. The library's builds with the functions the picker uses
// (bench/phone-library.mjs: esbuild, minified, gzip -9): `min` 34.8 KiB, `mobile` 39.2 KiB, `max`
// 54.4 KiB; `core` is 15.6 KiB of code before any metadata, and with the min metadata 34.5 KiB, so
// metadata of one's own only saves by leaving countries out. `min` formats and checks every country
// (the right length and prefixes); `max` adds number types the kit does not use. A budget of its own,
// so that neither the library nor the steps can grow unseen inside the other's.
const PHONE_BUDGET_GZIP = 38 * 1024;

test(`a page with <auth-flow> and the fetch transport stays under ${BUDGET_GZIP} B gzip`, async () => {
  const size = await pageBundleSize();
  assert.ok(size.gzip > 5 * 1024, `implausibly small (${size.gzip} B): did the entry change?`);
  assert.ok(size.gzip <= BUDGET_GZIP, `${size.gzip} B gzip is over the ${BUDGET_GZIP} B budget`);
  assert.ok(size.lazy.gzip > 0, 'the later steps, the QR encoder, SRP and the challenge wire format are split out, loaded only when needed');
  assert.ok(size.lazy.gzip <= LAZY_BUDGET_GZIP, `lazy chunks: ${size.lazy.gzip} B gzip`);
  assert.ok(size.phone.gzip > 20 * 1024, `the phone library with its metadata is split out (${size.phone.gzip} B): did the import change?`);
  assert.ok(size.phone.gzip <= PHONE_BUDGET_GZIP, `the phone fields and their library: ${size.phone.gzip} B gzip`);
});

test('the phone fields and their library are one chunk, loaded later, never in the first load', async () => {
  const page = splitPage(await buildPage());
  const upFront = page.upFront.flatMap((chunk) => chunk.moduleIds).filter(isPhoneModule);
  assert.deepEqual(upFront, [], 'the first load holds no phone module');
  assert.equal(page.phone.length, 1, 'one chunk');
  const names = page.phone[0].moduleIds.map((id) => id.replace(/.*[\\/]src[\\/]/, 'src/')).filter((id) => id.startsWith('src/'));
  assert.deepEqual(names.sort(), ['src/elements/shared/phone-countries.ts', 'src/elements/shared/phone-fields.ts', 'src/elements/shared/phone-format.ts']);
});

test('the page bundle does not pull in either Cognito SDK', async () => {
  const size = await pageBundleSize();
  const withSdk = await pageBundleSize('src/cognito/transports/sdk.ts');
  assert.ok(withSdk.gzip > 10 * 1024, 'the SDK transport bundles the SDK');
  assert.ok(size.gzip < withSdk.gzip, 'the default page must be smaller than the SDK alone');
});

test('the first load holds no Cognito code: the default backend\'s stand-in comes with the flow\'s parts, the API backend, its transport and wire format later', async () => {
  const page = splitPage(await buildPage());
  const cognito = page.upFront
    .flatMap((chunk) => chunk.moduleIds)
    .map((id) => id.replace(/.*[\\/]src[\\/]/, 'src/'))
    .filter((id) => id.startsWith('src/cognito/'));
  assert.deepEqual(cognito, []);
  const later = page.lazy.flatMap((chunk) => chunk.moduleIds).map((id) => id.replace(/.*[\\/]src[\\/]/, 'src/'));
  for (const module of ['src/cognito/default-backend.ts', 'src/cognito/api/on-demand-backend.ts', 'src/cognito/api/backend.ts', 'src/cognito/api/sign-in.ts', 'src/cognito/transports/fetch.ts']) {
    assert.ok(later.includes(module), `${module} is loaded later`);
  }
});

test("managed login's code is never in the first load: the providers, their buttons, the return and the kit's stand-in come on demand", async () => {
  const src = (chunks) => chunks.flatMap((chunk) => chunk.moduleIds).map((id) => id.replace(/.*[\\/]src[\\/]/, 'src/'));
  const page = splitPage(await buildPage());
  const upFront = src(page.upFront);
  const FEDERATION = ['src/elements/shared/federation.ts', 'src/elements/provider-buttons.ts', 'src/cognito/oauth/lazy.ts', 'src/cognito/oauth/managed-login.ts'];
  for (const module of FEDERATION) assert.ok(!upFront.includes(module), `${module} is not in the first load`);
  const later = src(page.lazy);
  for (const module of FEDERATION) assert.ok(later.includes(module), `${module} is loaded later`);
  // The element's side is one chunk: the buttons come with it, so the sign-in step renders them at once.
  const holding = page.lazy.filter((chunk) => src([chunk]).includes('src/elements/shared/federation.ts'));
  assert.equal(holding.length, 1);
  assert.ok(src(holding).includes('src/elements/provider-buttons.ts'), 'with the provider buttons');
});

test('the first load holds the sign-in template only; every other step is its own chunk', async () => {
  const firstLoadModules = splitPage(await buildPage()).upFront.flatMap((chunk) => chunk.moduleIds);
  const stepModules = firstLoadModules.filter((id) => /src\/elements\/[\w-]+\.ts$/.test(id)).map((id) => id.replace(/.*src\//, 'src/'));
  assert.deepEqual(stepModules.sort(), ['src/elements/auth-flow.ts', 'src/elements/define-elements.ts', 'src/elements/sign-in.ts', 'src/elements/step-elements.ts']);
});

test("the later steps' tags are not in the first load: they come with their templates' loaders", async () => {
  const src = (chunks) => chunks.flatMap((chunk) => chunk.moduleIds).map((id) => id.replace(/.*[\\/]src[\\/]/, 'src/'));
  const page = splitPage(await buildPage());
  assert.ok(!src(page.upFront).includes('src/elements/later-step-templates.ts'), 'their module is not in the first load');
  assert.ok(src(page.lazy).includes('src/elements/later-step-templates.ts'), 'it is loaded later');
  // Each later step's tag, read from the source: none in the first load's code (the entry steps' are).
  const firstLoad = page.upFront.map((chunk) => chunk.code).join('\n');
  const source = readFileSync('src/elements/later-step-templates.ts', 'utf8');
  const tags = [...source.slice(source.indexOf('LATER_STEP_TAGS = {'), source.indexOf('} as const')).matchAll(/'(auth-[\w-]+)'/g)].map((m) => m[1]);
  assert.ok(tags.length > 10, `found the later steps' tags (${tags.length})`);
  for (const tag of new Set(tags)) if (tag !== 'auth-reset-password') assert.ok(!firstLoad.includes(tag), `${tag} is not in the first load`);
  for (const tag of ['auth-sign-in', 'auth-sign-up', 'auth-reset-password']) assert.ok(firstLoad.includes(tag), `${tag} is in the first load`);
});

test("the styles only later steps use are not in the first load: they come with those steps' base class, the modal's and the warning's with the flow's parts", async () => {
  const src = (chunks) => chunks.flatMap((chunk) => chunk.moduleIds).map((id) => id.replace(/.*[\\/]src[\\/]/, 'src/'));
  const page = splitPage(await buildPage());
  assert.ok(!src(page.upFront).includes('src/elements/shared/later-step-styles.ts'), 'their module is not in the first load');
  const holding = page.lazy.filter((chunk) => src([chunk]).includes('src/elements/shared/later-step-styles.ts'));
  assert.equal(holding.length, 1, 'it is loaded later, in one chunk');
  const firstLoad = page.upFront.map((chunk) => chunk.code).join('\n');
  for (const selector of ['.auth-qr', '.auth-secret', '.auth-challenge-parameters', '.auth-choices', '.auth-check input']) {
    assert.ok(!firstLoad.includes(selector), `${selector} is not styled in the first load`);
    assert.ok(holding[0].code.includes(selector), `${selector} is styled later`);
  }
  assert.ok(firstLoad.includes('.auth-check label'), "the check rows' labels stay after the labels' rule, in the first sheet");
  // The modal's dialog and the expiry warning are styled by the flow's parts that draw them.
  for (const [selector, module] of [['dialog::backdrop', 'modal'], ["[part='warning']", 'expiry-warning']]) {
    assert.ok(!firstLoad.includes(selector), `${selector} is not styled in the first load`);
    const holding = page.lazy.find((chunk) => src([chunk]).includes(`src/elements/shared/${module}.ts`));
    assert.ok(holding.code.includes(selector), `${selector} is styled with ${module}.ts`);
  }
});

test("the controller's commands after the sign-in screen are one chunk, never in the first load; an app driving the controller bundles them", async () => {
  const src = (chunks) => chunks.flatMap((chunk) => chunk.moduleIds).map((id) => id.replace(/.*[\\/]src[\\/]/, 'src/'));
  const COMMANDS = ['challenge-flow', 'federated-flow', 'later-commands', 'machine', 'password-reset-flow', 'passwordless-flow', 'session-flow', 'sign-in-flow', 'sign-up-flow'].map((name) => `src/core/${name}.ts`);
  const page = splitPage(await buildPage());
  const upFront = src(page.upFront);
  assert.ok(!upFront.includes('src/core/auth-controller.ts'), 'the controller itself comes with the flow\'s parts');
  for (const module of [...COMMANDS, 'src/core/controller.ts']) assert.ok(!upFront.includes(module), `${module} is not in the first load`);
  const holding = page.lazy.filter((chunk) => src([chunk]).some((id) => COMMANDS.includes(id)));
  assert.equal(holding.length, 1, 'one chunk');
  assert.deepEqual(src(holding).sort(), COMMANDS, 'holding the commands alone');
  // The passkey ceremonies are fetched in turn, the first time a passkey is in play: not with the commands.
  const ceremonies = page.lazy.filter((chunk) => src([chunk]).includes('src/core/passkey-flows.ts'));
  assert.equal(ceremonies.length, 1, 'the passkey ceremonies are a chunk loaded later');
  assert.ok(!src(ceremonies).some((id) => COMMANDS.includes(id)), 'holding no command');
  // The package root's AuthController (core/controller.ts) hands them over: they run at once from the first call.
  const headless = src(splitPage(await buildPage('bench/headless-page.ts')).upFront);
  for (const module of COMMANDS) assert.ok(headless.includes(module), `${module} is bundled with the package root's AuthController`);
});

test("the flow's parts (the element's wiring, the controller, the default backend's stand-in, the submit, the events, the modal, the expiry warning) are never in the first load: the first screen paints without them", async () => {
  const src = (chunks) => chunks.flatMap((chunk) => chunk.moduleIds).map((id) => id.replace(/.*[\\/]src[\\/]/, 'src/'));
  const PARTS = ['cognito/default-backend', 'cognito/api/on-demand-backend', 'core/auth-controller', 'core/controller-base', 'core/controller-passwordless', 'core/command-runner', 'core/refresh-timer', 'elements/shared/flow-parts', 'elements/shared/flow-wiring', 'elements/shared/factor-memory', 'elements/shared/step-change', 'elements/shared/browser-passkeys', 'elements/shared/event-bridge', 'elements/shared/form-submit', 'elements/shared/modal', 'elements/shared/expiry-warning'].map((name) => `src/${name}.ts`);
  const page = splitPage(await buildPage());
  const upFront = src(page.upFront);
  for (const module of PARTS) assert.ok(!upFront.includes(module), `${module} is not in the first load`);
  const later = src(page.lazy);
  for (const module of PARTS) assert.ok(later.includes(module), `${module} is loaded later`);
});

test('the checks before a submit are never in the first load: a step element fetches them as it connects', async () => {
  const src = (chunks) => chunks.flatMap((chunk) => chunk.moduleIds).map((id) => id.replace(/.*[\\/]src[\\/]/, 'src/'));
  const CHECKS = ['src/elements/shared/form-checks.ts', 'src/core/validation.ts', 'src/core/password-rules.ts'];
  const chunks = await buildPage();
  const page = splitPage(chunks);
  const upFront = src(page.upFront);
  for (const module of CHECKS) assert.ok(!upFront.includes(module), `${module} is not in the first load`);
  assert.ok(upFront.includes('src/elements/shared/form-checks-loader.ts'), 'the loader is');
  // What the checks' chunk imports, and what that imports, arrives with it: validation and the password rules.
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const arriving = new Set([page.lazy.find((chunk) => src([chunk]).includes('src/elements/shared/form-checks.ts'))]);
  for (const chunk of arriving) for (const name of chunk.imports) arriving.add(byName.get(name));
  const withChecks = src([...arriving]);
  for (const module of CHECKS) assert.ok(withChecks.includes(module), `${module} comes with the checks`);
});

test('the machine and the step table after sign-in are never in the first load: they come with the later commands', async () => {
  const src = (chunks) => chunks.flatMap((chunk) => chunk.moduleIds).map((id) => id.replace(/.*[\\/]src[\\/]/, 'src/'));
  const LATER_TABLE = ['attribute-fields', 'later-fields', 'later-steps', 'step-table'].map((name) => `src/core/${name}.ts`);
  const chunks = await buildPage();
  const page = splitPage(chunks);
  const upFront = src(page.upFront);
  for (const module of ['src/core/machine.ts', ...LATER_TABLE]) assert.ok(!upFront.includes(module), `${module} is not in the first load`);
  for (const module of ['src/core/sign-in-step.ts', 'src/core/step-lookup.ts']) assert.ok(upFront.includes(module), `${module} is in the first load`);
  // What the later commands' chunk imports arrives with it: the rest of the table is there (one chunk of its own, or the same).
  const commands = page.lazy.find((chunk) => src([chunk]).includes('src/core/later-commands.ts'));
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const withCommands = src([commands, ...commands.imports.map((name) => byName.get(name))]);
  for (const module of ['src/core/machine.ts', ...LATER_TABLE]) assert.ok(withCommands.includes(module), `${module} comes with the later commands`);
});

test('every built-in catalogue is a chunk of its own, and the first load holds none', async (t) => {
  const chunks = await buildPage();
  const page = splitPage(chunks);
  const tags = readdirSync('src/i18n/locales').map((file) => file.replace(/\.ts$/, ''));
  const firstLoad = page.upFront.map((chunk) => chunk.code).join('\n');
  const i18nUpFront = page.upFront
    .flatMap((chunk) => chunk.moduleIds)
    .filter((id) => /[\\/]src[\\/]i18n[\\/]/.test(id))
    .map((id) => id.replace(/.*[\\/]src[\\/]/, 'src/'));
  assert.deepEqual(i18nUpFront.sort(), ['src/i18n/en-first.ts', 'src/i18n/en-rest-loader.ts', 'src/i18n/translate.ts'], 'the first load holds English only, its first part');
  // The rest of English: one chunk of its own, loaded later; a sign-up sentence is in it, not in the first load.
  const rest = chunks.filter((chunk) => chunk.moduleIds.some((id) => /[\\/]src[\\/]i18n[\\/]en-rest\.ts$/.test(id)));
  assert.equal(rest.length, 1, 'the rest of English is in one chunk');
  assert.ok(page.lazy.includes(rest[0]), 'loaded later');
  const signUp = /'signUp\.heading': '([^']+)'/.exec(readFileSync('src/i18n/en-rest.ts', 'utf8'))[1];
  assert.ok(rest[0].code.includes(signUp), `found "${signUp}" in the rest of English`);
  assert.ok(!firstLoad.includes(signUp), `"${signUp}" is not in the first load`);
  assert.equal(page.registry.length, 1, 'the list of built-in locales is one chunk');
  for (const tag of tags) {
    const holding = chunks.filter((chunk) => chunk.moduleIds.some((id) => localeOf(id) === tag));
    assert.equal(holding.length, 1, `${tag} is in one chunk`);
    assert.deepEqual(holding[0].moduleIds.map(localeOf), [tag], `${tag}'s chunk holds its catalogue alone`);
    // A sentence of the catalogue, read from its source: in its chunk, not in the first load.
    const sentence = /'confirmSignUp\.intro': '([^']+)'/.exec(readFileSync(`src/i18n/locales/${tag}.ts`, 'utf8'))[1];
    assert.ok(holding[0].code.includes(sentence), `${tag}: found its sentence in its chunk`);
    assert.ok(!firstLoad.includes(sentence), `${tag}: its text is not in the first load`);
  }
  const size = await pageBundleSize();
  assert.ok(size.registry.gzip <= LOCALE_LIST_BUDGET_GZIP, `the list of locales: ${size.registry.gzip} B gzip`);
  for (const { tag, gzip } of size.locales) assert.ok(gzip <= LOCALE_BUDGET_GZIP, `${tag}: ${gzip} B gzip`);
  t.diagnostic(`list ${size.registry.gzip} B; ${size.locales.map(({ tag, gzip }) => `${tag} ${gzip}`).join(', ')} (B gzip)`);
});

test(`<auth-account> loads only where used, and adds under ${ACCOUNT_BUDGET_GZIP} B gzip to a page with <auth-flow>`, async (t) => {
  const signIn = splitPage(await buildPage());
  const accountModules = (chunks) => chunks.flatMap((chunk) => chunk.moduleIds).filter((id) => /src[\\/](elements[\\/]account|i18n[\\/]account|core[\\/]account-(controller|views))/.test(id));
  assert.deepEqual(accountModules(signIn.upFront), [], 'a sign-in page loads no account module up front');
  assert.deepEqual(accountModules(signIn.lazy), [], 'nor later');
  const flow = await pageBundleSize();
  const both = await pageBundleSize('bench/account-page.ts');
  const added = both.gzip - flow.gzip;
  assert.ok(added > 2 * 1024, `implausibly small (${added} B): is the account page in the build?`);
  assert.ok(added <= ACCOUNT_BUDGET_GZIP, `<auth-account> adds ${added} B gzip`);
  t.diagnostic(`<auth-account> adds ${added} B gzip to a page with <auth-flow> (${flow.gzip} → ${both.gzip})`);
});

test('the persisted session loads only with persist (the sealed store also with a remembered device), none of it in the first load', async () => {
  const page = splitPage(await buildPage());
  const upFront = page.upFront.flatMap((chunk) => chunk.moduleIds).filter(isPersistModule);
  assert.deepEqual(upFront, [], 'no persistence code in the first load');
  // The sealed store is its own chunk: the persisted session and the device secrets share it.
  assert.ok(page.persist.length <= 2, `${page.persist.length} chunks`);
  const modules = page.persist.flatMap((chunk) => chunk.moduleIds).filter(isPersistModule).map((id) => id.replace(/.*[\\/]src[\\/]/, 'src/')).sort();
  assert.deepEqual(modules, ['src/cognito/persisted-session.ts', 'src/cognito/sealed-store.ts', 'src/cognito/tab-sync.ts']);
  const size = await pageBundleSize();
  assert.ok(size.persist.gzip > 500, `implausibly small (${size.persist.gzip} B)`);
  assert.ok(size.persist.gzip <= PERSIST_BUDGET_GZIP, `the persisted session: ${size.persist.gzip} B gzip`);
});

test('helpers only later code uses are not in the first load: the phrases made from server text, what is sent for a username, the errors and their names', async () => {
  const src = (chunks) => chunks.flatMap((chunk) => chunk.moduleIds).map((id) => id.replace(/.*[\\/]src[\\/]/, 'src/'));
  const page = splitPage(await buildPage());
  const upFront = src(page.upFront);
  for (const module of ['src/i18n/phrases.ts', 'src/core/username-value.ts', 'src/core/errors.ts', 'src/core/attribute-list.ts']) {
    assert.ok(!upFront.includes(module), `${module} is not in the first load`);
  }
  assert.ok(upFront.includes('src/core/network-error.ts'), "the network's error is: the first screen can show it offline");
});
