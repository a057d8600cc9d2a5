/**
 * A sign-in's answer, as the controller takes it (from the sign-in screen, a challenge's answer,
 * a passkey, managed login, a confirmed sign-up): the challenge as this page offers it, the step
 * that follows, its events and what follows a sign-in; and the sign-in errors that are really steps.
 * Loaded on demand with the machine (core/on-demand.ts): the first screen hands its first submit
 * over without it, and its answer waits for it if it must (docs/architecture.md §3).
 */
import { FIRST_FACTORS, type Challenge, type SignInResult } from './backend.js';
import type { CommandHost } from './command-host.js';
import type { Run } from './command-runner.js';
import { prepareStep } from './challenge-flow.js';
import { AuthCodeSentEvent, AuthDeviceRememberedEvent, AuthErrorEvent, AuthSignedInEvent } from './controller-events.js';
import type { ErrorInfo } from './errors.js';
import { sendResetCode } from './password-reset-flow.js';
import { afterSignIn } from './session-flow.js';
import { sendSignUpCode } from './sign-up-flow.js';
import { specOf } from './step-table.js';

export function signInResult(host: CommandHost, result: SignInResult): void {
  const { controller } = host;
  host.challenge = result.kind === 'challenge' ? result.handle : null;
  const username = controller.getSnapshot().username;
  if (result.kind === 'challenge') result = { ...result, challenge: usableChallenge(host, result.challenge, username) };
  host.apply({ type: 'signInResult', result });
  const state = controller.getSnapshot();
  if (state.step === 'signedIn') {
    controller.dispatchEvent(new AuthSignedInEvent(state.session, host.federatedProvider ?? undefined));
    if (result.kind === 'done' && result.deviceRemembered) controller.dispatchEvent(new AuthDeviceRememberedEvent(state.session.username));
    // The factor is remembered for this person on this device; what may follow waits (session-flow.ts).
    const used = host.factor;
    host.factor = null;
    if (used) controller.factorMemory?.set(username, used);
    void afterSignIn(host, used);
  } else if (specOf(state.step).prepare) void prepareStep(host, {});
  else if ('codeDelivery' in state && state.codeDelivery) {
    controller.dispatchEvent(new AuthCodeSentEvent(state.codeDelivery, state.step));
  } else if (state.error) controller.dispatchEvent(new AuthErrorEvent(state.error, state.step));
}

/** A sign-in refused with an error that is really a step (unconfirmed user, forced reset): send the code the next screen needs. */
export function signInDiverted(host: CommandHost, error: ErrorInfo, username: string, run: Run): void {
  host.apply({ type: 'signInDiverted', error });
  if (error.code === 'userNotConfirmed') void sendSignUpCode(host, username, run);
  else if (error.code === 'passwordResetRequired') void sendResetCode(host, username, run);
}

/**
 * A challenge as this page can answer it (`USER_AUTH`): factors in the kit's order with the one
 * this person used last first, one "password" (SRP when offered), no passkey where the browser has
 * none. A passkey challenge's request is kept for the ceremony (passwordless-flow.ts).
 */
function usableChallenge(host: CommandHost, challenge: Challenge, username: string): Challenge {
  if (challenge.type !== 'selectFactor' && challenge.type !== 'passkey') return challenge;
  const { passkeys, factorMemory } = host.controller;
  if (challenge.type === 'passkey') host.passkeyRequest = challenge.requestOptions;
  const offered = new Set(challenge.factors);
  if (offered.has('PASSWORD_SRP')) offered.delete('PASSWORD');
  if (!passkeys?.available()) offered.delete('WEB_AUTHN');
  const last = factorMemory?.get(username);
  const factors = FIRST_FACTORS.filter((factor) => offered.has(factor)).sort((a, b) => Number(b === last) - Number(a === last));
  return { ...challenge, factors };
}
