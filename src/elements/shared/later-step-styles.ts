/**
 * The step styles only the steps after sign-in use: the choice groups and check rows (the MFA type,
 * the first factor, the contact to verify, "remember this device", "sign out everywhere"), the TOTP
 * setup's QR code and key, and a custom challenge's parameters. Adopted by those steps' base class
 * as an element connects (step-element.ts), so they stay out of the first load (docs/architecture.md
 * §11). None of them sets what a rule of the first sheet (styles.ts) sets on the same element, so the
 * order of the two sheets changes nothing.
 */
import { css } from 'lit';

export const laterStepStyles = css`
  :where(auth-flow, auth-account) :where(.auth-check) {
    display: flex;
    gap: 0.5rem;
    align-items: center;
  }
  :where(auth-flow, auth-account) :where(.auth-check input[type='checkbox'], .auth-check input[type='radio']) {
    inline-size: 1.5rem;
    block-size: 1.5rem;
    margin: 0;
    flex: none;
  }
  :where(auth-flow, auth-account) :where(.auth-choices) {
    display: grid;
    gap: 0.5rem;
    margin: 0;
    padding: 0.5rem 0.75rem 0.75rem;
    border: var(--auth-flow-field-border);
    border-radius: var(--auth-flow-radius);
  }
  :where(auth-flow, auth-account) :where(.auth-choices legend) {
    font-weight: 600;
    padding: 0 0.25rem;
  }
  :where(auth-flow, auth-account) :where(.auth-qr) {
    width: 11rem;
    height: 11rem;
    justify-self: center;
  }
  :where(auth-flow, auth-account) :where(.auth-secret) {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.5rem;
    align-items: baseline;
  }
  :where(auth-flow, auth-account) :where(.auth-secret code) {
    font-family: ui-monospace, monospace;
    overflow-wrap: anywhere;
  }
  :where(auth-flow, auth-account) :where(.auth-challenge-parameters) {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0.25rem 0.75rem;
    margin: 0;
  }
  :where(auth-flow, auth-account) :where(.auth-challenge-parameters dd) {
    margin: 0;
  }
`;
