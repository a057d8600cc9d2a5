/**
 * The toolbar's locales: English, every built-in catalogue (src/i18n/locales, loaded on demand as
 * in the product), and two story-only pseudo-locales, registered through the kit's public
 * `registerLocale`. The pseudo-locales are not product translations: they exist so designers can
 * see long strings and a right-to-left layout whatever the real catalogues hold.
 *
 * - `en-XA` "Pseudo-long": accented English about 60 % longer, in ⟦brackets⟧ so a clipped string
 *   shows at once.
 * - `ar-XB` "Pseudo-RTL": English letters swapped for Arabic ones (an RTL script, so the bidi
 *   algorithm and the kit's `dir` handling are exercised); numbers, usernames and addresses stay as
 *   given, as they would in a real Arabic UI.
 *
 * Interpolated values (usernames, masked addresses) are never transformed.
 */
import { en, type Messages } from '../../src/i18n/en.js';
import { directionOf, registerLocale } from '../../src/i18n/translate.js';

export interface StoryLocale {
  value: string;
  title: string;
  right?: string;
}

/** Every built-in catalogue, as its canonical tag ("zh-Hant") and the name it calls itself. */
const BUILT_IN: StoryLocale[] = Object.keys(import.meta.glob('../../src/i18n/locales/*.ts'))
  .map((path) => Intl.getCanonicalLocales(path.replace(/^.*\/|\.ts$/g, ''))[0])
  .sort()
  .map((tag) => ({
    value: tag,
    title: `${new Intl.DisplayNames([tag], { type: 'language' }).of(tag)} (${tag})`,
    ...(directionOf(tag) === 'rtl' ? { right: 'RTL' } : {}),
  }));

/** The toolbar's locales. `en` is the product's own catalogue. */
export const STORY_LOCALES: readonly StoryLocale[] = [
  { value: 'en', title: 'English' },
  ...BUILT_IN,
  { value: 'en-XA', title: 'Pseudo-long (en-XA)', right: '⟦long⟧' },
  { value: 'ar-XB', title: 'Pseudo-RTL (ar-XB)', right: 'RTL' },
];

const ACCENTED: Record<string, string> = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((c, i) => [
    c,
    [...'àƀçđéƒĝĥîĵķĺɱñöþǫŕšţûṽŵẋýžÀƁÇĐÉƑĜĤÎĴĶĹṀÑÖÞǪŔŠŢÛṼŴẊÝŽ'][i],
  ]),
);

const ARABIC: Record<string, string> = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyz'].map((c, i) => [c, [...'ابجدهفغحيجكلمنوپقرستوڤوخيز'][i]]),
);

const FILLER = ' ōñē ţŵō ţĥŕēē ƒōũŕ ƒīṽē šīẋ šēṽēñ ēīĝĥţ ñīñē ţēñ';

/** How a pseudo-locale changes text: letter by letter, then the whole string. */
interface Pseudo {
  letters(text: string): string;
  whole(text: string): string;
}

const LONG: Pseudo = {
  letters: (text) => [...text].map((c) => ACCENTED[c] ?? c).join(''),
  whole: (text) => `⟦${text}${FILLER.slice(0, Math.max(4, Math.round(text.length * 0.6)))}⟧`,
};

const RTL: Pseudo = {
  letters: (text) => [...text].map((c) => ARABIC[c.toLowerCase()] ?? c).join(''),
  whole: (text) => text,
};

/** Transforms the translatable text only, leaving the interpolated values (`args`) as given. */
function keepValues(text: string, args: unknown[], pseudo: Pseudo): string {
  const values = args
    // String arguments (a username) are values; in an object argument (a code delivery) only the
    // values that are not plain words are (the masked destination, not `medium: 'EMAIL'`).
    .flatMap((arg) =>
      typeof arg === 'string'
        ? [arg]
        : arg && typeof arg === 'object'
          ? Object.values(arg).filter((v) => typeof v === 'string' && !/^[A-Za-z_]+$/.test(v))
          : [],
    )
    .filter((value): value is string => typeof value === 'string' && value.length > 0 && text.includes(value))
    .sort((a, b) => b.length - a.length);
  if (!values.length) return pseudo.whole(pseudo.letters(text));
  const pattern = new RegExp(`(${values.map((v) => v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`);
  const parts = text.split(pattern).map((part) => (values.includes(part) ? part : pseudo.letters(part)));
  return pseudo.whole(parts.join(''));
}

function pseudoCatalogue(pseudo: Pseudo): Partial<Messages> {
  const catalogue: Record<string, unknown> = {};
  for (const [key, entry] of Object.entries(en)) {
    catalogue[key] =
      typeof entry === 'function'
        ? (...args: unknown[]) => keepValues((entry as (...a: unknown[]) => string)(...args), args, pseudo)
        : keepValues(entry, [], pseudo);
  }
  return catalogue as Partial<Messages>;
}

export const pseudoLong = pseudoCatalogue(LONG);
export const pseudoRtl = pseudoCatalogue(RTL);

registerLocale('en-XA', pseudoLong);
registerLocale('ar-XB', pseudoRtl);
