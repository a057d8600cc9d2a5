/**
 * The moves the first screen makes before the machine is here (core/machine.ts loads on demand
 * with the later commands; docs/architecture.md §3): a command starts, a command fails (a field
 * left empty, the network), and the person goes to another entry step. They lead to an entry step
 * only, so no state outside the entry steps exists before the machine does. Pure; the machine makes
 * these moves with the same function, so they are written once.
 */
import type { Outcome } from './machine.js';
import type { AuthState } from './steps.js';

/**
 * The next state for an outcome of the first screen. Any other outcome leaves the state as it is:
 * nothing else happens before the machine is here (the controller waits for it with `later`).
 */
export function entryMove(state: AuthState, outcome: Outcome): AuthState {
  switch (outcome.type) {
    case 'submitted':
      return { ...state, pending: true, error: null, notice: null, username: outcome.username ?? state.username };
    case 'failed':
      return { ...state, pending: false, error: outcome.error };
    case 'navigated':
      return { username: outcome.username ?? state.username, notice: null, error: null, pending: false, step: outcome.step };
    default:
      return state;
  }
}
