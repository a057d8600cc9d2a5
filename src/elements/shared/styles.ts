/**
 * Styles. Two tiers of tokens (a base palette, then component tokens built on it) set on the
 * frame's `:host` and inherited by the light-DOM steps. Step content is styled with zero-specificity
 * `:where()` rules so any page CSS wins. Everything is an adopted stylesheet (no inline `style`),
 * so a strict Content-Security-Policy works.
 */
import { css, type CSSResult } from 'lit';

// The dark base palette, used by the OS preference and by color-scheme="dark".
const darkPalette = css`
    --auth-flow-color-accent: #6cb6ff;
    --auth-flow-color-on-accent: #0d1117;
    --auth-flow-color-text: #e6edf3;
    --auth-flow-color-muted: #9da7b3;
    --auth-flow-color-surface: #161b22;
    --auth-flow-color-border: #6e7681;
    --auth-flow-color-danger: #ff7b72;
    --auth-flow-color-success: #56d364;
`;

// The base palette, then (after a blank line) the component tokens built on it: no CSS comments,
// which would ship with the first load. The card's tokens (--auth-flow-card-*) and
// --auth-flow-brand-height are not declared on :host: their defaults are the fallbacks where they
// are used, which keeps the first load small.
export const frameStyles = css`
  :host {
    --auth-flow-color-accent: #0b5cad;
    --auth-flow-color-on-accent: #ffffff;
    --auth-flow-color-text: #1b1f24;
    --auth-flow-color-muted: #57606a;
    --auth-flow-color-surface: #ffffff;
    --auth-flow-color-border: #8c959f;
    --auth-flow-color-danger: #b42318;
    --auth-flow-color-success: #1a7f37;
    --auth-flow-radius: 6px;
    --auth-flow-space: 1rem;
    --auth-flow-font: system-ui, sans-serif;

    --auth-flow-max-width: 24rem;
    --auth-flow-field-border: 1px solid var(--auth-flow-color-border);
    --auth-flow-field-background: var(--auth-flow-color-surface);
    --auth-flow-button-background: var(--auth-flow-color-accent);
    --auth-flow-button-color: var(--auth-flow-color-on-accent);
    --auth-flow-focus-ring: 2px solid var(--auth-flow-color-accent);
    --auth-flow-error-color: var(--auth-flow-color-danger);

    display: block;
    max-width: var(--auth-flow-max-width);
    color: var(--auth-flow-color-text);
    font-family: var(--auth-flow-font);
    line-height: 1.4;
    color-scheme: light dark;
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([color-scheme='light'])) {
      ${darkPalette}
    }
  }
  :host([color-scheme='dark']) {
    ${darkPalette}
  }
  [part='frame'] {
    box-sizing: border-box;
    max-width: var(--auth-flow-max-width);
    padding: var(--auth-flow-card-padding, calc(var(--auth-flow-space) * 1.5));
    background: var(--auth-flow-card-background, var(--auth-flow-color-surface));
    border: var(--auth-flow-card-border, 1px solid color-mix(in srgb, var(--auth-flow-color-border) 50%, #0000));
    border-radius: var(--auth-flow-card-radius, calc(var(--auth-flow-radius) * 2));
    box-shadow: var(--auth-flow-card-shadow, 0 2px 12px #0002);
  }
  :host([appearance='plain']) [part='frame'] {
    padding: var(--auth-flow-space);
    border: 0;
    border-radius: 0;
    box-shadow: none;
  }
  :host([gate]) {
    max-width: none;
  }
  ::slotted([slot='brand']) {
    display: block;
    max-height: var(--auth-flow-brand-height, 3rem);
    max-width: 100%;
    margin: 0 auto var(--auth-flow-space);
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;

/**
 * The steps' styles in the first load; those only the steps after sign-in use are in
 * later-step-styles.ts. The check rows' labels stay here, after the labels: a sheet adopted later
 * goes before this one, and with zero specificity the later rule wins.
 */
export const stepStyles = css`
  :where(auth-flow, auth-account) :where(form) {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    overflow-wrap: anywhere;
    gap: calc(var(--auth-flow-space) * 0.75);
    margin: 0;
  }
  :where(auth-flow, auth-account) :where(form p) {
    margin: 0;
  }
  :where(auth-flow, auth-account) :where(.auth-heading) {
    margin: 0;
    font-size: 1.375rem;
  }
  :where(auth-flow, auth-account) :where(.auth-field) {
    display: grid;
    gap: 0.25rem;
  }
  :where(auth-flow, auth-account) :where(label) {
    font-weight: 600;
  }
  :where(auth-flow, auth-account) :where(input:not([type='checkbox']):not([type='radio']), select) {
    box-sizing: border-box;
    width: 100%;
    min-height: 2.5rem;
    padding: 0.5rem 0.625rem;
    font: inherit;
    color: inherit;
    background: var(--auth-flow-field-background);
    border: var(--auth-flow-field-border);
    border-radius: var(--auth-flow-radius);
  }
  :where(auth-flow, auth-account) :where(input, select)[aria-invalid='true'] {
    border-color: var(--auth-flow-error-color);
  }
  :where(auth-flow, auth-account) :where(input, button, select):focus-visible {
    outline: var(--auth-flow-focus-ring);
    outline-offset: 2px;
  }
  :where(auth-flow, auth-account) :where(.auth-password) {
    display: grid;
  }
  :where(auth-flow, auth-account) :where(.auth-toggle, .auth-link) {
    min-height: 1.5rem;
    font: inherit;
    color: var(--auth-flow-color-accent);
    background: none;
    border: 0;
    padding: 0.25rem 0;
    cursor: pointer;
    text-decoration: underline;
  }
  :where(auth-flow, auth-account) :where(.auth-toggle) {
    justify-self: end;
    white-space: nowrap;
  }
  :where(auth-flow, auth-account) :where(.auth-submit) {
    min-height: 2.75rem;
    font: inherit;
    font-weight: 600;
    color: var(--auth-flow-button-color);
    background: var(--auth-flow-button-background);
    border: 0;
    border-radius: var(--auth-flow-radius);
    cursor: pointer;
  }
  :where(auth-flow, auth-account) :where(.auth-submit[aria-disabled='true']) {
    opacity: 0.7;
    cursor: progress;
  }
  :where(auth-flow, auth-account) :where(.auth-hint, .auth-code-sent, .auth-links p) {
    margin: 0;
    color: var(--auth-flow-color-muted);
    font-size: 0.875rem;
  }
  :where(auth-flow, auth-account) :where(.auth-field-error, .auth-form-error) {
    margin: 0;
    color: var(--auth-flow-error-color);
    font-size: 0.875rem;
  }
  :where(auth-flow, auth-account) :where(.auth-notice) {
    margin: 0;
    color: var(--auth-flow-color-success);
  }
  :where(auth-flow, auth-account) :where(.auth-links) {
    display: grid;
    gap: 0.25rem;
    justify-items: start;
  }
  :where(auth-flow, auth-account) :where(.auth-check label) {
    font-weight: normal;
  }
`;

/**
 * Adds step styles once to the document or shadow root that holds an `<auth-flow>` (the step
 * styles, or a lazily loaded part's own, such as the provider buttons' or the later steps'), before
 * the page's own; the modal and the expiry warning add theirs to the frame's own shadow root.
 */
export function adoptStepStyles(root: Node, styles: CSSResult = stepStyles): void {
  const sheet = styles.styleSheet;
  if (!(root instanceof Document || root instanceof ShadowRoot) || !sheet || root.adoptedStyleSheets.includes(sheet)) return;
  root.adoptedStyleSheets = [sheet, ...root.adoptedStyleSheets];
}
