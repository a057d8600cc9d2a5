/** The person's passkeys: name and date added, delete one, add one. */
import { html, nothing } from 'lit';
import { isolate } from '../../../i18n/phrases.js';
import { action, back, formError, heading, notice, type ViewContext } from '../view-context.js';

export function passkeys(context: ViewContext) {
  const { state, ta, controller } = context;
  const list = state.passkeys;
  const canAdd = !!controller.backend.startPasskeyRegistration && !!controller.passkeys?.available();
  return html`<section class="auth-account-view" aria-busy=${state.loading || state.pending ? 'true' : 'false'}>
    ${heading(context, ta('account.heading.passkeys'))} ${notice(context)}
    <p class="auth-hint">${ta('account.passkeys.intro')}</p>
    ${formError(context)}
    ${list === null
      ? state.loading
        ? html`<p role="status">${ta('account.loading')}</p>`
        : action(context, ta('account.retry'), () => controller.open('passkeys'))
      : list.length === 0
        ? html`<p>${ta('account.passkeys.none')}</p>`
        : html`<ul class="auth-list">
            ${list.map((passkey) => {
              const name = passkey.name || passkey.id.slice(0, 8);
              return html`<li class="auth-item" data-passkey=${passkey.id}>
                <span class="auth-item-name">${name}</span>
                <span class="auth-hint">${ta('account.passkeys.created', context.date(passkey.createdAt))}</span>
                ${controller.backend.deletePasskey
                  ? action(context, ta('account.passkeys.delete', isolate(name)), () => controller.deletePasskey(passkey.id), { kind: 'secondary' })
                  : nothing}
              </li>`;
            })}
          </ul>`}
    ${canAdd && list !== null
      ? html`<button type="button" class="auth-submit" aria-disabled=${state.pending ? 'true' : 'false'} @click=${() => !state.pending && controller.addPasskey()}>
          ${state.pending ? ta('account.passkeys.adding') : ta('account.passkeys.add')}
        </button>`
      : nothing}
    ${back(context)}
  </section>`;
}
