// The built-in catalogues against English (src/i18n/en.ts), one test per locale so a failure names
// it: every key and no other, the same kind of entry, the values a sentence carries (a masked
// destination, a username, a count) shown as English shows them, what a person types kept verbatim,
// counts in the locale's digits, the direction. Then which catalogue a language tag gets.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { describe, test } from 'node:test';
import builtInLocales from '../../src/i18n/built-in-locales.ts';
import { en } from '../../src/i18n/en.ts';
import { directionOf, loadCatalogue, registerLocale } from '../../src/i18n/translate.ts';

const FILES = readdirSync('src/i18n/locales').map((file) => file.replace(/\.ts$/, '')).sort();
const RTL = new Set(['ar', 'fa', 'he', 'ur']);

/**
 * Sample arguments for the function entries. A function entry without a sample here is called with
 * one marked string per parameter (`⟦arg0⟧`, …); give numbers and objects a sample of their own.
 */
const SAMPLES = {
  'code.sent': ['SMS', 'EMAIL', 'UNKNOWN'].map((medium) => [
    { destination: '\u2068+*******0199\u2069', medium, attributeName: 'phone_number' },
  ]),
  // A count in every plural form a language has (one, two, few, many, other), and past 100.
  'password.rule.minLength': [1, 2, 3, 5, 6, 8, 11, 12, 21, 22, 25, 99, 101, 102].map((length) => [length]),
};

function samplesOf(key) {
  return SAMPLES[key] ?? [Array.from({ length: en[key].length }, (_, i) => `⟦arg${i}⟧`)];
}

/** The values an argument carries that a sentence may show: strings, numbers, and an object's non-enum strings. */
function valuesIn(args) {
  return args.flatMap((arg) =>
    typeof arg === 'object' && arg ? Object.values(arg).filter((v) => typeof v !== 'string' || !/^[A-Z_]+$|^[a-z_]+$/.test(v)) : [arg],
  );
}

/** How often `text` shows `value` (a number in plain or in the locale's digits). */
function timesShown(text, value, tag) {
  const forms = typeof value === 'number' ? [...new Set([String(value), new Intl.NumberFormat(tag).format(value)])] : [String(value)];
  return Math.max(...forms.map((form) => text.split(form).length - 1));
}

/** `{name}` placeholders in a string entry. */
const placeholders = (text) => [...text.matchAll(/\{[^{}]*\}/g)].map((m) => m[0]).sort();

/** What a person types, shown as an example: phone numbers and email addresses. */
const examples = (text) => [...text.matchAll(/\+[\d ]*\d|[\w.]+@[\w.]+\w/g)].map((m) => m[0]);

/** Counts in running text (not inside an example). */
const counts = (text) =>
  [...examples(text).reduce((rest, example) => rest.replace(example, ' '), text).matchAll(/\d+/g)].map((m) => Number(m[0]));

async function catalogueOf(tag) {
  return (await builtInLocales.get(tag)()).default;
}

test('every catalogue in src/i18n/locales is listed in built-in-locales.ts, under its file name', () => {
  assert.ok(FILES.length >= 40, `only ${FILES.length} locales`);
  const listed = [...builtInLocales.keys()];
  assert.deepEqual(FILES.filter((tag) => !listed.includes(tag)), [], 'add these to src/i18n/built-in-locales.ts');
  assert.ok(FILES.every((tag) => tag === tag.toLowerCase()), 'file names are lower-case tags');
});

describe('every built-in catalogue matches English', () => {
  for (const tag of FILES) {
    test(tag, async () => {
      const catalogue = await catalogueOf(tag);
      const where = `src/i18n/locales/${tag}.ts`;
      const missing = Object.keys(en).filter((key) => !Object.hasOwn(catalogue, key));
      assert.deepEqual(missing, [], `${tag} lacks ${missing.join(', ')}: add to ${where}`);
      const extra = Object.keys(catalogue).filter((key) => !Object.hasOwn(en, key) && key !== '$dir');
      assert.deepEqual(extra, [], `${tag} has ${extra.join(', ')}, which English does not (${where})`);

      for (const [key, english] of Object.entries(en)) {
        const entry = catalogue[key];
        assert.equal(typeof entry, typeof english, `${tag} ${key}: a ${typeof english} in English`);
        if (typeof english === 'string') {
          assert.ok(entry.trim(), `${tag} ${key} is empty`);
          assert.deepEqual(placeholders(entry), placeholders(english), `${tag} ${key}: placeholders differ from English`);
          assert.deepEqual(examples(entry).sort(), examples(english).sort(), `${tag} ${key}: examples to type are kept verbatim`);
          for (const count of counts(english)) {
            const digits = new Intl.NumberFormat(tag).format(count);
            assert.ok(entry.includes(digits), `${tag} ${key}: should show ${count} in the locale's digits, "${digits}"`);
          }
          continue;
        }
        assert.equal(entry.length, english.length, `${tag} ${key}: takes ${english.length} argument(s), as in English`);
        for (const args of samplesOf(key)) {
          const out = entry(...args);
          const reference = english(...args);
          assert.equal(typeof out, 'string', `${tag} ${key}(${JSON.stringify(args)}) returns a string`);
          assert.doesNotMatch(out, /\bundefined\b|\bNaN\b/, `${tag} ${key}(${JSON.stringify(args)}): "${out}"`);
          for (const value of valuesIn(args)) {
            const expected = timesShown(reference, value, 'en');
            assert.equal(timesShown(out, value, tag), expected, `${tag} ${key}(${JSON.stringify(args)}) shows ${JSON.stringify(value)} ${expected} time(s), as English does: "${out}"`);
          }
        }
      }

      const dir = catalogue.$dir ?? directionOf(tag);
      assert.equal(dir, RTL.has(tag) ? 'rtl' : 'ltr', `${tag} reads ${dir}`);
    });
  }
});

describe('which catalogue a language gets', () => {
  const heading = async (langs) => (await loadCatalogue(langs)).messages['signIn.heading'];
  const headingOf = async (tag) => (await catalogueOf(tag))['signIn.heading'];

  test('the tag, then shorter and shorter: pt-BR is Brazilian, pt-PT and pt-AO European Portuguese', async () => {
    assert.equal(await heading('pt-BR'), await headingOf('pt-br'));
    assert.equal(await heading('pt-PT'), await headingOf('pt'));
    assert.equal(await heading('pt-AO'), await headingOf('pt'));
    assert.equal(await heading('de-CH'), await headingOf('de'));
    assert.equal(await heading('nb-NO'), await headingOf('nb'));
  });

  test('Chinese by script: zh, zh-CN, zh-SG are Simplified; zh-TW, zh-HK, zh-MO, zh-Hant-* Traditional', async () => {
    for (const lang of ['zh', 'zh-CN', 'zh-SG', 'zh-Hans', 'zh-Hans-CN']) assert.equal(await heading(lang), await headingOf('zh-hans'), lang);
    for (const lang of ['zh-TW', 'zh-HK', 'zh-MO', 'zh-Hant', 'zh-Hant-HK']) assert.equal(await heading(lang), await headingOf('zh-hant'), lang);
  });

  test('other names: tl is Filipino, no is Bokmål', async () => {
    assert.equal(await heading('tl'), await headingOf('fil'));
    assert.equal(await heading('fil-PH'), await headingOf('fil'));
    assert.equal(await heading('no'), await headingOf('nb'));
  });

  test('the catalogue says the language asked for and its direction; English when none fits', async () => {
    assert.deepEqual({ ...(await loadCatalogue('ar-EG')), messages: undefined }, { messages: undefined, lang: 'ar-EG', dir: 'rtl' });
    assert.deepEqual({ ...(await loadCatalogue('gd')), messages: undefined }, { messages: undefined, lang: 'en', dir: 'ltr' });
    assert.equal(await heading('en-GB'), en['signIn.heading']);
    assert.equal(await heading(''), en['signIn.heading']);
    assert.equal(await heading(null), en['signIn.heading']);
  });

  test('a list (the browser\'s languages): the first with a catalogue, unless English comes first', async () => {
    const catalogue = await loadCatalogue(['gd', 'fr-CA', 'de']);
    assert.equal(catalogue.lang, 'fr-CA');
    assert.equal(catalogue.messages['signIn.heading'], await headingOf('fr'));
    assert.equal(await heading(['en-US', 'de']), en['signIn.heading']);
    assert.equal(await heading(['gd', 'yi']), en['signIn.heading']);
  });

  test('a catalogue that does not arrive (offline, a redeploy removed its chunk): English, declared English', async () => {
    const gone = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    const english = { messages: undefined, lang: 'en', dir: 'ltr' };
    const declared = async (...args) => ({ ...(await loadCatalogue(...args)), messages: undefined });
    assert.deepEqual(await declared('ar', {}, gone), english, 'the list of built-in locales');
    const withoutArabic = new Map([...builtInLocales, ['ar', gone]]);
    assert.deepEqual(await declared('ar-EG', {}, async () => withoutArabic), english, 'the Arabic catalogue');
    registerLocale('fa-x-gone', gone);
    assert.deepEqual(await declared('fa-x-gone'), english, "the app's own, over a Persian catalogue that did arrive");
    const { messages } = await loadCatalogue(['ar', 'de'], { 'signIn.heading': 'Welcome' }, gone);
    assert.equal(messages['signIn.heading'], 'Welcome', "the app's overrides still apply");
    assert.equal(messages['signIn.submit'], en['signIn.submit']);
    assert.equal((await loadCatalogue('ar')).lang, 'ar', 'the next load tries again');
  });

  test("the app's locale wins over the built-in one, which fills the keys it lacks", async () => {
    registerLocale('it', { 'signIn.heading': 'Entra' });
    registerLocale('it-CH', { 'signIn.submit': 'Accedere' });
    const italian = await catalogueOf('it');
    const same = (await loadCatalogue('it')).messages;
    assert.equal(same['signIn.heading'], 'Entra');
    assert.equal(same['field.username'], italian['field.username'], 'the rest from the built-in catalogue');
    const regional = (await loadCatalogue('it-CH')).messages;
    assert.equal(regional['signIn.submit'], 'Accedere');
    assert.equal(regional['field.password'], italian['field.password'], 'from the closest built-in catalogue');
    registerLocale('en-XA', { 'signIn.heading': '⟦Śîĝñ îñ⟧' });
    assert.equal(await heading('en-XA'), '⟦Śîĝñ îñ⟧', 'a registered English variant');
  });
});
