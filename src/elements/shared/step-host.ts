/**
 * The step on screen, for `<auth-flow>`: creates the step's element in the light DOM (or leaves an
 * app's slotted markup in place), feeds it through the step context, and after a step change
 * announces the new step and moves focus to its first field.
 */
import type { StepName } from '../../core/steps.js';
import { defineElementFor, defineStepElements, tagFor } from '../step-elements.js';
import type { StepContext, StepContextProvider } from './step-context.js';
import type { StepElementBase } from './step-element-base.js';

type SettleStepChange = typeof import('./step-change.js').settleStepChange;

/** `confirmSignUp` → `confirm-sign-up`: the slot name an app uses to replace a step. */
export function slotNameFor(step: StepName): string {
  return step.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}

export class StepHost {
  #element: StepElementBase | null = null;
  /** The step (and custom-challenge round) on screen, to tell a new screen from an update. */
  #shownScreen: string | null = null;
  /** Counts `show` calls: a call that waited for a step's module yields to any later one. */
  #generation = 0;
  /** Said when a step's module could not be fetched, with a way to try again. */
  #failure: HTMLElement | null = null;
  /** "Please wait…" while the first screen's module is on its way: no screen to keep meanwhile. */
  #waiting: HTMLElement | null = null;
  /**
   * `gate`: the kit's step elements go in the frame's `step` slot, as the default slot is the app's;
   * once signed in the app shows, and focus goes to its `autofocus` element, if it has one.
   */
  gate = false;
  /** What follows a step change, once the flow's parts handed it over (else fetched at the change). */
  settle: SettleStepChange | null = null;

  constructor(
    private readonly host: HTMLElement,
    private readonly provider: StepContextProvider,
    private readonly announce: (text: string) => void,
  ) {}

  /** The kit's element for the step on screen (null while an app's markup replaces it). */
  get element(): StepElementBase | null {
    return this.#element;
  }

  /** An app's own markup for `step` (`slot="<step in kebab case>"`), if any. */
  customMarkup(step: StepName): Element | null {
    return this.host.querySelector(`:scope > [slot="${slotNameFor(step)}"]`);
  }

  /**
   * Shows `context.state`. A new step (or a new custom-challenge round) gets a fresh element, so its
   * form starts empty; the old one goes before the new state is pushed, so it never renders it.
   */
  async show(context: StepContext): Promise<void> {
    const { state } = context;
    const custom = this.customMarkup(state.step);
    let tag = custom ? undefined : tagFor(state.step);
    const generation = ++this.#generation;
    if (!custom && !(tag && customElements.get(tag))) {
      // The old screen stays (showing pending) until the new step's module (and a later step's tag)
      // is here; with none yet (a page starting on sign-up), the frame says to wait rather than stay blank.
      if (!this.#element && !this.#failure) this.#showWaiting(context);
      try {
        tag = await defineElementFor(state.step);
      } catch {
        if (generation === this.#generation) this.#showLoadFailure(context);
        return;
      }
      if (generation !== this.#generation) return;
    }
    this.#failure?.remove();
    this.#failure = null;
    this.#waiting?.remove();
    this.#waiting = null;
    const screen = state.step === 'customChallenge' ? `${state.step}#${state.round}` : state.step;
    const changed = this.#shownScreen !== null && this.#shownScreen !== screen;
    if (this.#element && (changed || this.#element.localName !== tag)) {
      this.#element.remove();
      this.#element = null;
    }
    this.provider.set(context);
    if (tag && !this.#element) {
      // It asks for the context as it connects, and so renders the new state from the start.
      this.#element = document.createElement(tag) as StepElementBase;
      this.host.append(this.#element);
    }
    this.#slotIn(this.#element);
    if (this.#shownScreen === null) {
      // The next steps, fetched while the person reads the first one, so a step change rarely waits.
      globalThis.requestIdleCallback?.(() => void defineStepElements().catch(() => {}));
    }
    this.#shownScreen = screen;
    if (!changed) return;
    // Only a flow whose parts are here changes steps (or one retrying a step's module, so online):
    // what follows a change comes with them (step-change.ts, docs/architecture.md §11).
    const element = this.#element;
    const settle = this.settle ?? (await import('./step-change.js').catch(() => null))?.settleStepChange;
    await settle?.({ host: this.host, step: state.step, element, custom, gate: this.gate, announce: this.announce });
  }

  /**
   * "Please wait…" in place of a first screen whose code is on its way (`<auth-flow>`'s managed login);
   * the next `show` replaces it.
   */
  wait(context: StepContext): void {
    ++this.#generation;
    this.#showWaiting(context);
  }

  #showWaiting(context: StepContext): void {
    if (!this.#waiting) {
      this.#waiting = Object.assign(document.createElement('p'), { className: 'auth-hint auth-waiting' });
      this.#waiting.setAttribute('aria-busy', 'true');
      this.host.append(this.#waiting);
    }
    this.#waiting.textContent = context.t('flow.pending');
    this.#slotIn(this.#waiting);
  }

  /** The step's module did not arrive (offline, a deploy replaced it): say so, keep the flow, offer a retry. */
  #showLoadFailure(context: StepContext): void {
    this.#waiting?.remove();
    this.#waiting = null;
    this.#element?.remove();
    this.#element = null;
    this.#shownScreen = 'load-failure';
    this.#failure?.remove();
    const failure = document.createElement('div');
    const message = Object.assign(document.createElement('p'), { className: 'auth-form-error', textContent: context.t('error.network') });
    message.setAttribute('role', 'alert');
    const retry = Object.assign(document.createElement('button'), { type: 'button', className: 'auth-submit', textContent: context.t('flow.retry') });
    retry.addEventListener('click', () => void this.show(context));
    failure.append(message, retry);
    this.#slotIn(failure);
    this.#failure = failure;
    this.host.append(failure);
    retry.focus();
  }

  #slotIn(element: HTMLElement | null): void {
    if (this.gate) element?.setAttribute('slot', 'step');
    else element?.removeAttribute('slot');
  }
}
