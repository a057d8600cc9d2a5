/**
 * The language of a host element: its own `lang`, else the nearest ancestor's, else `<html lang>`,
 * followed as the page changes it; with none of them, the browser's languages if the host opts in
 * (`useBrowserLanguage`). Loads the catalogue (English is bundled, others on demand; English's later
 * part is read once here, translate.ts) and gives the host a translator, and the language and
 * direction of the catalogue actually used (a page in a language without a catalogue, or whose
 * catalogue did not arrive, shows English, declared English, left to right).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Messages } from '../../i18n/en.js';
import { enFirst } from '../../i18n/en-first.js';
import { loadCatalogue, translator, type Translate } from '../../i18n/translate.js';

type Host = ReactiveControllerHost & HTMLElement & { messages: Partial<Messages>; useBrowserLanguage?: boolean };

export class LocaleController implements ReactiveController {
  /** Looks strings up in the current catalogue. */
  t: Translate = translator(enFirst);
  /** The language of the strings shown (`en` until a catalogue for the requested one loads). */
  lang = 'en';
  #dir: 'ltr' | 'rtl' = 'ltr';
  #request = 0;
  #observer: MutationObserver | undefined;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  /** The language tags asked for, the most wanted first. */
  get requested(): readonly string[] {
    const lang = this.host.lang || this.host.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang;
    // The page's own language wins: the browser's list is a fallback the app opts into.
    return lang ? [lang] : this.host.useBrowserLanguage ? navigator.languages : [];
  }

  /** An explicit `dir` (on the host or an ancestor) wins over the catalogue's direction. */
  get dir(): string {
    return this.host.closest('[dir]')?.getAttribute('dir') || this.#dir;
  }

  hostConnected(): void {
    // A page that switches language sets <html lang>; follow it (the host's own lang wins anyway),
    // and the browser's languages when they are the ones followed.
    this.#observer = new MutationObserver(this.#reload);
    this.#observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
    addEventListener('languagechange', this.#reload);
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    removeEventListener('languagechange', this.#reload);
  }

  #reload = (): void => void this.load();

  /** Loads the catalogue for the current language (and the host's overrides); the newest request wins. */
  async load(): Promise<void> {
    const request = ++this.#request;
    const catalogue = await loadCatalogue(this.requested, this.host.messages);
    if (request !== this.#request) return;
    this.t = translator(catalogue.messages);
    this.lang = catalogue.lang;
    this.#dir = catalogue.dir;
    this.host.requestUpdate();
  }
}
