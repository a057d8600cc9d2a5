/**
 * The base of every step element (the sign-in step's, in the first load; the later steps extend
 * `AuthStepElement`, step-element.ts, which adds what codes and new passwords need). It renders
 * into the light DOM (no shadow root) so that password managers, autofill, `label for` and
 * `aria-describedby` see real inputs in the document. It owns what every step needs: labelled
 * fields with their errors, a form-level alert, a pending submit button, checks before a submit,
 * and what the form does with an error after one (focus, a refused secret emptied, a field's error
 * read out), the last two fetched as it connects (form-checks-loader.ts).
 *
 * Inside `<auth-flow>` it is fed by context (state, translator, settings); alone, by its
 * properties. Its fields and their rules come from the step table through the view model; a
 * subclass renders the template. The form's native `submit` bubbles to `<auth-flow>`, which runs
 * the step's command.
 */
import { html, LitElement, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import type { FieldType } from '../../core/fields.js';
import type { ErrorCode } from '../../core/errors.js';
import type { StateOf, StepName } from '../../core/steps.js';
import { entryOf, loadStepTable } from '../../core/step-lookup.js';
import { connect, type StepView, type ViewOptions } from '../../core/view.js';
import { enFirst } from '../../i18n/en-first.js';
import { englishTextFor, loadEnglishRest } from '../../i18n/en-rest-loader.js';
import { errorMessage, translator, type Translate } from '../../i18n/translate.js';
import { AuthNavigateEvent } from './events.js';
import { formChecksNow, loadFormChecks, type FormChecks } from './form-checks-loader.js';
import { PhoneFieldsLoader } from './phone-loader.js';
import { readForm, rememberValues } from './form.js';
import { StepContextConsumer, type StepContext, type StepSettings } from './step-context.js';

let instances = 0;

export interface FieldOptions {
  name: string;
  label: string;
  type?: FieldType;
  autocomplete?: string;
  inputmode?: 'numeric' | 'email' | 'tel' | 'text';
  hint?: string;
  /** The initial text (never bound after that, so what the person types is never overwritten). */
  value?: string;
  required?: boolean;
  /** More description under the field (the password checklist), with its id for `aria-describedby`. */
  details?: { id: string; content: unknown };
  placeholder?: string;
  /** A control of its own instead of an `<input>` (a `<select>`), given its id, description and validity. */
  control?: (id: string, describedBy: string | undefined, invalid: boolean) => TemplateResult;
}

/** Text fields a phone must not capitalise (besides every password, email, number and phone field). */
const NO_CAPITALS = ['username', 'code', 'answer'];

/**
 * @fires auth-navigate - Asks `<auth-flow>` for another entry step; detail: `{ step, username? }`.
 */
export abstract class StepElementBase<S extends StepName = StepName> extends LitElement {
  /** @internal Lit's reactive properties: a table rather than decorators, which cost more bytes (docs/architecture.md §11). */
  static override properties: PropertyDeclarations = {
    state: { attribute: false },
    t: { attribute: false },
    fieldErrors: { state: true, attribute: false },
    settings: { state: true, attribute: false },
  };

  /** The controller state for this step (from `<auth-flow>`, or set directly). */
  state!: StateOf<S>;

  /** Looks strings up in the current locale (from `<auth-flow>`, or set directly). */
  t: Translate = translator(enFirst);

  /** Errors found before submitting, by field. Cleared field by field as the person fixes them. */
  protected fieldErrors: Record<string, ErrorCode> = {};

  protected readonly idPrefix = `auth-${++instances}`;

  constructor() {
    super();
    new StepContextConsumer(this, (context) => this.applyContext(context));
  }

  /** Takes what `<auth-flow>` provides; subclasses pick their settings in `applySettings`. */
  protected applyContext({ state, t, settings }: StepContext): void {
    this.state = state as StateOf<S>;
    this.t = t;
    this.settings = settings;
    this.applySettings(settings);
  }

  /** What `<auth-flow>`'s attributes say (empty for a lone element). */
  protected settings: Partial<StepSettings> = {};

  protected applySettings(_settings: StepSettings): void {}

  /** What the view model needs beside the state (the element's own attributes). */
  protected viewOptions(): ViewOptions {
    return {};
  }

  #view: StepView | undefined;

  /** The step as the view model describes it: heading, fields with rules, actions, error placement. */
  get view(): StepView {
    return (this.#view ??= connect(this.state, this.viewOptions()));
  }

  /**
   * Renders once the strings it shows are here: a request's error, a later step's heading or notice,
   * a field's error may be in the rest of English (en-rest-loader.ts), which is then waited for (the
   * screen stays as it was meanwhile), so a person never sees a key. With everything at hand it
   * renders at once, as before the split. A request on its way fetches the rest, for its error.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const state = this.state as StateOf<StepName> | undefined;
    if (state?.pending) loadEnglishRest().catch(() => {});
    const spec = state && entryOf(state.step);
    // An entry step shown before the rest of the step table arrived (docs/architecture.md §2): rendered once it is here.
    if (state && !spec) return loadStepTable().then(() => this.scheduleUpdate(), () => super.scheduleUpdate());
    const keys = spec ? [spec.heading, state.error && `error.${state.error.code}`, state.notice && `notice.${state.notice}`] : [];
    const shown = [...keys, ...Object.values(this.fieldErrors).map((code) => `error.${code}`)].filter((key): key is string => !!key);
    // When it cannot arrive (offline), render anyway: an error then reads as the network's (errorMessage).
    return englishTextFor(shown)?.then(
      () => super.scheduleUpdate(),
      () => super.scheduleUpdate(),
    ) ?? super.scheduleUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.#view = undefined; // state or an attribute changed: read the table again
  }

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  /** The first field a person fills in. */
  get firstField(): HTMLInputElement | null {
    return this.querySelector(
      'input:not([type=hidden]):not([hidden]):not([disabled]):not([type=checkbox]), select, textarea',
    );
  }

  /**
   * Where focus goes after a step change: the first field, else the step's heading (made
   * focusable), so keyboard users start here and never on a control that acts, such as sign-out.
   */
  get initialFocus(): HTMLElement | null {
    const field = this.firstField;
    if (field) return field;
    const heading = this.querySelector<HTMLElement>('.auth-heading');
    heading?.setAttribute('tabindex', '-1');
    return heading;
  }

  protected get form(): HTMLFormElement | null {
    return this.querySelector('form');
  }

  protected field(name: string): HTMLInputElement | null {
    return this.form?.elements.namedItem(name) as HTMLInputElement | null;
  }

  /** The country picker and formatting of phone fields, loaded with the first one (phone-loader.ts). */
  readonly #phones = new PhoneFieldsLoader(this);

  /** What the form holds, phone numbers in E.164 once the picker is there. */
  #values(): Record<string, string> {
    const values = readForm(this.form!);
    return this.#phones.loaded?.normalize(values) ?? values;
  }

  protected override updated(changed: PropertyValues<this>): void {
    const previous = changed.get('state') as StateOf<S> | undefined;
    const { error } = this.state;
    if (changed.has('state') && error && error !== previous?.error) {
      // A form-level error is an alert; one at a field is only described, so it is read out too.
      const message = this.view.errorAtField && error.field ? errorMessage(this.t, error) : null;
      const show = (checks: FormChecks | undefined) => checks?.showServerError(this, error, message);
      const checks = formChecksNow();
      if (checks) show(checks);
      else void loadFormChecks().then(show);
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void loadFormChecks(); // now, so that they are here before a person submits
  }

  /** A submit made before the checks arrived, held until they do (docs/architecture.md §11). */
  #held: Promise<void> | null = null;
  /** The held submit, made again after the checks could not be fetched: it goes on unchecked. */
  #unchecked = false;

  /**
   * Checks the form before it goes to `<auth-flow>`; stops it when a field is wrong. Before the
   * checks are here it is held, and made again once they are: one submit, whatever is pressed
   * meanwhile. If they cannot be fetched (offline), it goes on unchecked: `<auth-flow>`'s controller
   * checks the same rules, or says the network failed.
   */
  protected onSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    const intent = (event.submitter as HTMLButtonElement | null)?.value;
    if (intent && intent !== 'submit') return; // resend, sign out…: nothing to check
    const checks = formChecksNow();
    if (this.state.pending || this.#held || !(checks || this.#unchecked)) {
      event.stopPropagation();
      if (!this.state.pending) this.#held ??= this.#hold(event);
      return;
    }
    const values = this.#values();
    const errors = checks?.checkForm(values, this.view.fields, this.#phones.loaded?.isValid) ?? [];
    this.fieldErrors = Object.fromEntries(errors.map((error) => [error.field, error.code]));
    if (errors.length) {
      event.stopPropagation();
      checks!.showFieldErrors(
        this,
        errors.map((error) => [error.field, errorMessage(this.t, { code: error.code, name: 'ValidationError', retryable: false })]),
      );
    } else rememberValues(event, values);
  };

  /** Waits for the checks, then submits the form again with the same button (none after Enter without one). */
  async #hold(event: SubmitEvent): Promise<void> {
    const form = event.target as HTMLFormElement;
    const submitter = event.submitter as HTMLButtonElement | null;
    const checks = await loadFormChecks();
    this.#held = null;
    if (!form.isConnected || !this.contains(form)) return; // the step moved on meanwhile
    this.#unchecked = !checks;
    form.requestSubmit(submitter?.form === form ? submitter : null);
    this.#unchecked = false;
  }

  /** @internal `updateComplete` covers a held submit: settled once it is made again. */
  protected override async getUpdateComplete(): Promise<boolean> {
    await this.#held;
    return super.getUpdateComplete();
  }

  /** Forgets a field's early error as soon as the person edits it. */
  protected onInput = (event: Event): void => {
    const name = (event.target as HTMLInputElement).name;
    if (name in this.fieldErrors) {
      const { [name]: _fixed, ...rest } = this.fieldErrors;
      this.fieldErrors = rest;
    }
  };

  protected navigate(step: 'signIn' | 'signUp' | 'resetPassword'): void {
    this.dispatchEvent(new AuthNavigateEvent(step, this.#values().username));
  }

  /** The error shown at `name`: the check made here first, else the server's. */
  protected errorFor(name: string): string | null {
    const local = this.fieldErrors[name];
    if (local) return errorMessage(this.t, { code: local, name: 'ValidationError', retryable: false });
    const view = this.view;
    if (view.errorAtField && view.error?.field === name) return errorMessage(this.t, view.error);
    return null;
  }

  protected renderField(options: FieldOptions): TemplateResult {
    const id = `${this.idPrefix}-${options.name}`;
    const error = this.errorFor(options.name);
    const phones = this.#phones.for(this.view.fields.find((field) => field.name === options.name));
    const hint = phones?.hint(options.name) ?? options.hint;
    const hintId = hint ? `${id}-hint` : undefined;
    const errorId = error ? `${id}-error` : undefined;
    const describedBy = [errorId, hintId, options.details?.id].filter(Boolean).join(' ') || undefined;
    const input = options.control?.(id, describedBy, !!error) ?? html`<input
      id=${id}
      name=${options.name}
      type=${options.type ?? 'text'}
      autocomplete=${options.autocomplete ?? nothing}
      inputmode=${options.inputmode ?? nothing}
      value=${options.value ?? nothing}
      placeholder=${options.placeholder ?? nothing}
      ?required=${options.required ?? false}
      aria-invalid=${error ? 'true' : 'false'}
      aria-describedby=${describedBy ?? nothing}
      autocapitalize=${options.type === 'text' && !NO_CAPITALS.includes(options.name) ? 'sentences' : 'none'}
      spellcheck="false"
    />`;
    return html`<div class="auth-field" data-field=${options.name}>
      <label for=${id}>${options.label}</label>
      ${phones?.picker(options.name, id)}${options.type === 'password' ? this.#withToggle(input, id) : input}
      ${hintId ? html`<p class="auth-hint" id=${hintId}>${hint}</p>` : nothing} ${options.details?.content ?? nothing}
      ${error ? html`<p class="auth-field-error" id=${errorId}>${error}</p>` : nothing}
    </div>`;
  }

  #withToggle(input: TemplateResult, id: string): TemplateResult {
    const toggle = (event: Event) => {
      const button = event.currentTarget as HTMLButtonElement;
      const field = this.querySelector<HTMLInputElement>(`#${id}`)!;
      const show = field.type === 'password';
      field.type = show ? 'text' : 'password';
      button.setAttribute('aria-pressed', String(show));
    };
    return html`<div class="auth-password">
      ${input}
      <button type="button" class="auth-toggle" aria-controls=${id} aria-pressed="false" @click=${toggle}>
        ${this.t('password.show')}
      </button>
    </div>`;
  }

  /** A form-level error (one without a field), announced as an alert. */
  protected renderFormError(): TemplateResult | typeof nothing {
    const { error, errorAtField } = this.view;
    // At its field when this step shows that field; otherwise here, so an error never shows twice
    // or nowhere (a hidden username, a first render with an error).
    if (!error || errorAtField) return nothing;
    return html`<p class="auth-form-error" role="alert">${errorMessage(this.t, error)}</p>`;
  }

  protected renderNotice(text: string | null): TemplateResult | typeof nothing {
    return text ? html`<p class="auth-notice">${text}</p>` : nothing;
  }

  /** The main button: stays focusable while pending (a disabled button drops focus) but refuses. */
  protected renderSubmit(label: string, pendingLabel: string): TemplateResult {
    const pending = this.state.pending;
    return html`<button type="submit" class="auth-submit" name="intent" value="submit" aria-disabled=${pending ? 'true' : 'false'}>
      ${pending ? pendingLabel : label}
    </button>`;
  }

  /** The step's form: its heading first (the view model's, unless given), checks before submit, busy while pending. */
  protected renderForm(body: unknown, heading = this.t(this.view.heading)): TemplateResult {
    return html`<form novalidate @submit=${this.onSubmit} @input=${this.onInput} aria-busy=${this.state.pending ? 'true' : 'false'}>
      ${this.renderHeading(heading)}
      ${body}
    </form>`;
  }

  /** The step's heading, at the level the page's outline needs (`heading-level`; an `h2` by default). */
  protected renderHeading(heading: string): TemplateResult {
    const level = this.settings.headingLevel;
    return html`<h2 class="auth-heading" aria-level=${level && level !== 2 ? level : nothing}>${heading}</h2>`;
  }

  /** The view model's field `name` as input options (type, autocomplete, keyboard), with its label. */
  protected fieldFor(name: string, label: string, extra: Partial<FieldOptions> = {}): FieldOptions {
    const spec = this.view.fields.find((field) => field.name === name);
    const { type, autocomplete, inputmode, required } = spec ?? {};
    return { name, label, type, autocomplete, inputmode, required, ...extra };
  }

  /** The username as the pool takes it: a username, an email address, a phone number, or either. */
  protected renderUsernameField(value?: string): TemplateResult {
    const rules = this.view.fields.find((field) => field.name === 'username')?.rules ?? [];
    const { t } = this;
    const [label, hint] = rules.includes('email')
      ? [t('field.email')]
      : rules.includes('phone')
        ? [t('field.phone_number'), t('field.phoneHint')]
        : rules.includes('emailOrPhone')
          ? [t('field.emailOrPhone'), t('field.emailOrPhoneHint')]
          : [t('field.username')];
    return this.renderField(this.fieldFor('username', label, { value, hint }));
  }

  protected renderLink(label: string, step: 'signIn' | 'signUp' | 'resetPassword'): TemplateResult {
    return html`<button type="button" class="auth-link" @click=${() => this.navigate(step)}>${label}</button>`;
  }
}
