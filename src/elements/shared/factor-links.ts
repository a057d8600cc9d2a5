/**
 * The ways out of a `USER_AUTH` factor's screen: "Choose another way to sign in" (back to the
 * choice, no call) when Cognito offered more than this one, and "Back to sign in".
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Translate } from '../../i18n/translate.js';

export function renderFactorLinks(t: Translate, others: boolean, backToSignIn: TemplateResult): TemplateResult {
  return html`<div class="auth-links">
    ${others ? html`<button type="submit" class="auth-link" name="intent" value="otherFactor" formnovalidate>${t('factor.other')}</button>` : nothing}
    ${backToSignIn}
  </div>`;
}
