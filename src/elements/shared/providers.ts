/**
 * The identity-provider buttons inside the sign-in and sign-up steps: rendered where the flow's
 * `providers-position` says, and their element loaded only when a page configures providers.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Translate } from '../../i18n/translate.js';
import type { StepSettings } from './step-context.js';

let loading: Promise<void> | undefined;

function defineProviderButtons(): void {
  loading ??= import('../provider-buttons.js').then(({ AuthProviderButtonsElement }) => {
    if (!customElements.get('auth-provider-buttons')) customElements.define('auth-provider-buttons', AuthProviderButtonsElement);
  });
}

/** The buttons for `where` (`top` or `bottom` of the step), or nothing. */
export function renderProviders(settings: Partial<StepSettings>, where: 'top' | 'bottom', t: Translate, pending: boolean): TemplateResult | typeof nothing {
  const providers = settings.identityProviders ?? [];
  if ((!providers.length && !settings.sso) || (settings.providersPosition ?? 'top') !== where) return nothing;
  defineProviderButtons();
  return html`<auth-provider-buttons .providers=${providers} ?sso=${!!settings.sso} ?pending=${pending} .t=${t} position=${where}></auth-provider-buttons>`;
}
