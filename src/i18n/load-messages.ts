/**
 * A whole catalogue as one object, for an app that renders the step elements itself or reads the
 * strings (`el.t = translator(await loadMessages('de'))`). It carries all of English, so it is not
 * part of the first load of `<auth-flow>`, which looks strings up as they arrive (translate.ts).
 */
import { en, type Messages } from './en.js';
import { loadCatalogue } from './translate.js';

export async function loadMessages(lang: string | readonly string[] | null | undefined, overrides: Partial<Messages> = {}): Promise<Messages> {
  return { ...en, ...(await loadCatalogue(lang, overrides)).messages } as Messages;
}
