/**
 * The step table: one entry per step, and the only place a step is described. Each entry says the
 * step's phase, the typed challenge that leads to it (and the state it starts with), how it gets a
 * new code, its heading, its fields with their rules, and how a submitted form becomes a command.
 * The machine, the controller, the view model and the elements all read this table; tests iterate
 * it. Adding a step = an entry here + a template + catalogue strings (docs/architecture.md §2).
 *
 * It is composed of two parts, split by step: the sign-in entry (core/sign-in-step.ts, in the first
 * load) and every other one (core/later-steps.ts). Evaluating this module registers the whole table
 * for what the first load reads (core/step-lookup.ts); on the `define` path that happens when the
 * later commands arrive, which import it (docs/architecture.md §3).
 */
import type { FieldSpec } from './fields.js';
import { LATER_STEPS } from './later-steps.js';
import { SIGN_IN_STEP } from './sign-in-step.js';
import { DEFAULT_STEP_CONFIG, type Phase, type StepConfig, type StepSpec } from './step-spec.js';
import { registerStepTable } from './step-lookup.js';
import type { AuthState, StepData, StepName } from './steps.js';
import type { Challenge } from './backend.js';

export { DEFAULT_STEP_CONFIG } from './step-spec.js';
export type { FormValues, Phase, Resend, StepCommands, StepConfig, StepHeadingKey, StepSpec } from './step-spec.js';

/** The whole table, in table order (sign-in first); registered as it is built, so no bundler drops the registration. */
export const STEPS = registerStepTable({ signIn: SIGN_IN_STEP, ...LATER_STEPS } satisfies { [S in StepName]: StepSpec<S> });

/** Every step, in table order. */
export const STEP_NAMES = Object.keys(STEPS) as StepName[];

export const ENTRY_STEPS = STEP_NAMES.filter((step) => STEPS[step].phase === 'entry') as readonly ('signIn' | 'signUp' | 'resetPassword')[];

export function specOf<S extends StepName>(step: S): StepSpec<S> {
  return STEPS[step] as StepSpec<S>;
}

export function phaseOf(step: StepName): Phase {
  return STEPS[step].phase;
}

/** The fields the step on screen asks for, with `config`. */
export function fieldsOf(state: AuthState, config: StepConfig = DEFAULT_STEP_CONFIG): readonly FieldSpec[] {
  return (STEPS[state.step] as StepSpec<StepName>).fields(state as never, config);
}

/** The step a typed challenge leads to, from the entries that answer it, in table order; null when none fits. */
export function stepForChallenge(challenge: Challenge, state: AuthState): StepData | null {
  for (const step of STEP_NAMES) {
    const spec = STEPS[step] as StepSpec<StepName>;
    if (spec.challenge !== challenge.type) continue;
    const data = spec.enter?.(challenge, state);
    if (data) return data;
  }
  return null;
}
