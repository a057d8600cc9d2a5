/**
 * Picking a locale and looking strings up. The first screen's English is bundled (en-first.ts), the
 * rest of English loads later (en-rest-loader.ts); every other locale, built in
 * (built-in-locales.ts) or registered by the app, is a module loaded on first use, so a page pays
 * only for the languages it shows.
 */
import type { ErrorInfo } from '../core/errors.js';
import { enFirst } from './en-first.js';
import { englishRest } from './en-rest-loader.js';
import type { MessageKey, Messages } from './en.js';

/** A locale's strings; `$dir` says its direction when its language tag does not (default: from the tag). */
export type LocaleMessages = Partial<Messages> & { $dir?: 'ltr' | 'rtl' };

type Loader = () => Promise<LocaleMessages>;

const loaders = new Map<string, Loader>();

/** The built-in locales by tag, aliases included (built-in-locales.ts). */
export type BuiltInLocales = ReadonlyMap<string, () => Promise<{ default: LocaleMessages }>>;

/**
 * Adds (or replaces) a locale: `registerLocale('de', () => import('./de.js').then((m) => m.de))`.
 * Keys it lacks come from the closest built-in catalogue ("de" for "de-at"), if any, then from English.
 */
export function registerLocale(lang: string, load: Loader | LocaleMessages): void {
  loaders.set(lang.toLowerCase(), typeof load === 'function' ? load : () => Promise.resolve(load));
}

/** `lang` itself, then shorter and shorter ("zh-hant-tw" → "zh-hant" → "zh"): the first tag `has`. */
export function closest(lang: string | null | undefined, has: (tag: string) => boolean | undefined): string | null {
  for (let tag = (lang ?? '').toLowerCase(); tag; tag = tag.replace(/-?[^-]*$/, '')) if (has(tag)) return tag;
  return null;
}

/** The locale tag that best fits `lang`, registered or built in; null when none fits: English. */
export function matchLocale(lang: string | null | undefined, builtIn?: BuiltInLocales): string | null {
  return closest(lang, (tag) => loaders.has(tag) || builtIn?.has(tag));
}

/**
 * The catalogue for `lang`, and the language and direction of what it actually holds. Its English is
 * the first screen's; the translator finds the rest of English once it is here (`translator`).
 */
export interface Catalogue {
  messages: Partial<Messages>;
  /** The language asked for, when a catalogue fits it; else `en`, the bundled fallback. */
  lang: string;
  dir: 'ltr' | 'rtl';
}

const isEnglish = (lang: string) => /^en(-|$)/i.test(lang);

/** The list of built-in locales, a chunk of its own (built-in-locales.ts). */
const builtInLocales = (): Promise<BuiltInLocales> => import('./built-in-locales.js').then((m) => m.default);

/**
 * Loads the catalogue for the first of `langs` that has one (a page's language, or the browser's
 * list in order of preference); English when none has, or English comes first. A catalogue that
 * does not arrive (offline, or a redeploy removed its chunk) gives English too, declared English:
 * this never rejects, and the next load tries again. `builtIns` gives the list (tests replace it).
 */
export async function loadCatalogue(
  langs: string | readonly string[] | null | undefined,
  overrides: Partial<Messages> = {},
  builtIns = builtInLocales,
): Promise<Catalogue> {
  const wanted = [langs ?? []].flat().filter(Boolean);
  try {
    // English is bundled: a page in English never fetches the list of built-in locales.
    const builtIn = wanted[0] && !isEnglish(wanted[0]) ? await builtIns() : undefined;
    for (const lang of wanted) {
      const match = matchLocale(lang, builtIn);
      if (match) {
        // The app's keys over the closest built-in catalogue (the same tag, or a shorter one).
        const base = builtIn?.get(closest(lang, (tag) => builtIn.has(tag)) ?? '');
        const [built, own] = await Promise.all([base?.(), loaders.get(match)?.()]);
        const { $dir, ...locale }: LocaleMessages = { ...built?.default, ...own };
        return { messages: { ...enFirst, ...locale, ...overrides }, lang, dir: $dir ?? directionOf(lang) };
      }
      if (isEnglish(lang)) break;
    }
  } catch {
    // Half a catalogue would mix languages under one `lang`: English, whole, instead.
  }
  return { messages: { ...enFirst, ...overrides }, lang: 'en', dir: 'ltr' };
}

export type Translate = <K extends MessageKey>(
  key: K,
  ...args: Messages[K] extends (...a: infer A) => string ? A : []
) => string;

/**
 * Looks strings up in `catalogue` (a locale with the page's own strings over it), then in English:
 * its first part, then its rest once that is here (en-rest-loader.ts).
 */
export function translator(catalogue: Partial<Messages>): Translate {
  return (key, ...args) => lookUp(holderOf(catalogue, key), key, args);
}

/** The first of the catalogue, English's first part and English's rest (once here) with text for `key`. */
function holderOf(catalogue: object, key: string): object {
  for (const part of [catalogue, enFirst, englishRest()]) if ((part as Record<string, unknown> | undefined)?.[key] !== undefined) return part!;
  return catalogue;
}

/** A catalogue's text for `key` (a function entry called with `args`); the key itself when it has none. */
export function lookUp(catalogue: object, key: string, args: unknown[]): string {
  const entry = (catalogue as Record<string, string | ((...a: unknown[]) => string) | undefined>)[key];
  if (entry === undefined) return key; // a visible key beats a blank label
  return typeof entry === 'function' ? entry(...args) : entry;
}

/**
 * The message for an error: its code's text, or the app's own trigger text when it wrote one. When
 * the text is nowhere (the rest of English could not be fetched: offline), the network's, never a key.
 */
export function errorMessage(t: Translate, error: ErrorInfo): string {
  if (error.code === 'triggerFailed' && error.detail) return error.detail;
  const key = `error.${error.code}` as const;
  const text = t(key);
  return text === key ? t('error.network') : text;
}

/** Direction for a language tag, for `dir` on the frame. */
export function directionOf(lang: string | null | undefined): 'rtl' | 'ltr' {
  return /^(ar|dv|fa|he|ku|ps|sd|ug|ur|yi)(-|$)/i.test(lang ?? '') ? 'rtl' : 'ltr';
}
