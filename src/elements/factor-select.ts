import { html } from 'lit';
import { AuthStepElement } from './shared/step-element.js';

/**
 * Choosing how to sign in (`USER_AUTH`'s `SELECT_CHALLENGE`): the factors Cognito offers this
 * person, the one used last on this device first and chosen.
 *
 * @summary Choose how to sign in: passkey, a code by email or text message, or the password.
 * @tag auth-factor-select
 */
export class AuthFactorSelectElement extends AuthStepElement<'selectFirstFactor'> {
  protected override render() {
    const { t, state } = this;
    const error = this.errorFor('factor');
    const errorId = `${this.idPrefix}-factor-error`;
    return this.renderForm(
      html`${this.renderFormError()}
        <fieldset class="auth-choices" aria-describedby=${error ? errorId : ''} aria-invalid=${error ? 'true' : 'false'}>
          <legend>${t('factor.legend')}</legend>
          ${(state.factors ?? []).map(
            (factor, index) => html`<div class="auth-check">
              <input type="radio" id=${`${this.idPrefix}-${factor}`} name="factor" value=${factor} ?checked=${index === 0} />
              <label for=${`${this.idPrefix}-${factor}`}>${t(`factor.${factor}`)}</label>
            </div>`,
          )}
          ${error ? html`<p class="auth-field-error" id=${errorId}>${error}</p>` : ''}
        </fieldset>
        ${this.renderSubmit(t('signIn.continue'), t('flow.pending'))}
        <div class="auth-links">${this.renderLink(t('flow.backToSignIn'), 'signIn')}</div>`,
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'auth-factor-select': AuthFactorSelectElement;
  }
}
