/**
 * Fields for Cognito user attributes (sign-up, and the attributes NEW_PASSWORD_REQUIRED asks for):
 * the view model's field (input type, autocomplete, rules, and what the page set with
 * `form-fields`: label, hint, placeholder, choices) as a text-like input, a checkbox or a select.
 * Loaded with the steps that ask for attributes, with the checkbox's layout (a select is styled as
 * every field is, styles.ts).
 */
import { css, html, nothing } from 'lit';
import type { FieldOption, FieldSpec } from '../../core/fields.js';
import { type Translate } from '../../i18n/translate.js';
import { fieldLabel } from '../../i18n/phrases.js';
import type { FieldOptions } from './step-element-base.js';
import { adoptStepStyles } from './styles.js';

export const attributeFieldStyles = css`
  :where(auth-flow) :where(.auth-field:has(> [type='checkbox'])) {
    grid-template-columns: auto 1fr;
    align-items: center;
    column-gap: 0.5rem;
  }
  :where(auth-flow) :where(.auth-field > [type='checkbox']) {
    order: -1;
    inline-size: 1.5rem;
    block-size: 1.5rem;
    margin: 0;
  }
  :where(auth-flow) :where(.auth-field:has(> [type='checkbox']) > :not(input, label)) {
    grid-column: 1 / -1;
  }
`;

/** Adds the checkbox's layout where the step is (once per document or shadow root). */
export function adoptAttributeFieldStyles(host: HTMLElement): void {
  adoptStepStyles(host.getRootNode(), attributeFieldStyles);
}

/** A choice as value and text (the value when it has no label). */
function choice(option: FieldOption) {
  const { value, label = value } = typeof option === 'string' ? { value: option } : option;
  return html`<option value=${value}>${label}</option>`;
}

export function attributeOptions(t: Translate, spec: FieldSpec): FieldOptions {
  const label = spec.label ?? fieldLabel(t, spec.name);
  const options: FieldOptions = {
    name: spec.name,
    label: spec.required ? label : t('field.optional', label),
    hint: spec.hint ?? (spec.name === 'phone_number' ? t('field.phoneHint') : undefined),
    type: spec.type,
    autocomplete: spec.autocomplete,
    inputmode: spec.inputmode,
    placeholder: spec.placeholder,
    required: spec.required,
  };
  // Ticked, a checkbox sends "true" (an attribute is a string); unticked, nothing.
  if (spec.type === 'checkbox') options.value = 'true';
  if (spec.type === 'select') {
    // A first, empty choice: nothing is chosen for the person without their knowing.
    options.control = (id, describedBy, invalid) => html`<select
      id=${id}
      name=${spec.name}
      autocomplete=${spec.autocomplete ?? nothing}
      ?required=${spec.required}
      aria-invalid=${invalid ? 'true' : 'false'}
      aria-describedby=${describedBy ?? nothing}
    >
      <option value="">${spec.placeholder ?? t('field.choose')}</option>
      ${spec.options?.map(choice)}
    </select>`;
  }
  return options;
}
