/**
 * The language of a host element: its own `lang`, else the nearest ancestor's, else `<html lang>`,
 * followed as the page changes it. Loads the catalogue (English is bundled, others on demand) and
 * gives the host a translator and the text direction.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { en, type Messages } from '../../i18n/en.js';
import { directionOf, loadMessages, translator, type Translate } from '../../i18n/translate.js';

type Host = ReactiveControllerHost & HTMLElement & { messages: Partial<Messages> };

export class LocaleController implements ReactiveController {
  /** Looks strings up in the current catalogue. */
  t: Translate = translator(en);
  #request = 0;
  #observer: MutationObserver | undefined;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  /** The language tag in force. */
  get locale(): string {
    return this.host.lang || this.host.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang || '';
  }

  /** An explicit `dir` (on the host or an ancestor) wins over the language's direction. */
  get dir(): string {
    return this.host.closest('[dir]')?.getAttribute('dir') || directionOf(this.locale);
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
    const catalogue = await loadMessages(this.locale, this.host.messages);
    if (request !== this.#request) return;
    this.t = translator(catalogue);
    this.host.requestUpdate();
  }
}
