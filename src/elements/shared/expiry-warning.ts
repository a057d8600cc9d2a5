/**
 * A challenge step's Session ends a few minutes after Cognito sends it (3 by default, the app
 * client's `AuthSessionValidity`; docs/cognito.md §6.1). Half a minute before, the flow says so,
 * on screen and through the live region, so a person reading a code from another device can hurry
 * instead of finding out afterwards.
 */
import { css, type ReactiveController, type ReactiveElement } from 'lit';
import { entryOf } from '../../core/step-lookup.js';
import type { AuthState } from '../../core/steps.js';
import { adoptStepStyles } from './styles.js';

/** The warning's look, in the frame's shadow root; it comes with the flow's parts, not in the first load. */
const warningStyles = css`
  [part='warning'] {
    margin: 0 0 var(--auth-flow-space);
    font-weight: 600;
    color: var(--auth-flow-color-danger);
  }
`;

/** How long before the end the warning comes. */
export const WARNING_LEAD_MS = 30_000;

export class ExpiryWarning implements ReactiveController {
  /** Whether the warning shows now. */
  showing = false;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #screen = '';

  constructor(
    private readonly host: ReactiveElement,
    /** The Session's lifetime in ms (`challenge-lifetime`). */
    private readonly lifetime: () => number,
    private readonly announce: () => void,
  ) {
    host.addController(this);
  }

  /** A new challenge screen, or a new code on it, comes with a new Session: the clock restarts. */
  track(state: AuthState): void {
    const challenge = entryOf(state.step)?.phase === 'challenge';
    const screen = challenge ? `${state.step}:${state.step === 'customChallenge' ? state.round : ''}` : '';
    const fresh = screen !== this.#screen || (state.notice === 'codeResent' && !state.pending);
    this.#screen = screen;
    if (!fresh) return;
    this.#stop();
    if (!challenge) return;
    const wait = this.lifetime() - WARNING_LEAD_MS;
    if (wait > 0) this.#timer = setTimeout(() => this.#warn(), wait);
  }

  #warn(): void {
    adoptStepStyles(this.host.renderRoot, warningStyles);
    this.showing = true;
    this.host.requestUpdate();
    this.announce();
  }

  #stop(): void {
    clearTimeout(this.#timer);
    if (this.showing) {
      this.showing = false;
      this.host.requestUpdate();
    }
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
  }
}
