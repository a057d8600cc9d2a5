/**
 * The countries a phone field offers: every one the phone library has metadata for, named by the
 * browser (`Intl.DisplayNames`) in the language on screen, so the catalogues carry no country
 * names; and the country a field starts with. Loaded with the phone fields (phone-fields.ts).
 */
import { getCountries, getCountryCallingCode, isSupportedCountry, type CountryCode } from 'libphonenumber-js/min';

export type CountryOption = readonly [code: CountryCode, label: string];

const lists = new Map<string, readonly CountryOption[]>();

/**
 * "United Kingdom (+44)" for every country, sorted by name as `lang` sorts. The name comes first
 * so that typing it in the closed `<select>` finds it. A left-to-right mark before the calling code
 * keeps its + in front on a right-to-left page (a select's text ignores isolates).
 */
export function countryOptions(lang: string): readonly CountryOption[] {
  let list = lists.get(lang);
  if (!list) {
    const [names, collator] = namesIn(lang);
    list = getCountries()
      .map((code): CountryOption => [code, `${names.of(code) ?? code} (\u200e+${getCountryCallingCode(code)})`])
      .sort(([, a], [, b]) => collator.compare(a, b));
    lists.set(lang, list);
  }
  return list;
}

function namesIn(lang: string): [Intl.DisplayNames, Intl.Collator] {
  try {
    return [new Intl.DisplayNames([lang, 'en'], { type: 'region' }), new Intl.Collator(lang)];
  } catch {
    return [new Intl.DisplayNames('en', { type: 'region' }), new Intl.Collator('en')]; // a malformed tag
  }
}

function regionOf(tag: string | null | undefined, likely: boolean): CountryCode | null {
  try {
    const locale = new Intl.Locale(tag ?? '');
    const region = (likely ? locale.maximize() : locale).region ?? '';
    return isSupportedCountry(region) ? region : null; // "419" (Latin America) is a region, not a country
  } catch {
    return null;
  }
}

/**
 * The country a phone field starts with: `default-country` when it names one (ISO 3166 alpha-2),
 * else the region a language names (`en-GB`: the page's language first, then the browser's), else
 * the region most likely for the page's language (`de`: Germany), else the United States.
 */
export function initialCountry(attribute: string | undefined, languages: readonly (string | null | undefined)[]): CountryCode {
  const given = (attribute ?? '').trim().toUpperCase();
  if (isSupportedCountry(given)) return given;
  for (const tag of languages) {
    const region = regionOf(tag, false);
    if (region) return region;
  }
  for (const tag of languages) {
    const region = regionOf(tag, true);
    if (region) return region;
  }
  return 'US';
}
