/**
 * The checks before a submit (form-checks.ts, with core/validation.ts and the password policy's
 * tests), fetched on demand so the first load goes without them (docs/architecture.md §11). A step
 * element asks for them as it connects, so they are here before a person submits; it holds a submit
 * made before that and makes it again once they are.
 */
import { loadOnce } from '../../core/load-once.js';

export type FormChecks = typeof import('./form-checks.js');

let checks: FormChecks | undefined;
/** A failed fetch (offline) is forgotten, so the next submit tries again. */
const fetchChecks = loadOnce(() => import('./form-checks.js').then((module) => (checks = module)));

/** The checks, when they are here. */
export const formChecksNow = (): FormChecks | undefined => checks;

/** The checks (fetched once); `undefined` when they cannot be fetched. Never rejects. */
export const loadFormChecks = (): Promise<FormChecks | undefined> => fetchChecks().catch(() => undefined);
