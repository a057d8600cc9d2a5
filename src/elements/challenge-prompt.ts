import { html } from 'lit';
import { property } from 'lit/decorators.js';
import type { StepSettings } from './shared/step-context.js';
import { AuthStepElement } from './shared/step-element.js';

/** Renders an app's own prompt for a custom challenge: a Lit template, a DOM node or text. */
export type ChallengePromptRenderer = (parameters: Readonly<Record<string, string>>, round: number) => unknown;

const INPUT_MODES = new Set(['numeric', 'text', 'email', 'tel']);

/**
 * A custom challenge round (`CUSTOM_CHALLENGE`), driven by the pool's Define/Create/Verify Lambda
 * triggers. The prompt comes from the challenge's public parameters and is rendered as text only:
 * `prompt` (the question), `label` (the answer field's label) and `inputmode` (`numeric` for codes).
 * Without a `prompt`, the parameters are listed as text. An app can render its own prompt for a
 * challenge through `<auth-flow>`'s `challengePrompts`, keyed by the parameter `name`.
 *
 * @summary Answer a custom-auth challenge, any number of rounds.
 * @tag auth-challenge-prompt
 */
export class AuthChallengePromptElement extends AuthStepElement<'customChallenge'> {

  /** Your renderers by challenge name (the `name` public parameter; `*` for any). */
  @property({ attribute: false }) challengePrompts: Readonly<Record<string, ChallengePromptRenderer>> = {};

  protected override applySettings(settings: StepSettings): void {
    this.challengePrompts = settings.challengePrompts;
  }

  protected get parameters(): Readonly<Record<string, string>> {
    return this.state.parameters ?? {};
  }

  /** The app's renderer for this challenge: own properties only, so `constructor` or `__proto__` find nothing. */
  #renderer(name: string): ChallengePromptRenderer | undefined {
    const prompts = this.challengePrompts;
    if (Object.hasOwn(prompts, name)) return prompts[name];
    return Object.hasOwn(prompts, '*') ? prompts['*'] : undefined;
  }

  #prompt(): unknown {
    const parameters = this.parameters;
    const own = this.#renderer(Object.hasOwn(parameters, 'name') ? parameters.name : '');
    if (own) return own(parameters, this.state.round ?? 1);
    // The trigger's text, in its own direction and isolated from the page's (dir=auto).
    if (parameters.prompt) return html`<p class="auth-code-sent" dir="auto">${parameters.prompt}</p>`;
    const shown = Object.entries(parameters).filter(([key]) => key !== 'label' && key !== 'inputmode');
    if (!shown.length) return html`<p class="auth-code-sent">${this.t('challenge.intro')}</p>`;
    return html`<dl class="auth-challenge-parameters">
      ${shown.map(([key, value]) => html`<dt dir="auto">${key}</dt><dd dir="auto">${value}</dd>`)}
    </dl>`;
  }

  protected override render() {
    const { t } = this;
    const { label, inputmode } = this.parameters;
    const numeric = inputmode === 'numeric';
    return this.renderForm(
      html`${this.#prompt()} ${this.renderFormError()}
        ${this.renderField({
          name: 'answer',
          label: label || t('field.answer'),
          inputmode: INPUT_MODES.has(inputmode) ? (inputmode as 'numeric') : undefined,
          autocomplete: numeric ? 'one-time-code' : 'off',
        })}
        ${this.renderSubmit(t('challenge.submit'), t('flow.pending'))}
        <div class="auth-links">${this.renderLink(t('flow.backToSignIn'), 'signIn')}</div>`,
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'auth-challenge-prompt': AuthChallengePromptElement;
  }
}
