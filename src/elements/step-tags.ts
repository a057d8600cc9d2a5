/**
 * Every step's tag in one map, for the package root: the entry steps' (step-elements.ts, in the
 * first load) and the later steps' (later-step-templates.ts, which come with their templates'
 * loaders). Importing it makes every tag known at once. Typed over every step, so a step without a
 * template does not compile.
 */
import type { StepName } from '../core/steps.js';
import { LATER_STEP_TAGS } from './later-step-templates.js';
import { ENTRY_STEP_TAGS } from './step-elements.js';

export const STEP_TAGS = { ...ENTRY_STEP_TAGS, ...LATER_STEP_TAGS } satisfies Record<StepName, `auth-${string}`>;

export type StepTag = (typeof STEP_TAGS)[StepName];
