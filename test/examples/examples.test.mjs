// The framework examples (examples/), each built as a user would build it and driven in Debian's
// Chromium through a full sign-in against the local Cognito: the app must show "Welcome, demo" from
// the controller's state and "signed in as demo" from the kit's sign-in event; a reload stays signed
// in (persist="local", the controller's restore()), and after a sign-out a reload stays signed out.
// The type checks run alongside: each example type-checks, and misspelt attribute, property and
// event names are type errors.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { launchLocalCognito } from '../../dev/local-cognito/launch.mjs';
import { FRAMEWORK_TYPES_DIR, JSX_TYPES_FILE, VUE_TYPES_FILE, writeFrameworkTypes } from '../../scripts/framework-types.mjs';
import {
  buildExample,
  buildPackage,
  launchChromium,
  openPage,
  ROOT,
  serve,
  sh,
  signIn,
  textOf,
  waitForText,
} from './harness.mjs';

const BUILT = ['react', 'vue', 'angular', 'headless'];
const bin = (name) => join(ROOT, 'node_modules', '.bin', name);

let cognito;
let server;
let browser;
let demo;
/** Started in `before`, awaited by the type tests: they run beside the browser tests. */
let typechecks;
const bundles = {};

before(async () => {
  await buildPackage();
  typechecks = {
    react: sh(bin('tsc'), ['-p', 'examples/react']),
    vue: sh(bin('vue-tsc'), ['-p', 'examples/vue/tsconfig.json']),
    headless: sh(bin('tsc'), ['-p', 'examples/headless']),
    angularTypos: angularTypos(),
  };
  const starting = launchLocalCognito({ quiet: true });
  for (const name of BUILT) bundles[name] = await buildExample(name);
  cognito = await starting;
  demo = cognito.users.find((user) => user.username === 'demo');
  server = await serve({
    plain: join(ROOT, 'examples', 'plain'),
    ...Object.fromEntries(BUILT.map((name) => [name, join(ROOT, 'examples', name, 'dist')])),
  });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
  await cognito?.stop();
});

function exampleUrl(name) {
  const { userPoolId, clientId, endpoint } = cognito;
  return `${server.origin}/${name}/?${new URLSearchParams({ userPoolId, clientId, endpoint })}`;
}

function gzipKiB(chunks) {
  const js = chunks.filter((chunk) => chunk.type === 'chunk');
  const size = (list) => (gzipSync(list.map((chunk) => chunk.code).join('\n'), { level: 9 }).length / 1024).toFixed(1);
  const lazy = js.filter((chunk) => !chunk.isEntry);
  return `${size(js.filter((chunk) => chunk.isEntry))} KiB gzip${lazy.length ? ` (+ ${size(lazy)} KiB lazy)` : ''}`;
}

/**
 * The sign-up form shows the plan the example's `formFields` (set the framework's way) asks for: a
 * required select with its choices. Then back to sign-in.
 */
async function showsFormFields(page) {
  await page.evaluate(() => document.querySelector('auth-flow').controller.goTo('signUp'));
  const plan = 'auth-flow auth-sign-up select[name="custom:plan"]';
  await page.waitForSelector(plan, { visible: true });
  const shown = await page.$eval(plan, (select) => ({
    label: document.querySelector(`label[for="${select.id}"]`)?.textContent?.trim(),
    required: select.required,
    options: [...select.options].map((option) => option.value),
  }));
  assert.deepEqual(shown, { label: 'Plan', required: true, options: ['', 'free', 'pro'] });
  await page.evaluate(() => document.querySelector('auth-flow').controller.goTo('signIn'));
  await waitForText(page, '#step', 'Controller state: signIn');
}

/**
 * Signs in as `demo` in example `name`, checking what the framework rendered: the controller state
 * and the greeting it gives before and after, the line only the `auth-signed-in` handler writes,
 * and the sign-up form as the example's `formFields` configure it. Then a reload: still signed in,
 * with no sign-in event; a sign-out; a reload: signed out.
 */
async function signsIn(name, t, extra = async () => {}) {
  // A browser context of its own: the sealed session of one example is not the next one's.
  const context = await browser.createBrowserContext();
  const { page, problems } = await openPage(context);
  try {
    await page.goto(exampleUrl(name));
    await waitForText(page, '#step', 'Controller state: signIn');
    assert.equal(await textOf(page, '#greeting'), 'Not signed in');
    await showsFormFields(page);

    await signIn(page, demo);
    await waitForText(page, '#event', `Last event: signed in as ${demo.username}`);
    await waitForText(page, '#greeting', `Welcome, ${demo.username}`);
    await waitForText(page, '#step', 'Controller state: signedIn');
    await page.waitForSelector('auth-flow auth-signed-in', { visible: true });
    await extra(page);

    await page.reload();
    await waitForText(page, '#step', 'Controller state: signedIn');
    await waitForText(page, '#greeting', `Welcome, ${demo.username}`);
    await page.waitForSelector('auth-flow auth-signed-in', { visible: true });
    assert.equal(await textOf(page, '#event'), 'Last event: –', 'a restored session is no sign-in');

    await page.click('auth-flow auth-signed-in button[value="signOut"]');
    await waitForText(page, '#event', `Last event: signed out as ${demo.username}`);
    await waitForText(page, '#greeting', 'Not signed in');
    await page.reload();
    await waitForText(page, '#step', 'Controller state: signIn');
    await page.waitForSelector('auth-flow input[name="password"]', { visible: true });
    assert.equal(await textOf(page, '#greeting'), 'Not signed in', 'signed out stays signed out');
    assert.deepEqual(problems, [], 'no page errors, console errors or warnings, outside requests');
  } finally {
    await context.close();
  }
  if (bundles[name]) t.diagnostic(`${name} bundle: ${gzipKiB(bundles[name])}`);
}

describe('examples in Chromium: sign in as demo', () => {
  test('plain HTML with the CDN build (one module script, no build step)', async (t) => {
    await signsIn('plain', t, async (page) => {
      // Another language comes from beside auth-flow.js: dist/cdn/locales.js, then locale-de.js.
      await page.evaluate(() => (document.querySelector('auth-flow').lang = 'de'));
      await waitForText(page, 'auth-signed-in .auth-heading', 'Sie sind angemeldet');
    });
    const cdn = readFileSync(join(ROOT, 'dist', 'cdn', 'auth-flow.js'));
    t.diagnostic(`CDN build dist/cdn/auth-flow.js: ${(gzipSync(cdn, { level: 9 }).length / 1024).toFixed(1)} KiB gzip`);
  });

  test('React 19: property + onauth-signed-in, useSyncExternalStore on the controller', async (t) => {
    await signsIn('react', t, async (page) => {
      // The typed hook (useAuthFlowEvent) saw the step change as a DOM event.
      await waitForText(page, '#steps', 'signedIn');
    });
  });

  test('Vue 3: isCustomElement, :controller.prop, @auth-signed-in, a shallowRef of the state', async (t) => {
    await signsIn('vue', t);
  });

  test('Angular 22 (AOT): CUSTOM_ELEMENTS_SCHEMA, [controller], (auth-signed-in), a signal of the state', async (t) => {
    await signsIn('angular', t);
  });

  test('headless: AuthController with its own markup, no custom elements', async (t) => {
    const context = await browser.createBrowserContext();
    const { page, problems } = await openPage(context);
    try {
      await page.goto(exampleUrl('headless'));
      await waitForText(page, '#step', 'Controller state: signIn');
      await page.type('input[name="username"]', demo.username);
      await page.type('input[name="password"]', 'not-the-password');
      await page.keyboard.press('Enter');
      await waitForText(page, '#error', 'Incorrect username or password.');
      // Cognito answers the wrong password with HTTP 400; nothing else may fail.
      problems.splice(0, problems.length, ...problems.filter((problem) => !problem.startsWith(`HTTP 400: POST ${cognito.endpoint}`)));
      assert.equal(await page.$eval('input[name="password"]', (input) => input.value), '', 'the password is cleared');

      await page.type('input[name="password"]', demo.password);
      await page.keyboard.press('Enter');
      await waitForText(page, '#event', `Last event: signed in as ${demo.username}`);
      await waitForText(page, '#greeting', `Welcome, ${demo.username}`);
      await waitForText(page, '#step', 'Controller state: signedIn');
      assert.equal(await page.evaluate(() => customElements.get('auth-flow')), undefined, 'no <auth-flow> registered');

      await page.reload();
      await waitForText(page, '#greeting', `Welcome, ${demo.username}`);
      await waitForText(page, '#step', 'Controller state: signedIn');
      assert.equal(await textOf(page, '#event'), 'Last event: –', 'a restored session is no sign-in');

      await page.click('#sign-out');
      await waitForText(page, '#event', `Last event: signed out as ${demo.username}`);
      await waitForText(page, '#greeting', 'Not signed in');
      await waitForText(page, '#step', 'Controller state: signIn');
      await page.reload();
      await waitForText(page, '#step', 'Controller state: signIn');
      assert.equal(await textOf(page, '#greeting'), 'Not signed in');
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
    t.diagnostic(`headless bundle: ${gzipKiB(bundles.headless)}`);
    // From the sources it would be ~12 KiB without lit, but dist/ is one shared chunk (vite.config.ts),
    // so a controller-only import still carries the elements and lit.
    const code = bundles.headless.map((chunk) => chunk.code ?? '').join('\n');
    t.diagnostic(`headless bundle includes lit: ${code.includes('litHtmlVersions') ? 'yes (dist/ is one shared chunk)' : 'no'}`);
  });
});

describe('types', () => {
  test('frameworks/ (cognito-auth-flow/react, /vue) matches custom-elements.json (run `npm run analyze` after an API change)', () => {
    const out = mkdtempSync(join(tmpdir(), 'framework-types-'));
    try {
      writeFrameworkTypes(JSON.parse(readFileSync(join(ROOT, 'custom-elements.json'), 'utf8')), out, { quiet: true });
      for (const file of [JSX_TYPES_FILE, VUE_TYPES_FILE]) {
        assert.equal(
          readFileSync(join(ROOT, FRAMEWORK_TYPES_DIR, file), 'utf8'),
          readFileSync(join(out, file), 'utf8'),
          `${FRAMEWORK_TYPES_DIR}/${file} is stale`,
        );
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  // Each @ts-expect-error / @vue-expect-error in the *.typecheck.* files must meet an error: a typo
  // that type-checks fails these runs with "Unused '@ts-expect-error' directive".
  test('React: tsc (JSX types; typos.typecheck.tsx holds the typos that must fail)', async () => {
    const { code, output } = await typechecks.react;
    assert.equal(code, 0, output);
  });

  test('Vue: vue-tsc with strict templates (GlobalComponents; Typos.typecheck.vue)', async () => {
    const { code, output } = await typechecks.vue;
    assert.equal(code, 0, output);
  });

  test('headless: tsc', async () => {
    const { code, output } = await typechecks.headless;
    assert.equal(code, 0, output);
  });

  test('Angular: strict templates type $event from HTMLElementEventMap (a misspelt event fails)', async () => {
    const { code, output } = await typechecks.angularTypos;
    const plain = output.replace(/\x1b\[[0-9;]*m/g, '');
    assert.notEqual(code, 0, 'ngc accepted the typos');
    assert.match(plain, /\(auth-signed-inn\)="onSignedIn\(\$event\)"/, 'the misspelt event is an error');
    assert.match(plain, /Argument of type 'Event' is not assignable to parameter of type 'AuthSignedInDomEvent'/);
    assert.match(plain, /Property 'user' does not exist on type 'AuthUserDetail'/);
    assert.equal(plain.match(/error TS/g)?.length, 2, plain);
  });
});

/** The Angular example's template with two typos (an event name, a detail field), compiled by ngc (strict templates) in a scratch folder. */
async function angularTypos() {
  const dir = join(ROOT, 'examples', 'angular', '.typecheck');
  mkdirSync(dir, { recursive: true });
  try {
    const component = readFileSync(join(ROOT, 'examples', 'angular', 'src', 'app.component.ts'), 'utf8');
    const typos = component
      .replace("from './config'", "from '../src/config'")
      .replace('(auth-signed-in)="onSignedIn($event)"', '(auth-signed-inn)="onSignedIn($event)"')
      .replace("(auth-signed-out)=\"lastEvent.set('signed out as ' + $event.detail.username)\"", "(auth-signed-out)=\"lastEvent.set('signed out as ' + $event.detail.user)\"");
    assert.notEqual(typos, component);
    writeFileSync(join(dir, 'typos.component.ts'), typos);
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({ extends: '../tsconfig.json', compilerOptions: { noEmit: true, rootDir: '..' }, files: ['typos.component.ts'] }),
    );
    return await sh(bin('ngc'), ['-p', join(dir, 'tsconfig.json')]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
