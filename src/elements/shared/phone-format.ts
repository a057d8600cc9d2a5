/**
 * Phone numbers as a person types them: formatted for the country while typing (the caret stays
 * after the digit it followed, and nothing typed is dropped), shown nationally once the country is
 * known, and sent in E.164. Pure functions over the phone library; phone-fields.ts wires them to
 * the inputs.
 */
import {
  AsYouType,
  getCountryCallingCode,
  isValidPhoneNumber,
  parsePhoneNumberFromString,
  type CountryCode,
} from 'libphonenumber-js/min';
import metadata from 'libphonenumber-js/min/metadata';

/** What formatting never adds or removes: digits, letters and +, anything but spaces and punctuation. */
const KEPT = /[\p{L}\p{N}+]/u;

/** What carries the number (and any letter typed by mistake, which formatting must not drop). */
export const significant = (text: string): string => [...text].filter((char) => KEPT.test(char)).join('');

/** In a field that takes an address or a number: nothing but what a phone number is written with. */
export const looksLikePhone = (text: string): boolean => /^\s*[+(\d][\d\s().+-]*$/.test(text);

export interface Typed {
  text: string;
  /** Where the caret goes: after the same digit as before. */
  caret: number;
  /** The country the number names (a + and its calling code), else the one it was typed for. */
  country: CountryCode;
}

/**
 * `text` formatted for `country` as typed so far, with `caret` carried over. Null when formatting
 * would drop a character (a letter, a + in the middle): the text then stays as typed, and the check
 * before sending says what is wrong.
 */
export function formatTyped(text: string, caret: number, country: CountryCode): Typed | null {
  const typer = new AsYouType(country);
  const formatted = typer.input(text);
  if (significant(formatted) !== significant(text)) return null;
  const wanted = significant(text.slice(0, caret)).length;
  let at = 0;
  for (let seen = 0; seen < wanted && at < formatted.length; at++) if (KEPT.test(formatted[at])) seen++;
  return { text: formatted, caret: caret >= text.length ? formatted.length : at, country: countryNamed(typer, country) };
}

/** The country of an international number: the one it belongs to, else the current one when it shares the calling code (+1 for Canada), else the code's main country. */
function countryNamed(typer: AsYouType, current: CountryCode): CountryCode {
  const code = typer.isInternational() ? typer.getCallingCode() : undefined;
  if (!code) return current;
  const known = typer.getCountry();
  if (known) return known;
  if (getCountryCallingCode(current) === code) return current;
  return (metadata.country_calling_codes[code]?.[0] as CountryCode | undefined) ?? current;
}

/**
 * A number as the field shows it when the picker appears (a value from an earlier step, or typed
 * before the library arrived): a valid international number as its country's national format,
 * with that country; anything else formatted as typed.
 */
export function present(text: string, country: CountryCode): { text: string; country: CountryCode } {
  const number = text.trim().startsWith('+') ? parse(text, country) : undefined;
  if (number?.country && number.isValid()) return { text: number.formatNational(), country: number.country };
  const typed = formatTyped(text, text.length, country);
  return typed ? { text: typed.text, country: typed.country } : { text, country };
}

/** The number typed so far, for another country: its national part formatted for `country` (an international one loses its calling code). */
export function switchCountry(text: string, country: CountryCode): string {
  const international = text.trim().startsWith('+') ? parse(text, country) : undefined;
  const national = international ? international.nationalNumber : text;
  return formatTyped(national, national.length, country)?.text ?? national;
}

/** The number in E.164 (`+442079460958`), or the text as typed when it is not a number at all. */
export function toE164(text: string, country: CountryCode): string {
  return parse(text, country)?.number ?? text;
}

/** A number that exists by the library's metadata (the right length and prefix for its country). */
export const isRealNumber = (value: string): boolean => isValidPhoneNumber(value);

function parse(text: string, country: CountryCode) {
  // The whole text must be the number: no number picked out of a sentence.
  return parsePhoneNumberFromString(text, { defaultCountry: country, extract: false });
}
