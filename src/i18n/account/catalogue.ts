/**
 * Loading the account page's strings for a language: the built-in account catalogue that fits the
 * language the sign-in catalogue resolved to (account/built-in.ts; each its own chunk), over
 * English. Never rejects: a catalogue that does not arrive gives English.
 */
import { closest, lookUp } from '../translate.js';
import { accountEn, type AccountMessageKey, type AccountMessages } from './en.js';

export type AccountTranslate = <K extends AccountMessageKey>(
  key: K,
  ...args: AccountMessages[K] extends (...a: infer A) => string ? A : []
) => string;

export function accountTranslator(messages: AccountMessages): AccountTranslate {
  return (key, ...args) => lookUp(messages, key, args);
}

/** `lang` and shorter tags ("pt-br" → "pt"), the first with a catalogue; English otherwise. */
export async function loadAccountMessages(lang: string, overrides: Partial<AccountMessages> = {}): Promise<AccountMessages> {
  if (/^en(-|$)/i.test(lang) || !lang) return { ...accountEn, ...overrides };
  try {
    const { default: builtIn } = await import('./built-in.js');
    const load = builtIn.get(closest(lang, (tag) => builtIn.has(tag)) ?? '');
    if (load) return { ...accountEn, ...(await load()).default, ...overrides };
  } catch {
    // English, whole, rather than half a catalogue.
  }
  return { ...accountEn, ...overrides };
}
