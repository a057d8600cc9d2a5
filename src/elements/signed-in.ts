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
    const { username, idTokenClaims: claims } = state.session;
    const email = typeof claims.email === 'string' ? claims.email : undefined;
    const phone = typeof claims.phone_number === 'string' ? claims.phone_number : undefined;
    // A pool whose usernames are email addresses or phone numbers makes every username the `sub`, a
    // UUID nobody knows (docs/cognito.md §8.7): name the person by what they sign in with instead.
    const shown = username === claims.sub ? (email ?? phone ?? username) : username;
    return html`<form novalidate @submit=${this.onSubmit} aria-busy=${state.pending}>
      ${this.renderHeading(t(this.view.heading))}
      ${this.renderNotice(this.view.notice ? t(this.view.notice) : null)}
      <p class="auth-signed-in-user">${t('signedIn.as', shown)}</p>
      ${email !== undefined && email !== shown ? html`<p>${t('signedIn.email', email)}</p>` : nothing}
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
