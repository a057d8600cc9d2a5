/**
 * The controller's commands that the sign-in screen does not need before its first submit
 * (core/later-commands.ts): fetched the first time one runs, and as soon as the browser is idle
 * after the first screen. The package root's `AuthController` (core/controller.ts) hands them over
 * bundled, so an app that drives the controller itself has every command from the first call
 * (docs/architecture.md §3).
 */
import { loadOnce } from './load-once.js';

export type LaterCommands = typeof import('./later-commands.js');

let loaded: LaterCommands | undefined;
const fetchLater = loadOnce(() => import('./later-commands.js').then((commands) => (loaded = commands)));

/** The commands, when they are here: a command then runs at once, as if it were in the controller. */
export const laterCommandsNow = (): LaterCommands | undefined => loaded;

/** Fetches the commands (once; again after a failure, e.g. offline), unless they are here. */
export function loadLaterCommands(): Promise<LaterCommands> {
  return loaded ? Promise.resolve(loaded) : fetchLater();
}

/** The commands are bundled with the controller already (core/controller.ts): no fetch, no wait. */
export function provideLaterCommands(commands: LaterCommands): void {
  loaded = commands;
}
