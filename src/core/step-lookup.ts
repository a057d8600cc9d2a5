/**
 * The step table as the first load reads it (docs/architecture.md §2): the sign-in entry always,
 * every other entry once the whole table is here. core/step-table.ts registers itself as it is
 * evaluated: with the later commands (core/later-commands.ts, loaded on demand on the `define`
 * path), or at once wherever it is imported (the package root, tests). Only an entry step can be on
 * screen before that (`initial-step`, `goTo`); every other step comes out of the machine, which is
 * loaded with the table. What reads the entry of the step on screen takes it from here, and waits
 * for `loadStepTable` when it is not here yet.
 */
import { loadLaterCommands } from './on-demand.js';
import { SIGN_IN_STEP } from './sign-in-step.js';
import type { StepSpec, StepTable } from './step-spec.js';
import type { StepName } from './steps.js';

let table: StepTable | undefined;

/** The whole table is here: every entry can be read (core/step-table.ts calls it as it is evaluated). */
export function registerStepTable<T extends StepTable>(steps: T): T {
  table = steps;
  return steps;
}

/** The entry of `step` when it is here: sign-in's always, any other once the whole table is. */
export function entryOf<S extends StepName>(step: S): StepSpec<S> | undefined {
  return (table?.[step] ?? (step === 'signIn' ? SIGN_IN_STEP : undefined)) as StepSpec<S> | undefined;
}

/** Fetches the whole table (with the later commands; again after a failure, e.g. offline). */
export async function loadStepTable(): Promise<void> {
  if (!table) await loadLaterCommands();
}
