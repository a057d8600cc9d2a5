/**
 * The rest of English (en-rest.ts), a chunk of its own: fetched with the templates of the steps
 * after sign-in (elements/step-elements.ts, which also prefetch it when the browser is idle), and
 * waited for before a step element shows a message outside the first screen's strings (a request's
 * error, a later notice). The translator reads it once it is here (translate.ts); whatever shows one
 * of its strings waits for it first, so a person never sees a key (docs/architecture.md §9).
 */
import { enFirst } from './en-first.js';
import type { enRest } from './en-rest.js';

let rest: typeof enRest | undefined;
let loading: Promise<void> | undefined;

/** The rest of English, once it is here. */
export function englishRest(): Readonly<typeof enRest> | undefined {
  return rest;
}

/** Fetches the rest of English, once; a failed fetch is forgotten, so the next call tries again. */
export function loadEnglishRest(): Promise<void> {
  if (!loading) {
    loading = import('./en-rest.js').then((module) => {
      rest = module.enRest;
    });
    loading.catch(() => (loading = undefined));
  }
  return loading;
}

/**
 * What to wait for before showing `keys`: the rest of English when one of them is in it and it is
 * not here yet; else nothing (undefined), so that a caller with everything at hand goes on at once.
 */
export function englishTextFor(keys: readonly string[]): Promise<void> | undefined {
  return rest || keys.every((key) => Object.hasOwn(enFirst, key)) ? undefined : loadEnglishRest();
}
