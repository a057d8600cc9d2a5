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

/** The steps a page can start on (`initial-step`) load their template at once; the others through one module. */
const ENTRY_LOADERS = {
  'auth-sign-in': () => Promise.resolve(AuthSignInElement),
  'auth-sign-up': later(() => import('./sign-up.js').then((m) => m.AuthSignUpElement)),
  'auth-reset-password': later(() => import('./reset-password.js').then((m) => m.AuthResetPasswordElement)),
} satisfies Record<string, Loader>;

export type LaterStepTag = Exclude<StepTag, keyof typeof ENTRY_LOADERS>;

const laterTemplates = () => import('./later-step-templates.js').then((m) => m.LATER_TEMPLATES);

function loaderOf(tag: StepTag): Loader {
  if (Object.hasOwn(ENTRY_LOADERS, tag)) return ENTRY_LOADERS[tag as keyof typeof ENTRY_LOADERS];
  return later(() => laterTemplates().then((templates) => templates[tag as LaterStepTag]()));
}

export const STEP_ELEMENT_TAGS: StepTag[] = [...new Set(Object.values(STEP_TAGS))];

/** The tag of the element that renders `step`. */
export function tagFor(step: StepName): StepTag | undefined {
  return STEP_TAGS[step];
}

export function defineStepElement(tag: StepTag): Promise<void> {
  return defineLazily(tag, loaderOf(tag));
}

/** Every step element, registered: for pages that use the step tags on their own. */
export async function defineStepElements(): Promise<void> {
  await Promise.all(STEP_ELEMENT_TAGS.map(defineStepElement));
}
