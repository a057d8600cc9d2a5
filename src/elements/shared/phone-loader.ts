/**
 * A step's phone fields, loaded on demand: the picker and the phone library (phone-fields.ts) are
 * imported the first time the step renders a field whose rules take a phone number, never in the
 * first load. Until they arrive, and if they cannot, the field is a plain one checked as E.164.
 */
import type { FieldSpec } from '../../core/fields.js';
import type { PhoneFields, PhoneHost } from './phone-fields.js';

export class PhoneFieldsLoader {
  #fields?: PhoneFields;
  #loading?: Promise<void>;

  constructor(private readonly host: PhoneHost) {}

  /** The phone fields once loaded. */
  get loaded(): PhoneFields | undefined {
    return this.#fields;
  }

  /** The phone fields when `spec` takes a phone number (their load starts the first time), else none. */
  for(spec: FieldSpec | undefined): PhoneFields | undefined {
    const rules = spec?.rules ?? [];
    if (!rules.includes('phone') && !rules.includes('emailOrPhone')) return;
    this.#loading ??= import('./phone-fields.js').then(({ PhoneFields }) => {
      this.#fields = new PhoneFields(this.host);
      this.host.requestUpdate();
    }, () => {});
    return this.#fields;
  }
}
