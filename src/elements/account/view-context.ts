/**
 * What every account view template gets, and the pieces they share: labelled fields with their
 * errors, the main button (focusable while pending, but refusing), the form-level alert, the
 * notice, and "back to your account". Views render into the light DOM, like the sign-in steps, so
 * password managers and autofill see real inputs.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { AccountController, AccountState } from '../../core/account-controller.js';
import type { AccountConfig, AccountView } from '../../core/account-views.js';
import type { FieldSpec } from '../../core/fields.js';
import type { AccountTranslate } from '../../i18n/account/catalogue.js';
import { errorMessage, type Translate } from '../../i18n/translate.js';
import { fieldLabel } from '../../i18n/phrases.js';
import { readForm } from '../shared/form.js';

export interface ViewContext {
  state: AccountState;
  controller: AccountController;
  config: AccountConfig;
  /** The sign-in catalogue (field labels, codes, errors) and the account page's own. */
  t: Translate;
  ta: AccountTranslate;
  /** Unique per element, for ids. */
  id: string;
  headingLevel: number;
  /** The views this backend offers. */
  views: readonly AccountView[];
  /** The language the strings are in. */
  lang: string;
  /** Dates as the page's language writes them, isolated for a sentence (their digits keep their order in right-to-left text). */
  date(epochMs: number | undefined): string;
  /** The authenticator app's issuer name. */
  totpIssuer: string;
}

export type ViewTemplate = (context: ViewContext) => TemplateResult;

/**
 * An attribute's label inside a sentence ("Verify email address"): lower case, except in languages
 * that capitalise every noun (German, Luxembourgish).
 */
export function labelInSentence({ t, lang }: ViewContext, name: string): string {
  const label = fieldLabel(t, name);
  return /^(de|lb)(-|$)/i.test(lang) ? label : label.toLocaleLowerCase(lang);
}

/** The error's message: the account page's own reason, else the kit's code. */
export function errorText({ state, t, ta }: ViewContext): string | null {
  const error = state.error;
  if (!error) return null;
  return error.reason ? ta(`account.error.${error.reason}`) : errorMessage(t, error);
}

export function heading(context: ViewContext, text: string): TemplateResult {
  const level = context.headingLevel;
  return html`<h2 class="auth-heading" tabindex="-1" aria-level=${level !== 2 ? level : nothing}>${text}</h2>`;
}

export interface FieldOptions {
  spec: FieldSpec;
  label: string;
  hint?: string;
  value?: string;
}

export function field(context: ViewContext, { spec, label, hint, value }: FieldOptions): TemplateResult {
  const id = `${context.id}-${spec.name.replace(/[^\w-]/g, '-')}`;
  const error = context.state.error?.field === spec.name ? errorText(context) : null;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  return html`<div class="auth-field" data-field=${spec.name}>
    <label for=${id}>${label}</label>
    <input
      id=${id}
      name=${spec.name}
      type=${spec.type}
      autocomplete=${spec.autocomplete ?? nothing}
      inputmode=${spec.inputmode ?? nothing}
      .defaultValue=${value ?? ''}
      ?required=${spec.required}
      aria-invalid=${error ? 'true' : 'false'}
      aria-describedby=${describedBy ?? nothing}
      autocapitalize=${spec.type === 'text' && spec.kind === 'attribute' ? 'sentences' : 'none'}
      spellcheck="false"
    />
    ${hint ? html`<p class="auth-hint" id=${hintId}>${hint}</p>` : nothing}
    ${error ? html`<p class="auth-field-error" id=${errorId}>${error}</p>` : nothing}
  </div>`;
}

/** An error without a field (or whose field this view does not show), as an alert. */
export function formError(context: ViewContext, fields: readonly string[] = []): TemplateResult | typeof nothing {
  const error = context.state.error;
  if (!error || (error.field && fields.includes(error.field))) return nothing;
  return html`<p class="auth-form-error" role="alert">${errorText(context)}</p>`;
}

export function notice({ state, ta }: ViewContext): TemplateResult | typeof nothing {
  return state.notice ? html`<p class="auth-notice" role="status">${ta(`account.notice.${state.notice}`)}</p>` : nothing;
}

export function submit({ state }: ViewContext, label: string, pendingLabel: string, danger = false): TemplateResult {
  return html`<button type="submit" class=${danger ? 'auth-submit auth-danger' : 'auth-submit'} aria-disabled=${state.pending ? 'true' : 'false'}>
    ${state.pending ? pendingLabel : label}
  </button>`;
}

/** A button that runs `action` unless a command is in flight. */
export function action(context: ViewContext, label: string, run: () => unknown, options: { ariaLabel?: string; kind?: 'link' | 'secondary' } = {}): TemplateResult {
  const pending = context.state.pending;
  return html`<button
    type="button"
    class=${options.kind === 'link' ? 'auth-link' : 'auth-secondary'}
    aria-label=${options.ariaLabel ?? nothing}
    aria-disabled=${pending ? 'true' : 'false'}
    @click=${() => {
      if (!context.state.pending) void run();
    }}
  >
    ${label}
  </button>`;
}

export function back(context: ViewContext): TemplateResult {
  return action(context, context.ta('account.back'), () => context.controller.back(), { kind: 'link' });
}

/** A view's submit: its form's fields go to the controller through the table (single-flight there and here). */
export function submitter(context: ViewContext): (event: SubmitEvent) => void {
  return (event) => {
    event.preventDefault();
    if (context.state.pending) return;
    void context.controller.submit(readForm(event.target as HTMLFormElement));
  };
}

/** The view's form. */
export function form(context: ViewContext, body: unknown): TemplateResult {
  return html`<form novalidate @submit=${submitter(context)} aria-busy=${context.state.pending ? 'true' : 'false'}>${body}</form>`;
}
