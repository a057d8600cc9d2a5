/**
 * The templates of the steps no page starts on (every step but the entry steps'), imported by
 * step-elements.ts on demand: their loaders stay out of the first load (docs/architecture.md §11).
 */
import type { LaterStepTag } from './step-elements.js';

export const LATER_TEMPLATES: Record<LaterStepTag, () => Promise<CustomElementConstructor>> = {
  'auth-confirm-code': () => import('./confirm-code.js').then((m) => m.AuthConfirmCodeElement),
  'auth-mfa-code': () => import('./mfa-code.js').then((m) => m.AuthMfaCodeElement),
  'auth-mfa-select': () => import('./mfa-select.js').then((m) => m.AuthMfaSelectElement),
  'auth-totp-setup': () => import('./totp-setup.js').then((m) => m.AuthTotpSetupElement),
  'auth-email-setup': () => import('./email-setup.js').then((m) => m.AuthEmailSetupElement),
  'auth-new-password': () => import('./new-password.js').then((m) => m.AuthNewPasswordElement),
  'auth-challenge-prompt': () => import('./challenge-prompt.js').then((m) => m.AuthChallengePromptElement),
  'auth-signed-in': () => import('./signed-in.js').then((m) => m.AuthSignedInElement),
  'auth-factor-select': () => import('./factor-select.js').then((m) => m.AuthFactorSelectElement),
  'auth-password-factor': () => import('./password-factor.js').then((m) => m.AuthPasswordFactorElement),
  'auth-passkey-sign-in': () => import('./passkey-sign-in.js').then((m) => m.AuthPasskeySignInElement),
  'auth-passkey-offer': () => import('./passkey-offer.js').then((m) => m.AuthPasskeyOfferElement),
  'auth-verify-contact': () => import('./verify-contact.js').then((m) => m.AuthVerifyContactElement),
};
