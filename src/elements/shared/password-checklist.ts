/**
 * The password policy as a checklist under a new-password field: each rule met or not as the
 * person types (a mark and words, not colour alone), and, once typing pauses, one polite
 * announcement when the set of rules still unmet has changed, never one per keystroke. Loaded
 * with the steps that set a password (sign-up, new password, reset), not in the first load.
 */
import { css, html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { PasswordPolicy } from '../../core/password-policy.js';
import { rulesOfPolicy, unmetRules, type PasswordRule } from '../../core/password-rules.js';
import type { Translate } from '../../i18n/translate.js';
import { AuthAnnounceEvent } from './events.js';
import { adoptStepStyles } from './styles.js';

const checklistStyles = css`
  :where(auth-flow) :where(.auth-password-rules) {
    margin: 0;
    font-size: 0.875rem;
    color: var(--auth-flow-color-muted);
  }
  :where(auth-flow) :where(.auth-password-rules ul) {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  :where(auth-flow) :where(.auth-password-rules [data-met='true']) {
    color: var(--auth-flow-color-success);
  }
  :where(auth-flow) :where(.auth-password-rules .visually-hidden) {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;

export function ruleLabel(t: Translate, rule: PasswordRule, policy: PasswordPolicy): string {
  return rule === 'minLength' ? t('password.rule.minLength', policy.minLength) : t(`password.rule.${rule}`);
}

export class PasswordChecklist implements ReactiveController {
  /** How long typing must pause before the change is read out. */
  static pause = 1000;

  /** The rules the typed password does not meet yet (the password itself is never kept: docs/architecture.md §8). */
  #unmet: readonly PasswordRule[] | null = null;
  /** The unmet rules last read out (at first: all of them, which the list itself says). */
  #announced: string | null = null;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #policy: PasswordPolicy | null = null;
  #t: Translate | null = null;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.host.addEventListener('input', this.#onInput);
    adoptStepStyles(this.host.getRootNode(), checklistStyles);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('input', this.#onInput);
    clearTimeout(this.#timer);
  }

  #onInput = (event: Event): void => {
    const field = event.target as HTMLInputElement;
    if (field.name !== 'password' || !this.#policy) return;
    this.#unmet = unmetRules(field.value, this.#policy);
    this.host.requestUpdate();
    clearTimeout(this.#timer);
    this.#timer = setTimeout(this.#announce, PasswordChecklist.pause);
  };

  #announce = (): void => {
    const policy = this.#policy;
    const t = this.#t;
    if (!policy || !t) return;
    const unmet = this.#unmet ?? rulesOfPolicy(policy);
    const key = unmet.join();
    if (key === (this.#announced ?? rulesOfPolicy(policy).join())) return;
    this.#announced = key;
    const labels = unmet.map((rule) => ruleLabel(t, rule, policy));
    const text = unmet.length ? t('password.stillNeeds', this.#list(labels)) : t('password.allMet');
    this.host.dispatchEvent(new AuthAnnounceEvent(text));
  };

  /** "a, b and c" in the language of the strings on screen (the frame's `lang` is the catalogue's). */
  #list(labels: string[]): string {
    const lang = this.host.closest('auth-flow')?.shadowRoot?.querySelector('[part=frame]')?.getAttribute('lang') || 'en';
    try {
      return new Intl.ListFormat(lang, { type: 'conjunction' }).format(labels);
    } catch {
      return labels.join(', ');
    }
  }

  /** The list, with `id` for the field's `aria-describedby`. */
  render(policy: PasswordPolicy, t: Translate, id: string): TemplateResult {
    this.#policy = policy;
    this.#t = t;
    const unmet = this.#unmet ?? unmetRules('', policy);
    return html`<div class="auth-password-rules" id=${id}>
      <p>${t('password.rules')}</p>
      <ul>
        ${rulesOfPolicy(policy).map((rule) => {
          const met = !unmet.includes(rule);
          return html`<li data-rule=${rule} data-met=${met}>
            <span aria-hidden="true">${met ? '✓' : '✗'}</span> ${ruleLabel(t, rule, policy)}
            <span class="visually-hidden">(${t(met ? 'password.ruleMet' : 'password.ruleUnmet')})</span>
          </li>`;
        })}
      </ul>
    </div>`;
  }
}
