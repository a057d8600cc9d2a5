/** Verifying an email address or phone number with the code Cognito sent to it. */
import { html, nothing } from 'lit';
import { ACCOUNT_VIEWS } from '../../../core/account-views.js';
import { codeSentText } from '../../../i18n/phrases.js';
import { action, back, field, form, formError, heading, labelInSentence, notice, submit, type ViewContext } from '../view-context.js';

export function verifyContact(context: ViewContext) {
  const { t, ta, config, state, controller } = context;
  const [code] = ACCOUNT_VIEWS.verifyContact.fields(config);
  const verifying = state.verifying;
  const name = verifying ? labelInSentence(context, verifying.name) : '';
  return form(
    context,
    html`${heading(context, ta('account.heading.verifyContact'))} ${notice(context)}
      ${verifying?.delivery?.destination ? html`<p class="auth-code-sent">${codeSentText(t, verifying.delivery)}</p>` : nothing}
      ${verifying ? html`<p class="auth-hint">${ta('account.verify.intro', name)}</p>` : nothing}
      ${formError(context, ['code'])} ${field(context, { spec: code, label: t('field.code'), hint: t('field.codeHint') })}
      ${submit(context, ta('account.verify.submit'), t('mfa.pending'))}
      ${verifying ? action(context, t('code.resend'), () => controller.resendContactCode(), { kind: 'link' }) : nothing} ${back(context)}`,
  );
}
