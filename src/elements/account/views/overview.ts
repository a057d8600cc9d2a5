/** The overview: who is signed in, the profile with each contact's verification, and every task. */
import { html, nothing } from 'lit';
import type { AccountView, ContactAttribute } from '../../../core/account-views.js';
import { fieldLabel, isolate } from '../../../i18n/phrases.js';
import { action, formError, heading, labelInSentence, notice, type ViewContext } from '../view-context.js';

const TASKS: readonly Exclude<AccountView, 'overview' | 'verifyContact' | 'setUpTotp'>[] = [
  'editProfile',
  'changePassword',
  'signInMethods',
  'passkeys',
  'devices',
];

function contact(context: ViewContext, name: string, value: string) {
  if (name !== 'email' && name !== 'phone_number') return nothing;
  const verified = context.state.profile?.attributes[`${name}_verified`] === 'true';
  const canVerify = context.views.includes('verifyContact');
  return html` <span class=${verified ? 'auth-badge auth-verified' : 'auth-badge'}>${context.ta(verified ? 'account.verified' : 'account.unverified')}</span>
    ${!verified && value && canVerify
      ? action(context, context.ta('account.verify', labelInSentence(context, name)), () => context.controller.verifyContact(name as ContactAttribute), { kind: 'link' })
      : nothing}`;
}

export function overview(context: ViewContext) {
  const { state, t, ta, controller, views } = context;
  const profile = state.profile;
  const attributes = profile?.attributes ?? {};
  return html`<section class="auth-account-view" aria-busy=${state.loading ? 'true' : 'false'}>
    ${heading(context, ta('account.heading.overview'))} ${notice(context)}
    ${profile ? html`<p class="auth-signed-in-user">${t('signedIn.as', isolate(attributes.email || attributes.phone_number || profile.username))}</p>` : nothing}
    ${formError(context)}
    ${state.error && !profile ? action(context, ta('account.retry'), () => controller.open('overview')) : nothing}
    ${state.loading && !profile ? html`<p role="status">${ta('account.loading')}</p>` : nothing}
    ${profile
      ? html`<h3 class="auth-subheading">${ta('account.profile')}</h3>
          <dl class="auth-profile">
            ${context.config.attributes.map(({ name }) => {
              const value = attributes[name] ?? '';
              return html`<div class="auth-profile-row" data-attribute=${name}>
                <dt>${fieldLabel(t, name)}</dt>
                <dd>${value || html`<span class="auth-muted">${ta('account.notSet')}</span>`}${value ? contact(context, name, value) : nothing}</dd>
              </div>`;
            })}
          </dl>`
      : nothing}
    <h3 class="auth-subheading">${ta('account.security')}</h3>
    <ul class="auth-tasks">
      ${TASKS.filter((view) => views.includes(view)).map(
        (view) => html`<li>${action(context, ta(`account.open.${view}`), () => controller.open(view), { kind: 'link' })}</li>`,
      )}
      <li>${action(context, ta('account.signOutEverywhere'), () => controller.signOutEverywhere(), { kind: 'link' })}</li>
      ${views.includes('deleteAccount')
        ? html`<li>${action(context, ta('account.open.deleteAccount'), () => controller.open('deleteAccount'), { kind: 'link' })}</li>`
        : nothing}
    </ul>
  </section>`;
}
