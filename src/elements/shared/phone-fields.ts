/**
 * Phone fields with a country picker: a native `<select>` of every country (type its name to find
 * it; names from the browser in the language on screen) before the number, which is formatted for
 * that country as it is typed and sent in E.164. Typing a + and a calling code picks the country.
 * In a field that takes an email address or a phone number, the picker shows only while the text
 * looks like a number.
 *
 * Loaded with the first step that shows a phone field (step-element.ts), never in the first load:
 * the phone library with its metadata for every country is ≈35 KB gzip (docs/architecture.md §5).
 * Until it arrives the field is a plain one, checked as E.164 before sending; what was typed
 * meanwhile is kept and formatted when the picker appears.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import type { CountryCode } from 'libphonenumber-js/min';
import type { StepView } from '../../core/view.js';
import type { Translate } from '../../i18n/translate.js';
import { countryOptions, initialCountry } from './phone-countries.js';
import { formatTyped, isRealNumber, looksLikePhone, present, significant, switchCountry, toE164 } from './phone-format.js';


/** The step element the fields belong to. */
export interface PhoneHost extends ReactiveControllerHost, HTMLElement {
  readonly view: StepView;
  t: Translate;
  /** `default-country` (ISO 3166 alpha-2). */
  defaultCountry?: string;
}

interface PhoneField {
  country: CountryCode;
  /** `emailOrPhone`: the picker shows only while the text looks like a number. */
  either: boolean;
  shown: boolean;
  /** The text after the last keystroke, to tell a deleted space or bracket from a deleted digit. */
  last: string;
}

const optionLists = new Map<string, HTMLTemplateElement>();

/** The country options in `lang`, built once per language and cloned, with `selected` chosen. */
function optionsFor(lang: string, selected: CountryCode): DocumentFragment {
  let list = optionLists.get(lang);
  if (!list) {
    list = document.createElement('template');
    for (const [code, label] of countryOptions(lang)) list.content.append(new Option(label, code));
    optionLists.set(lang, list);
  }
  const options = list.content.cloneNode(true) as DocumentFragment;
  for (const option of options.children as HTMLCollectionOf<HTMLOptionElement>) option.selected = option.value === selected;
  return options;
}

export class PhoneFields implements ReactiveController {
  readonly #fields = new Map<string, PhoneField>();

  constructor(private readonly host: PhoneHost) {
    host.addController(this);
  }

  hostConnected(): void {
    this.host.addEventListener('input', this.#onInput); // the select is styled as every field is (styles.ts)
  }

  hostDisconnected(): void {
    this.host.removeEventListener('input', this.#onInput);
  }

  /** The hint under field `name` while its picker shows (else the field's own). */
  hint(name: string): string | undefined {
    return this.#field(name).shown ? this.host.t('field.phoneCountryHint') : undefined;
  }

  /** The country picker for field `name` (whose input has `id`), or nothing while it does not apply. */
  picker(name: string, id: string): TemplateResult | typeof nothing {
    const field = this.#field(name);
    if (!field.shown) return nothing;
    const choose = (event: Event) => this.#choose(name, (event.target as HTMLSelectElement).value as CountryCode);
    const lang = this.#language();
    // ~245 options: cloned from one built list per language, once per picker (guard), not
    // re-rendered as templates on every step change (bench/step-change.mjs).
    return html`<select id=${`${id}-country`} class="auth-country" aria-label=${this.host.t('field.phoneCountry')} .value=${field.country} @change=${choose}>
      ${guard([lang], () => optionsFor(lang, field.country))}
    </select>`;
  }

  /** The form's values with each phone number in E.164 (text that is no number stays, for the check to refuse). */
  normalize(values: Record<string, string>): Record<string, string> {
    const out = { ...values };
    for (const [name, field] of this.#fields) {
      if (Object.hasOwn(out, name) && field.shown && out[name].trim()) out[name] = toE164(out[name], field.country);
    }
    return out;
  }

  /** The check before sending: a number that exists, not only the E.164 shape. */
  readonly isValid = isRealNumber;

  #input(name: string): HTMLInputElement | null {
    const input = this.host.querySelector('form')?.elements.namedItem(name);
    return input instanceof HTMLInputElement ? input : null;
  }

  #field(name: string): PhoneField {
    let field = this.#fields.get(name);
    if (field) return field;
    const rules = this.host.view.fields.find((spec) => spec.name === name)?.rules ?? [];
    const input = this.#input(name);
    const text = input?.value ?? '';
    const either = !rules.includes('phone');
    const lang = this.host.closest('[lang]')?.getAttribute('lang');
    field = { country: initialCountry(this.host.defaultCountry, [lang, ...navigator.languages]), either, shown: !either || looksLikePhone(text), last: text };
    this.#fields.set(name, field);
    if (input) {
      input.dir = 'ltr'; // a number reads left to right on a right-to-left page too (+44 stays in front)
      if (field.shown && text.trim()) {
        // Carried over from another step (untouched): shown nationally, with its country. Typed
        // before the picker arrived: formatted as typed, and left alone while the person types.
        const carried = text === input.defaultValue;
        const shown = carried ? present(text, field.country) : formatTyped(text, text.length, field.country);
        if (shown) field.country = shown.country;
        if (shown && (carried || !input.matches(':focus'))) input.value = field.last = shown.text;
      }
    }
    return field;
  }

  /** The language the names are in: the one on screen (the frame's), else the page's. */
  #language(): string {
    const frame = this.host.closest('auth-flow')?.shadowRoot?.querySelector('[part=frame]');
    return frame?.getAttribute('lang') || this.host.closest('[lang]')?.getAttribute('lang') || navigator.language || 'en';
  }

  #choose(name: string, country: CountryCode): void {
    const field = this.#fields.get(name);
    const input = this.#input(name);
    if (!field || !input) return;
    field.country = country;
    if (input.value.trim()) {
      input.value = field.last = switchCountry(input.value, country);
      // The number changed as if retyped: an error shown for the old one goes.
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }
    this.host.requestUpdate();
  }

  #onInput = (event: Event): void => {
    const input = event.target;
    const field = input instanceof HTMLInputElement ? this.#fields.get(input.name) : undefined;
    if (!field || !(input instanceof HTMLInputElement)) return;
    const shown = !field.either || looksLikePhone(input.value);
    if (shown !== field.shown) {
      field.shown = shown;
      this.host.requestUpdate();
    }
    const text = input.value;
    // A deleted space or bracket: reformatting would put it back, so the text stays as edited.
    const deleted = (event as InputEvent).inputType?.startsWith('delete') && significant(text) === significant(field.last);
    const typed = shown && !deleted ? formatTyped(text, input.selectionStart ?? text.length, field.country) : null;
    if (typed) {
      if (typed.country !== field.country) {
        field.country = typed.country;
        this.host.requestUpdate();
      }
      if (typed.text !== text) {
        input.value = typed.text;
        if (input.matches(':focus')) input.setSelectionRange(typed.caret, typed.caret);
      }
    }
    field.last = input.value;
  };
}
