/**
 * `AuthController` as the package root exports it: the class of core/auth-controller.ts with every
 * command bundled, so an app (or test) that drives the controller itself has each command run at
 * once from the first call, as it always did. `<auth-flow>` imports core/auth-controller.ts instead,
 * and the commands after the sign-in screen load on demand (docs/architecture.md §3, §11). Importing
 * this module hands them over (a side effect, declared in package.json).
 */
import * as laterCommands from './later-commands.js';
import { provideLaterCommands } from './on-demand.js';

provideLaterCommands(laterCommands);

export * from './auth-controller.js';
