/**
 * The language of a host element: its own `lang`, else the nearest ancestor's, else `<html lang>`,
 * followed as the page changes it. Loads the catalogue (English is bundled, others on demand) and
 * gives the host a translator, and the language and direction of the catalogue actually used (a
 * page in Arabic without an Arabic catalogue shows English, declared English, left to right).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { en, type Messages } from '../../i18n/en.js';
import { loadCatalogue, translator, type Translate } from '../../i18n/translate.js';

type Host = ReactiveControllerHost & HTMLElement & { messages: Partial<Messages> };

export class LocaleController implements ReactiveController {
  /** Looks strings up in the current catalogue. */
  t: Translate = translator(en);
  /** The language of the strings shown (`en` until a catalogue for the requested one loads). */
  lang = 'en';
  #dir: 'ltr' | 'rtl' = 'ltr';
  #request = 0;
  #observer: MutationObserver | undefined;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  /** The language tag asked for. */
  get requested(): string {
    return this.host.lang || this.host.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang || '';
  }

  /** An explicit `dir` (on the host or an ancestor) wins over the catalogue's direction. */
  get dir(): string {
    return this.host.closest('[dir]')?.getAttribute('dir') || this.#dir;
  }

  hostConnected(): void {
    // A page that switches language sets <html lang>; follow it (the host's own lang wins anyway).
    this.#observer = new MutationObserver(() => void this.load());
    this.#observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
  }

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
