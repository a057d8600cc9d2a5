/**
 * Picking a locale for a page that asks for another language than English (or registered its own):
 * the closest registered or built-in catalogue, loaded with English under it. Fetched only then
 * (locale-controller.ts), so a page in English does not carry it (docs/architecture.md §9, §11).
 */
import { enFirst } from './en-first.js';
import type { Messages } from './en.js';
import { directionOf, isEnglish, registeredLocale, type BuiltInLocales, type Catalogue, type LocaleMessages } from './translate.js';

/** `lang` itself, then shorter and shorter ("zh-hant-tw" → "zh-hant" → "zh"): the first tag `has`. */
export function closest(lang: string | null | undefined, has: (tag: string) => boolean | undefined): string | null {
  for (let tag = (lang ?? '').toLowerCase(); tag; tag = tag.replace(/-?[^-]*$/, '')) if (has(tag)) return tag;
  return null;
}

/** The locale tag that best fits `lang`, registered or built in; null when none fits: English. */
export function matchLocale(lang: string | null | undefined, builtIn?: BuiltInLocales): string | null {
  return closest(lang, (tag) => !!registeredLocale(tag) || builtIn?.has(tag));
}

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
        const [built, own] = await Promise.all([base?.(), registeredLocale(match)?.()]);
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

