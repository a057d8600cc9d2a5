/**
 * Which element renders each step, and loading it. Only the sign-in template is in the first load;
 * every other step's module is fetched the first time it is needed (and prefetched when the browser
 * is idle), with the rest of the English strings, so a page pays up front for the screen it shows
 * (docs/architecture.md §2, §9).
 */
import { loadStepTable } from '../core/step-lookup.js';
import type { StepName } from '../core/steps.js';
import { loadEnglishRest } from '../i18n/en-rest-loader.js';
import { defineLazily, type Loader } from './shared/define-lazily.js';
import { AuthSignInElement } from './sign-in.js';

export const STEP_TAGS = {
  signIn: 'auth-sign-in',
  signUp: 'auth-sign-up',
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
  resetPassword: 'auth-reset-password',
  confirmResetPassword: 'auth-reset-password',
  signedIn: 'auth-signed-in',
  selectFirstFactor: 'auth-factor-select',
  confirmSignInWithPassword: 'auth-password-factor',
  confirmSignInWithPasskey: 'auth-passkey-sign-in',
  offerPasskey: 'auth-passkey-offer',
  verifyContact: 'auth-verify-contact',
  confirmContact: 'auth-verify-contact',
} as const satisfies Record<StepName, `auth-${string}`>;

export type StepTag = (typeof STEP_TAGS)[StepName];

/**
 * A later step's template, fetched with the rest of English (en-rest-loader.ts) and the rest of the
 * step table (core/step-lookup.ts): the step is registered only once all are here, so it never
 * renders before its strings or without its entry.
 */
const later =
  (template: Loader): Loader =>
  () =>
    Promise.all([template(), loadEnglishRest(), loadStepTable()]).then(([element]) => element);

const LOADERS: Record<StepTag, Loader> = {
  'auth-sign-in': () => Promise.resolve(AuthSignInElement),
  'auth-sign-up': later(() => import('./sign-up.js').then((m) => m.AuthSignUpElement)),
  'auth-confirm-code': later(() => import('./confirm-code.js').then((m) => m.AuthConfirmCodeElement)),
  'auth-mfa-code': later(() => import('./mfa-code.js').then((m) => m.AuthMfaCodeElement)),
  'auth-mfa-select': later(() => import('./mfa-select.js').then((m) => m.AuthMfaSelectElement)),
  'auth-totp-setup': later(() => import('./totp-setup.js').then((m) => m.AuthTotpSetupElement)),
  'auth-email-setup': later(() => import('./email-setup.js').then((m) => m.AuthEmailSetupElement)),
  'auth-new-password': later(() => import('./new-password.js').then((m) => m.AuthNewPasswordElement)),
  'auth-challenge-prompt': later(() => import('./challenge-prompt.js').then((m) => m.AuthChallengePromptElement)),
  'auth-reset-password': later(() => import('./reset-password.js').then((m) => m.AuthResetPasswordElement)),
  'auth-signed-in': later(() => import('./signed-in.js').then((m) => m.AuthSignedInElement)),
  'auth-factor-select': later(() => import('./factor-select.js').then((m) => m.AuthFactorSelectElement)),
  'auth-password-factor': later(() => import('./password-factor.js').then((m) => m.AuthPasswordFactorElement)),
  'auth-passkey-sign-in': later(() => import('./passkey-sign-in.js').then((m) => m.AuthPasskeySignInElement)),
  'auth-passkey-offer': later(() => import('./passkey-offer.js').then((m) => m.AuthPasskeyOfferElement)),
  'auth-verify-contact': later(() => import('./verify-contact.js').then((m) => m.AuthVerifyContactElement)),
};

export const STEP_ELEMENT_TAGS = Object.keys(LOADERS) as StepTag[];

/** The tag of the element that renders `step`. */
export function tagFor(step: StepName): StepTag | undefined {
  return STEP_TAGS[step];
}

export function defineStepElement(tag: StepTag): Promise<void> {
  return defineLazily(tag, LOADERS[tag]);
}

/** Every step element, registered: for pages that use the step tags on their own. */
export async function defineStepElements(): Promise<void> {
  await Promise.all(STEP_ELEMENT_TAGS.map(defineStepElement));
}
