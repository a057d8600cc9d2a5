/**
 * The step templates by tag. Each element class says which steps it renders (`static steps`);
 * `<auth-flow>` picks the element for a step from here, and `define.ts` registers these tags.
 */
import type { StepName } from '../core/steps.js';
import { AuthChallengePromptElement } from './challenge-prompt.js';
import { AuthConfirmCodeElement } from './confirm-code.js';
import { AuthEmailSetupElement } from './email-setup.js';
import { AuthMfaCodeElement } from './mfa-code.js';
import { AuthMfaSelectElement } from './mfa-select.js';
import { AuthNewPasswordElement } from './new-password.js';
import { AuthResetPasswordElement } from './reset-password.js';
import { AuthSignInElement } from './sign-in.js';
import { AuthSignUpElement } from './sign-up.js';
import { AuthSignedInElement } from './signed-in.js';
import { AuthTotpSetupElement } from './totp-setup.js';

export const STEP_ELEMENTS = {
  'auth-sign-in': AuthSignInElement,
  'auth-sign-up': AuthSignUpElement,
  'auth-confirm-code': AuthConfirmCodeElement,
  'auth-mfa-code': AuthMfaCodeElement,
  'auth-mfa-select': AuthMfaSelectElement,
  'auth-totp-setup': AuthTotpSetupElement,
  'auth-email-setup': AuthEmailSetupElement,
  'auth-new-password': AuthNewPasswordElement,
  'auth-challenge-prompt': AuthChallengePromptElement,
  'auth-reset-password': AuthResetPasswordElement,
  'auth-signed-in': AuthSignedInElement,
} as const;

export type StepTag = keyof typeof STEP_ELEMENTS;

const TAG_BY_STEP = new Map<StepName, StepTag>(
  (Object.entries(STEP_ELEMENTS) as [StepTag, { steps: readonly StepName[] }][]).flatMap(([tag, element]) =>
    element.steps.map((step) => [step, tag] as const),
  ),
);

/** The tag of the element that renders `step`. */
export function tagFor(step: StepName): StepTag | undefined {
  return TAG_BY_STEP.get(step);
}
