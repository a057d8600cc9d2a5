/**
 * Setting up an authenticator app from the account page: the sign-in side's template
 * (`<auth-totp-setup>`: QR code, copyable key, first code) fed with the account's state.
 */
import { html } from 'lit';
import type { StateOf } from '../../../core/steps.js';
import { defineLazily } from '../../shared/define-lazily.js';
import { back, submitter, type ViewContext } from '../view-context.js';

export function setUpTotp(context: ViewContext) {
  const { state, controller, t } = context;
  void defineLazily('auth-totp-setup', () => import('../../totp-setup.js').then((m) => m.AuthTotpSetupElement));
  const step: StateOf<'setUpTotp'> = {
    step: 'setUpTotp',
    secretCode: state.totpSecret ?? undefined,
    username: state.profile?.attributes.email || state.profile?.username || controller.auth.getSnapshot().username,
    pending: state.pending || state.loading,
    error: state.error,
    notice: null,
  };
  return html`<auth-totp-setup .state=${step} .t=${t} totp-issuer=${context.totpIssuer} @submit=${submitter(context)}></auth-totp-setup>
    ${back(context)}`;
}
