/**
 * The account page's own styles, beside the step styles it shares with `<auth-flow>`: the profile
 * list, badges, lists of passkeys and devices, secondary and dangerous buttons. Zero-specificity
 * `:where()` rules and tokens, added to the document once (adoptStepStyles), CSP-safe.
 */
import { css } from 'lit';

export const accountStyles = css`
  :where(auth-account) :where(.auth-account-view) {
    display: grid;
    /* As the step forms (shared/styles.ts): one column no wider than the page, long addresses wrap. */
    grid-template-columns: minmax(0, 1fr);
    overflow-wrap: anywhere;
    gap: calc(var(--auth-flow-space) * 0.75);
  }
  :where(auth-account) :where(.auth-account-view p, .auth-subheading) {
    margin: 0;
  }
  :where(auth-account) :where(.auth-subheading) {
    font-size: 1rem;
  }
  :where(auth-account) :where(.auth-profile) {
    display: grid;
    gap: 0.5rem;
    margin: 0;
  }
  :where(auth-account) :where(.auth-profile dt) {
    font-weight: 600;
  }
  :where(auth-account) :where(.auth-profile dd) {
    margin: 0;
    overflow-wrap: anywhere;
  }
  :where(auth-account) :where(.auth-muted, .auth-badge) {
    color: var(--auth-flow-color-muted);
  }
  :where(auth-account) :where(.auth-badge) {
    font-size: 0.875rem;
  }
  :where(auth-account) :where(.auth-verified) {
    color: var(--auth-flow-color-success);
  }
  :where(auth-account) :where(.auth-tasks, .auth-list) {
    display: grid;
    gap: 0.5rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  :where(auth-account) :where(.auth-item, .auth-method) {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
    align-items: center;
    padding: 0.5rem 0;
    border-bottom: var(--auth-flow-field-border);
  }
  :where(auth-account) :where(.auth-item-name, .auth-method-name) {
    font-weight: 600;
  }
  :where(auth-account) :where(.auth-actions) {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    flex-basis: 100%;
  }
  :where(auth-account) :where(.auth-secondary) {
    min-height: 2.25rem;
    padding: 0.25rem 0.75rem;
    font: inherit;
    color: var(--auth-flow-color-accent);
    background: none;
    border: 1px solid currentColor;
    border-radius: var(--auth-flow-radius);
    cursor: pointer;
  }
  :where(auth-account) :where(.auth-secondary, .auth-link):focus-visible {
    outline: var(--auth-flow-focus-ring);
    outline-offset: 2px;
  }
  :where(auth-account) :where(.auth-link, .auth-secondary)[aria-disabled='true'] {
    opacity: 0.6;
    cursor: progress;
  }
  :where(auth-account) :where(.auth-link) {
    justify-self: start;
    min-height: 1.5rem;
  }
  :where(auth-account) :where(.auth-danger) {
    background: var(--auth-flow-color-danger);
  }
  :where(auth-account) :where(.auth-warning) {
    color: var(--auth-flow-color-danger);
    font-weight: 600;
  }
`;
