/** Deleting the account, behind typing what the person signs in with. */
import { html } from 'lit';
import { ACCOUNT_VIEWS } from '../../../core/account-views.js';
import { isolate } from '../../../i18n/phrases.js';
import { back, field, form, formError, heading, submit, type ViewContext } from '../view-context.js';

export function deleteAccount(context: ViewContext) {
  const { ta, config, state, controller } = context;
  const [confirmation] = ACCOUNT_VIEWS.deleteAccount.fields(config);
  const attributes = state.profile?.attributes ?? {};
  const name = attributes.email || attributes.phone_number || state.profile?.username || controller.auth.getSnapshot().username;
  return form(
    context,
    html`${heading(context, ta('account.heading.deleteAccount'))}
      <p class="auth-warning">${ta('account.delete.warning')}</p>
      ${formError(context, ['confirmation'])} ${field(context, { spec: confirmation, label: ta('account.delete.confirmLabel', isolate(name)) })}
      ${submit(context, ta('account.delete.submit'), ta('account.delete.pending'), true)} ${back(context)}`,
  );
}
