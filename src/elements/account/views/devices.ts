/** Remembered devices: name, last use, this device marked, forget one. */
import { html, nothing } from 'lit';
import { isolate } from '../../../i18n/phrases.js';
import { action, back, formError, heading, notice, type ViewContext } from '../view-context.js';

export function devices(context: ViewContext) {
  const { state, ta, controller } = context;
  const list = state.devices;
  return html`<section class="auth-account-view" aria-busy=${state.loading || state.pending ? 'true' : 'false'}>
    ${heading(context, ta('account.heading.devices'))} ${notice(context)}
    <p class="auth-hint">${ta('account.devices.intro')}</p>
    ${formError(context)}
    ${list === null
      ? state.loading
        ? html`<p role="status">${ta('account.loading')}</p>`
        : action(context, ta('account.retry'), () => controller.open('devices'))
      : list.length === 0
        ? html`<p>${ta('account.devices.none')}</p>`
        : html`<ul class="auth-list">
            ${list.map(
              (device) => html`<li class="auth-item" data-device=${device.key}>
                <span class="auth-item-name">${device.name || device.key}</span>
                ${device.current ? html`<span class="auth-badge">${ta('account.devices.thisDevice')}</span>` : nothing}
                ${device.lastUsedAt ? html`<span class="auth-hint">${ta('account.devices.lastUsed', context.date(device.lastUsedAt))}</span>` : nothing}
                ${action(context, ta('account.devices.forget', isolate(device.name || device.key)), () => controller.forgetDevice(device.key), { kind: 'secondary' })}
              </li>`,
            )}
          </ul>`}
    ${back(context)}
  </section>`;
}
