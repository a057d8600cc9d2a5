/** Changing the password: the current one, then a new one with the pool's rules. */
import { html } from 'lit';
import { ACCOUNT_VIEWS } from '../../../core/account-views.js';
import { back, field, form, formError, heading, submit, type ViewContext } from '../view-context.js';

export function changePassword(context: ViewContext) {
  const { t, ta, config } = context;
  const [current, proposed] = ACCOUNT_VIEWS.changePassword.fields(config);
  return form(
    context,
    html`${heading(context, ta('account.heading.changePassword'))} ${formError(context, ['currentPassword', 'password'])}
      ${field(context, { spec: current, label: ta('account.field.currentPassword') })}
      ${field(context, { spec: proposed, label: t('field.newPassword'), hint: proposed.passwordPolicy ? t('password.rules') : undefined })}
      ${submit(context, ta('account.changePassword.submit'), ta('account.saving'))} ${back(context)}`,
  );
}
