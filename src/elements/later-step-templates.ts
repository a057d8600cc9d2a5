/**
 * The tags and templates of the steps no page starts on (every step but the entry steps'), imported
 * by step-elements.ts on demand: neither the tags nor the loaders are in the first load
 * (docs/architecture.md §11). A later step exists only after the later commands came (§2), and it
 * is drawn only once this module is here, so its tag is never needed before.
 */
import type { EntryStep, StepName } from '../core/steps.js';
import { addStepTags, type ENTRY_STEP_TAGS } from './step-elements.js';

export const LATER_STEP_TAGS = {
  confirmSignUp: 'auth-confirm-code',
  confirmSignInWithSmsCode: 'auth-mfa-code',
  confirmSignInWithTotpCode: 'auth-mfa-code',
  confirmSignInWithEmailCode: 'auth-mfa-code',
  selectMfaType: 'auth-mfa-select',
  selectMfaSetupType: 'auth-mfa-select',
  setUpTotp: 'auth-totp-setup',
  setUpEmail: 'auth-email-setup',
  newPasswordRequired: 'auth-new-password',
  customChallenge: 'auth-challenge-prompt',
  confirmResetPassword: 'auth-reset-password',
  signedIn: 'auth-signed-in',
  selectFirstFactor: 'auth-factor-select',
  confirmSignInWithPassword: 'auth-password-factor',
  confirmSignInWithPasskey: 'auth-passkey-sign-in',
  offerPasskey: 'auth-passkey-offer',
  verifyContact: 'auth-verify-contact',
  confirmContact: 'auth-verify-contact',
} as const satisfies Record<Exclude<StepName, EntryStep>, `auth-${string}`>;

/** The tags only later steps use (the reset step's second screen is the entry step's element). */
export type LaterStepTag = Exclude<(typeof LATER_STEP_TAGS)[keyof typeof LATER_STEP_TAGS], (typeof ENTRY_STEP_TAGS)[EntryStep]>;

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

addStepTags(LATER_STEP_TAGS);
