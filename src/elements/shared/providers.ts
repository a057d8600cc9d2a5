/**
 * The identity-provider buttons inside the sign-in and sign-up steps: rendered where the flow's
 * `providers-position` says, and their element loaded only when a page configures providers.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Translate } from '../../i18n/translate.js';
import { defineLazily } from './define-lazily.js';
import type { StepSettings } from './step-context.js';

const defineProviderButtons = () =>
  defineLazily('auth-provider-buttons', () => import('../provider-buttons.js').then((m) => m.AuthProviderButtonsElement)).catch(() => {
    // Offline: the step renders without the buttons; the next render tries again.
  });

/** The buttons for `where` (`top` or `bottom` of the step), or nothing. */
export function renderProviders(settings: Partial<StepSettings>, where: 'top' | 'bottom', t: Translate, pending: boolean): TemplateResult | typeof nothing {
  const providers = settings.identityProviders ?? [];
  if ((!providers.length && !settings.sso) || (settings.providersPosition ?? 'top') !== where) return nothing;
  defineProviderButtons();
  return html`<auth-provider-buttons .providers=${providers} ?sso=${!!settings.sso} ?pending=${pending} .t=${t} position=${where}></auth-provider-buttons>`;
}
