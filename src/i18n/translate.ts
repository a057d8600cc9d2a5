/**
 * Looking strings up, and the locales an app registers. The first screen's English is bundled
 * (en-first.ts), the rest of English loads later (en-rest-loader.ts); every other locale, built in
 * (built-in-locales.ts) or registered by the app, is a module loaded on first use, and so is picking
 * one (pick-locale.ts), so a page pays only for the languages it shows.
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

/** The app's loader for exactly `tag` (lower case), if it registered one. */
export const registeredLocale = (tag: string): Loader | undefined => loaders.get(tag);

/** A language tag in English ("en", "en-GB"). */
export const isEnglish = (lang: string): boolean => /^en(-|$)/i.test(lang);

/**
 * The catalogue for `langs` when it is English without fetching anything: none asked for, or English
 * first and no locale registered by the app (which might be an English variant); else null, and
 * pick-locale.ts picks it.
 */
export function englishCatalogue(langs: readonly string[], overrides: Partial<Messages>): Catalogue | null {
  if (langs[0] && !(isEnglish(langs[0]) && !loaders.size)) return null;
  return { messages: { ...enFirst, ...overrides }, lang: 'en', dir: 'ltr' };
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
