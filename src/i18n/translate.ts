/**
 * Picking a locale and looking strings up. English is bundled; every other locale is a module
 * loaded on first use, so a page pays only for the languages it shows.
 */
import type { ErrorInfo } from '../core/errors.js';
import { en, type MessageKey, type Messages } from './en.js';

type Loader = () => Promise<Partial<Messages>>;

const loaders = new Map<string, Loader>();

/**
 * Adds (or replaces) a locale: `registerLocale('de', () => import('./de.js').then((m) => m.de))`.
 * Keys it lacks fall back to English.
 */
export function registerLocale(lang: string, load: Loader | Partial<Messages>): void {
  loaders.set(lang.toLowerCase(), typeof load === 'function' ? load : () => Promise.resolve(load));
}

/** The registered locale that best fits `lang` ("pt-BR" → "pt-br", then "pt"); null for English. */
export function matchLocale(lang: string | null | undefined): string | null {
  const wanted = (lang ?? '').toLowerCase();
  if (!wanted) return null;
  if (loaders.has(wanted)) return wanted;
  const base = wanted.split('-')[0];
  return loaders.has(base) ? base : null;
}

export async function loadMessages(lang: string | null | undefined, overrides: Partial<Messages> = {}): Promise<Messages> {
  const match = matchLocale(lang);
  const locale = match ? await loaders.get(match)!() : {};
  return { ...en, ...locale, ...overrides } as Messages;
}

export type Translate = <K extends MessageKey>(
  key: K,
  ...args: Messages[K] extends (...a: infer A) => string ? A : []
) => string;

export function translator(catalogue: Messages): Translate {
  return (key, ...args) => {
    const entry = catalogue[key] as string | ((...a: unknown[]) => string) | undefined;
    if (entry === undefined) return key; // a visible key beats a blank label
    return typeof entry === 'function' ? entry(...args) : entry;
  };
}

/** The label for a Cognito attribute: the catalogue's `field.<name>`, else the name made readable. */
export function fieldLabel(t: Translate, name: string): string {
  const key = `field.${name}` as MessageKey;
  const text = t(key as 'field.email');
  if (text !== key) return text;
  const words = name.replace(/^custom:/, '').replace(/[_:]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The message for an error: its code's text, or the app's own trigger text when it wrote one. */
export function errorMessage(t: Translate, error: ErrorInfo): string {
  if (error.code === 'triggerFailed' && error.detail) return error.detail;
  return t(`error.${error.code}`);
}

/** Direction for a language tag, for `dir` on the frame. */
export function directionOf(lang: string | null | undefined): 'rtl' | 'ltr' {
  return /^(ar|dv|fa|he|ku|ps|sd|ug|ur|yi)(-|$)/i.test(lang ?? '') ? 'rtl' : 'ltr';
}
