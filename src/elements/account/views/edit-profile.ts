/** Editing the profile: the attributes the app lists, prefilled; a new email or phone goes on to its code. */
import { html } from 'lit';
import { ACCOUNT_VIEWS } from '../../../core/account-views.js';
import { fieldLabel } from '../../../i18n/phrases.js';
import { back, field, form, formError, heading, submit, type ViewContext } from '../view-context.js';

export function editProfile(context: ViewContext) {
  const { t, ta, config, state } = context;
  const fields = ACCOUNT_VIEWS.editProfile.fields(config);
  const attributes = state.profile?.attributes ?? {};
  return form(
    context,
    html`${heading(context, ta('account.heading.editProfile'))} ${formError(context, fields.map((spec) => spec.name))}
      ${fields.map((spec) =>
        field(context, {
          spec,
          label: spec.required ? fieldLabel(t, spec.name) : t('field.optional', fieldLabel(t, spec.name)),
          hint: spec.name === 'phone_number' ? t('field.phoneHint') : undefined,
          value: attributes[spec.name] ?? '',
        }),
      )}
      ${submit(context, ta('account.save'), ta('account.saving'))} ${back(context)}`,
  );
}
