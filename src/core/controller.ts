/**
 * `AuthController` as the package root exports it: the class of core/auth-controller.ts with every
 * command bundled, so an app (or a test) that drives the controller itself has each command run at
 * once from the first call. `<auth-flow>` imports core/auth-controller.ts instead, and there the
 * commands after the sign-in screen load on demand (docs/architecture.md §3, §11).
 */
import { AuthController as Controller } from './auth-controller.js';
import * as laterCommands from './later-commands.js';
import { provideLaterCommands } from './on-demand.js';

/**
 * The same class (what `<auth-flow>` builds is an instance of it), given only after its commands
 * are handed over: since the export depends on the hand-over, no bundler can drop it.
 */
export const AuthController = withCommandsBundled(Controller);
export type AuthController = Controller;

function withCommandsBundled<T>(controllerClass: T): T {
  provideLaterCommands(laterCommands);
  return controllerClass;
}

export type { AuthControllerOptions, CommandOptions, FactorMemory, PasskeyPrompt, VerifyContact } from './auth-controller.js';
