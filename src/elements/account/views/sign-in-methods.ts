/** Two-step verification: each MFA method the pool offers, on or off, which is asked first, and setting up an app. */
import { html, nothing } from 'lit';
import type { MfaSetting } from '../../../core/account-port.js';
import type { MfaType } from '../../../core/backend.js';
import { action, back, formError, heading, labelInSentence, notice, type ViewContext } from '../view-context.js';

/** The contact a code goes to, which must be verified before the method can be on. */
const CONTACT: Partial<Record<MfaType, 'phone_number' | 'email'>> = { SMS: 'phone_number', EMAIL: 'email' };

function method(context: ViewContext, type: MfaType) {
  const { state, t, ta, controller, views } = context;
  const mfa = state.profile?.mfa;
  const enabled = !!mfa?.enabled.includes(type);
  const preferred = mfa?.preferred === type;
  const setting: MfaSetting = preferred ? 'preferred' : enabled ? 'on' : 'off';
  const name = t(`mfa.type.${type}`);
  const contact = CONTACT[type];
  const contactVerified = !contact || state.profile?.attributes[`${contact}_verified`] === 'true';
  const status = { off: ta('account.mfa.off'), on: ta('account.mfa.on'), preferred: ta('account.mfa.preferred') }[setting];
  let actions;
  if (enabled) {
    actions = html`${preferred ? nothing : action(context, ta('account.mfa.prefer', name), () => controller.setMfa(type, 'preferred'))}
      ${action(context, ta('account.mfa.turnOff', name), () => controller.setMfa(type, 'off'))}`;
  } else if (type === 'TOTP') {
    actions = views.includes('setUpTotp') ? action(context, ta('account.mfa.setUpTotp'), () => controller.open('setUpTotp')) : nothing;
  } else if (!contactVerified) {
    actions = html`<p class="auth-hint">${ta('account.mfa.needsVerified', labelInSentence(context, contact!))}</p>`;
  } else actions = action(context, ta('account.mfa.turnOn', name), () => controller.setMfa(type, 'on'));
  return html`<li class="auth-method" data-method=${type}>
    <span class="auth-method-name">${name}</span> <span class="auth-badge">${status}</span>
    <div class="auth-actions">${actions}</div>
  </li>`;
}

export function signInMethods(context: ViewContext) {
  const { state, ta } = context;
  return html`<section class="auth-account-view" aria-busy=${state.loading || state.pending ? 'true' : 'false'}>
    ${heading(context, ta('account.heading.signInMethods'))} ${notice(context)}
    <p class="auth-hint">${ta('account.mfa.intro')}</p>
    ${formError(context)}
    ${state.profile ? html`<ul class="auth-list">${context.config.mfaTypes.map((type) => method(context, type))}</ul>` : html`<p role="status">${ta('account.loading')}</p>`}
    ${back(context)}
  </section>`;
}
