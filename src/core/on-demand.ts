/**
 * The controller's commands that the sign-in screen does not need before its first submit
 * (core/later-commands.ts): fetched the first time one runs, and as soon as the browser is idle
 * after the first screen. The package root's `AuthController` (core/controller.ts) hands them over
 * bundled, so an app that drives the controller itself has every command from the first call
 * (docs/architecture.md §3).
 */
export type LaterCommands = typeof import('./later-commands.js');

let loaded: LaterCommands | undefined;
let loading: Promise<LaterCommands> | undefined;

/** The commands, when they are here: a command then runs at once, as if it were in the controller. */
export const laterCommandsNow = (): LaterCommands | undefined => loaded;

/** Fetches the commands (once; again after a failure, e.g. offline). */
export function loadLaterCommands(): Promise<LaterCommands> {
  if (!loading) {
    loading = import('./later-commands.js').then((commands) => (loaded = commands));
    loading.catch(() => (loading = undefined));
  }
  return loading;
}

/** The commands are bundled with the controller already (core/controller.ts): no fetch, no wait. */
export function provideLaterCommands(commands: LaterCommands): void {
  loaded = commands;
  loading = Promise.resolve(commands);
}
