// The account page's built-in catalogues (src/i18n/account/locales) against English
// (src/i18n/account/en.ts), one test per locale so a failure names it: every key and no other, the
// same kind of entry and arity, each argument shown once, as English shows it, translated rather
// than English left in place. Then which catalogue a language tag gets (src/i18n/account/catalogue.ts).
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { describe, test } from 'node:test';
import builtIn from '../../src/i18n/account/built-in.ts';
import { loadAccountMessages } from '../../src/i18n/account/catalogue.ts';
import { accountEn } from '../../src/i18n/account/en.ts';
import builtInLocales from '../../src/i18n/built-in-locales.ts';

const FILES = readdirSync('src/i18n/account/locales').map((file) => file.replace(/\.ts$/, '')).sort();
const SIGN_IN_FILES = readdirSync('src/i18n/locales').map((file) => file.replace(/\.ts$/, '')).sort();

/**
 * Strings a locale may leave as English has them, because the language uses the same word: German
 * and Swedish say "Passkeys" (as their sign-in catalogues say "Passkey"), Filipino keeps "Profile".
 * Every other string must differ from English; an entry here that no longer matches English fails too.
 */
const SAME_AS_ENGLISH = {
  de: ['account.heading.passkeys', 'account.open.passkeys'],
  fil: ['account.profile'],
  sv: ['account.heading.passkeys', 'account.open.passkeys'],
};

/** The English parameter's name, which says what the page passes: a field label, an MFA method, a date or a name. */
function parameterOf(english) {
  return /^(?:function\s*\w*)?\(?\s*([\w$]+)/.exec(english.toString())?.[1];
}

async function signInCatalogue(tag) {
  return (await builtInLocales.get(tag)()).default;
}

/**
 * Sample arguments: a marked string any sentence must show verbatim, then what the page passes in
 * this language (its own lower-cased contact labels, its MFA method names, a date it formats).
 */
async function samplesOf(parameter, tag) {
  const marker = '⟦arg⟧';
  const signIn = await signInCatalogue(tag);
  switch (parameter) {
    case 'field':
      return [marker, signIn['field.email'].toLowerCase(), signIn['field.phone_number'].toLowerCase()];
    case 'method':
      return [marker, signIn['mfa.type.SMS'], signIn['mfa.type.TOTP'], signIn['mfa.type.EMAIL']];
    case 'date':
      return [marker, new Intl.DateTimeFormat(tag, { dateStyle: 'medium' }).format(Date.UTC(2025, 2, 14, 12))];
    case 'name':
      return [marker, 'jane@example.com', 'Pixel 9'];
    default:
      return [marker];
  }
}

const timesShown = (text, value) => text.split(value).length - 1;

async function catalogueOf(tag) {
  const load = builtIn.get(tag);
  assert.ok(load, `${tag} is not in src/i18n/account/built-in.ts`);
  return (await load()).default;
}

test('every English function entry takes one argument of a kind the samples know', () => {
  const functions = Object.entries(accountEn).filter(([, english]) => typeof english === 'function');
  assert.ok(functions.length >= 10, `only ${functions.length} function entries`);
  for (const [key, english] of functions) {
    assert.equal(english.length, 1, key);
    assert.ok(['field', 'method', 'date', 'name'].includes(parameterOf(english)), `${key}(${parameterOf(english)}): give it samples in samplesOf`);
  }
});

test('every catalogue in src/i18n/account/locales is listed in account/built-in.ts, one for each sign-in locale', () => {
  assert.deepEqual(FILES, SIGN_IN_FILES, 'an account catalogue for each file in src/i18n/locales, and no other');
  const listed = [...builtIn.keys()];
  assert.deepEqual(FILES.filter((tag) => !listed.includes(tag)), [], 'add these to src/i18n/account/built-in.ts');
  assert.deepEqual(listed.filter((tag) => !FILES.includes(tag) && !builtInLocales.has(tag)), [], 'listed without a file or a sign-in alias');
  assert.deepEqual(listed.sort(), [...builtInLocales.keys()].sort(), 'the same tags and aliases as src/i18n/built-in-locales.ts');
});

describe('every account catalogue matches English', () => {
  for (const tag of FILES) {
    test(tag, async () => {
      const catalogue = await catalogueOf(tag);
      const where = `src/i18n/account/locales/${tag}.ts`;
      const missing = Object.keys(accountEn).filter((key) => !Object.hasOwn(catalogue, key));
      assert.deepEqual(missing, [], `${tag} lacks ${missing.join(', ')}: add to ${where}`);
      const extra = Object.keys(catalogue).filter((key) => !Object.hasOwn(accountEn, key));
      assert.deepEqual(extra, [], `${tag} has ${extra.join(', ')}, which English does not (${where})`);

      const sameAsEnglish = [];
      for (const [key, english] of Object.entries(accountEn)) {
        const entry = catalogue[key];
        assert.equal(typeof entry, typeof english, `${tag} ${key}: a ${typeof english} in English`);
        if (typeof english === 'string') {
          assert.ok(entry.trim(), `${tag} ${key} is empty`);
          assert.equal(entry, entry.trim(), `${tag} ${key}: spaces around "${entry}"`);
          assert.doesNotMatch(entry, /\$\{|\.\.\.|\bundefined\b/, `${tag} ${key}: "${entry}"`);
          if (entry === english) sameAsEnglish.push(key);
          continue;
        }
        assert.equal(entry.length, english.length, `${tag} ${key}: takes ${english.length} argument(s), as in English`);
        for (const sample of await samplesOf(parameterOf(english), tag)) {
          const out = entry(sample);
          assert.equal(typeof out, 'string', `${tag} ${key}(${JSON.stringify(sample)}) returns a string`);
          assert.doesNotMatch(out, /\$\{|\.\.\.|\bundefined\b|\bNaN\b/, `${tag} ${key}(${JSON.stringify(sample)}): "${out}"`);
          assert.ok(out.replace(sample, '').trim(), `${tag} ${key}(${JSON.stringify(sample)}) says nothing but its argument`);
          assert.equal(timesShown(out, sample), 1, `${tag} ${key}(${JSON.stringify(sample)}) shows its argument once, as English does: "${out}"`);
          if (out === english(sample)) sameAsEnglish.push(key);
        }
      }
      const allowed = SAME_AS_ENGLISH[tag] ?? [];
      const unexpected = [...new Set(sameAsEnglish)].filter((key) => !allowed.includes(key));
      assert.deepEqual(unexpected, [], `${tag}: still English (translate, or list in SAME_AS_ENGLISH where the language uses the same words)`);
      const stale = allowed.filter((key) => !sameAsEnglish.includes(key));
      assert.deepEqual(stale, [], `${tag}: translated now, so drop from SAME_AS_ENGLISH`);
    });
  }
});

describe('which account catalogue a language gets', () => {
  const heading = async (lang) => (await loadAccountMessages(lang))['account.heading.overview'];
  const headingOf = async (tag) => (await catalogueOf(tag))['account.heading.overview'];

  test('the tag, then shorter and shorter: de-AT is German, pt-BR Brazilian, pt-PT European Portuguese', async () => {
    const german = await catalogueOf('de');
    const messages = await loadAccountMessages('de-AT');
    assert.deepEqual(Object.keys(messages).sort(), Object.keys(accountEn).sort());
    for (const [key, value] of Object.entries(german)) assert.equal(messages[key], value, key);
    assert.notEqual(messages['account.heading.overview'], accountEn['account.heading.overview']);
    assert.equal(await heading('pt-BR'), await headingOf('pt-br'));
    assert.equal(await heading('pt-PT'), await headingOf('pt'));
    assert.equal(await heading('nb-NO'), await headingOf('nb'));
    assert.equal(await heading('fil-PH'), await headingOf('fil'));
  });

  test('aliases: zh, zh-CN are Simplified; zh-TW, zh-HK, zh-MO, zh-Hant-* Traditional; tl is Filipino, no is Bokmål', async () => {
    for (const lang of ['zh', 'zh-CN', 'zh-SG', 'zh-Hans', 'zh-Hans-CN']) assert.equal(await heading(lang), await headingOf('zh-hans'), lang);
    for (const lang of ['zh-TW', 'zh-HK', 'zh-MO', 'zh-Hant', 'zh-Hant-HK']) assert.equal(await heading(lang), await headingOf('zh-hant'), lang);
    assert.notEqual(await headingOf('zh-hans'), await headingOf('zh-hant'));
    assert.equal(await heading('tl'), await headingOf('fil'));
    assert.equal(await heading('no'), await headingOf('nb'));
  });

  test('English when no catalogue fits, and for English itself; the app\'s overrides win', async () => {
    assert.deepEqual(await loadAccountMessages('xx'), accountEn);
    assert.deepEqual(await loadAccountMessages('en-GB'), accountEn);
    assert.deepEqual(await loadAccountMessages(''), accountEn);
    const overridden = await loadAccountMessages('fr-CA', { 'account.save': 'Sauver' });
    assert.equal(overridden['account.save'], 'Sauver');
    assert.equal(overridden['account.heading.overview'], await headingOf('fr'));
  });
});
