/**
 * The test server's module refusal (scripts/offline-modules-plugin.mjs), for tests of code loaded on
 * demand: the modules it answers with 503, as a page sees a chunk while offline or after a redeploy
 * removed it, and those it holds back until the next call. With no argument, none.
 */
import { executeServerCommand } from '@web/test-runner-commands';

/** Refuses `paths` (and only them) from now on; `refuse()` ends every refusal. */
export const refuse = (...paths: string[]) => executeServerCommand('offline-modules', { paths });

/** Refuses `paths` and holds `held` back until the next call. */
export const offline = (modules: { paths?: string[]; held?: string[] } = {}) => executeServerCommand('offline-modules', { paths: [], ...modules });
