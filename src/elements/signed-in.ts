import { html, nothing } from 'lit';
import { AuthStepElement } from './shared/step-element.js';

/**
 * The signed-in view: who is signed in, and a way out (optionally on every device).
 *
 * @summary The signed-in view with a sign-out button.
 * @tag auth-signed-in
 */
export class AuthSignedInElement extends AuthStepElement<'signedIn'> {

  protected override render() {
    const { t, state } = this;
    if (!state.session) return nothing;
    const email = state.session.idTokenClaims.email;
    return html`<form novalidate @submit=${this.onSubmit} aria-busy=${state.pending}>
      ${this.renderHeading(t(this.view.heading))}
      ${this.renderNotice(this.view.notice ? t(this.view.notice) : null)}
      <p class="auth-signed-in-user">${t('signedIn.as', state.session.username)}</p>
      ${typeof email === 'string' ? html`<p>${t('signedIn.email', email)}</p>` : nothing}
      ${this.renderFormError()}
      <div class="auth-check">
        <input type="checkbox" id=${`${this.idPrefix}-global`} name="global" />
        <label for=${`${this.idPrefix}-global`}>${t('signedIn.global')}</label>
      </div>
      <button type="submit" class="auth-submit" name="intent" value="signOut" aria-disabled=${state.pending ? 'true' : 'false'}>
        ${state.pending ? t('signedIn.pending') : t('signedIn.signOut')}
      </button>
    </form>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'auth-signed-in': AuthSignedInElement;
  }
}
