import { html } from 'lit';
import { AuthStepElement } from './shared/step-element.js';

/**
 * After a sign-in without a passkey: an offer to create one (`passkey-prompt="after-sign-in"`),
 * which "Not now" dismisses. The person is signed in either way.
 *
 * @summary Offer to create a passkey after sign-in.
 * @tag auth-passkey-offer
 */
export class AuthPasskeyOfferElement extends AuthStepElement<'offerPasskey'> {
  protected override render() {
    const { t } = this;
    return this.renderForm(
      html`<p>${t('passkeyOffer.intro')}</p>
        ${this.renderFormError()} ${this.renderSubmit(t('passkeyOffer.create'), t('passkeyOffer.pending'))}
        <div class="auth-links">
          <button type="submit" class="auth-link" name="intent" value="skip" formnovalidate>${t('passkeyOffer.skip')}</button>
        </div>`,
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'auth-passkey-offer': AuthPasskeyOfferElement;
  }
}
