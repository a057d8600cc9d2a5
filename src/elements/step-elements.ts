/**
 * Which element renders each step, and loading it. Only the sign-in template is in the first load;
 * every other step's module is fetched the first time it is needed (and prefetched when the browser
 * is idle), with the rest of the English strings, so a page pays up front for the screen it shows
 * (docs/architecture.md §2, §9). The first load knows the tags of the steps a page can start on;
 * the later steps' tags come with their templates' loaders (later-step-templates.ts).
 */
import { loadStepTable } from '../core/step-lookup.js';
import type { EntryStep, StepName } from '../core/steps.js';
import { loadEnglishRest } from '../i18n/en-rest-loader.js';
import type { LaterStepTag } from './later-step-templates.js';
import { defineLazily, type Loader } from './shared/define-lazily.js';
import { AuthSignInElement } from './sign-in.js';
import type { StepTag } from './step-tags.js';

/** The tags of the steps a page can start on (`initial-step`). */
export const ENTRY_STEP_TAGS = {
  signIn: 'auth-sign-in',
  signUp: 'auth-sign-up',
  resetPassword: 'auth-reset-password',
} as const satisfies Record<EntryStep, `auth-${string}`>;

/** Every step's tag known so far: the entry steps', and the later steps' once their module is here. */
const knownTags: Partial<Record<StepName, StepTag>> = { ...ENTRY_STEP_TAGS };

/** Called by later-step-templates.ts as it is evaluated. */
export function addStepTags(tags: Partial<Record<StepName, StepTag>>): void {
  Object.assign(knownTags, tags);
}

/**
 * A later step's template, fetched with the rest of English (en-rest-loader.ts) and the rest of the
 * step table (core/step-lookup.ts): the step is registered only once all are here, so it never
 * renders before its strings or without its entry.
 */
const later =
  (template: Loader): Loader =>
  () =>
    Promise.all([template(), loadEnglishRest(), loadStepTable()]).then(([element]) => element);

/** The steps a page can start on load their template at once; the others through one module. */
const ENTRY_LOADERS = {
  'auth-sign-in': () => Promise.resolve(AuthSignInElement),
  'auth-sign-up': later(() => import('./sign-up.js').then((m) => m.AuthSignUpElement)),
  'auth-reset-password': later(() => import('./reset-password.js').then((m) => m.AuthResetPasswordElement)),
} satisfies Record<(typeof ENTRY_STEP_TAGS)[EntryStep], Loader>;

const laterTemplates = () => import('./later-step-templates.js').then((m) => m.LATER_TEMPLATES);

function loaderOf(tag: StepTag): Loader {
  if (Object.hasOwn(ENTRY_LOADERS, tag)) return ENTRY_LOADERS[tag as keyof typeof ENTRY_LOADERS];
  return later(() => laterTemplates().then((templates) => templates[tag as LaterStepTag]()));
}

/** The tag of the element that renders `step`; a later step's, once its module is here (else undefined). */
export function tagFor(step: StepName): StepTag | undefined {
  return knownTags[step];
}

export function defineStepElement(tag: StepTag): Promise<void> {
  return defineLazily(tag, loaderOf(tag));
}

/** Registers the element that renders `step` (fetching a later step's tag first) and gives its tag. */
export async function defineElementFor(step: StepName): Promise<StepTag> {
  if (!knownTags[step]) await laterTemplates();
  const tag = knownTags[step]!;
  await defineStepElement(tag);
  return tag;
}

/** Every step element, registered: for pages that use the step tags on their own. */
export async function defineStepElements(): Promise<void> {
  await laterTemplates();
  // A tag that renders several steps is loaded once (define-lazily.ts).
  await Promise.all(Object.values(knownTags).map(defineStepElement));
}
