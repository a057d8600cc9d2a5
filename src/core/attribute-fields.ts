/**
 * The fields for Cognito attributes (docs/architecture.md §2): what a form may send as one, the
 * input each standard attribute needs, and the page's `form-fields` laid over a step's attribute
 * fields. Only the steps after sign-in ask for attributes (sign-up, a new password), so this loads
 * with them; core/fields.ts holds what every field is.
 */
import { field, type AttributeRequest, type FieldSpec, type FormField } from './fields.js';
import type { FieldRule } from './validation.js';

/** Input hints for the standard Cognito attributes. */
const ATTRIBUTE_INPUT: Readonly<Record<string, Partial<FieldSpec>>> = {
  email: { type: 'email', autocomplete: 'email', inputmode: 'email' },
  phone_number: { type: 'tel', autocomplete: 'tel', inputmode: 'tel' },
  name: { autocomplete: 'name' },
  given_name: { autocomplete: 'given-name' },
  family_name: { autocomplete: 'family-name' },
  nickname: { autocomplete: 'nickname' },
  birthdate: { autocomplete: 'bday' },
  address: { autocomplete: 'street-address' },
  website: { autocomplete: 'url' },
};

/** Cognito's standard attributes and the `custom:` ones: what a form may send as attributes (not `terms`, `intent`…). */
export const isAttributeName = (name: string): boolean =>
  /^(custom:.+|address|birthdate|email|family_name|gender|given_name|locale|middle_name|name|nickname|phone_number|picture|preferred_username|profile|updated_at|website|zoneinfo)$/.test(name);

export function attributeField({ name, required }: AttributeRequest): FieldSpec {
  const format: FieldRule[] = name === 'email' ? ['email'] : name === 'phone_number' ? ['phone'] : [];
  const input = Object.hasOwn(ATTRIBUTE_INPUT, name) ? ATTRIBUTE_INPUT[name] : {};
  return field(name, 'attribute', required ? ['required', ...format] : format, input);
}

/**
 * The step's fields with the page's settings (`form-fields`) over its attribute fields, the ones it
 * lacked added, in their `order`. A field the pool requires stays required; the username, password
 * and code fields are the kit's and stay as they are.
 */
export function configureFields(fields: readonly FieldSpec[], custom: readonly FormField[] = []): FieldSpec[] {
  const placed = fields.map((spec, at) => ({ spec, at }));
  for (const { order, ...own } of custom) {
    let entry = placed.find(({ spec }) => spec.name === own.name);
    if (entry ? entry.spec.kind !== 'attribute' : !isAttributeName(own.name)) continue;
    entry ??= placed[placed.push({ spec: attributeField({ name: own.name, required: false }), at: placed.length }) - 1];
    const { spec } = entry;
    const required = spec.required || !!own.required;
    // A type of its own brings its format rule (an address, a phone number) and its own keyboard.
    const format: FieldRule[] = own.type ? (own.type === 'email' ? ['email'] : own.type === 'tel' ? ['phone'] : []) : spec.rules.filter((rule) => rule !== 'required');
    const rules: FieldRule[] = required ? ['required', ...format] : format;
    entry.spec = Object.freeze({ ...spec, ...(own.type && { inputmode: undefined, autocomplete: undefined }), ...own, required, rules });
    entry.at = order === undefined ? entry.at : order - 0.5; // before the step's own field at that place
  }
  return placed.sort((a, b) => a.at - b.at).map(({ spec }) => spec);
}
