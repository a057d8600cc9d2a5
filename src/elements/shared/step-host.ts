/**
 * The step on screen, for `<auth-flow>`: creates the step's element in the light DOM (or leaves an
 * app's slotted markup in place), feeds it through the step context, and after a step change
 * announces the new step and moves focus to its first field.
 */
import type { StepName } from '../../core/steps.js';
import { tagFor } from '../step-elements.js';
import { emit } from './events.js';
import type { StepContext, StepContextProvider } from './step-context.js';
import type { AuthStepElement } from './step-element.js';

/** `confirmSignUp` → `confirm-sign-up`: the slot name an app uses to replace a step. */
export function slotNameFor(step: StepName): string {
  return step.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}

export class StepHost {
  #element: AuthStepElement | null = null;
  /** The step (and custom-challenge round) on screen, to tell a new screen from an update. */
  #shownScreen: string | null = null;

  constructor(
    private readonly host: HTMLElement,
    private readonly provider: StepContextProvider,
    private readonly announce: (text: string) => void,
  ) {}

  /** The kit's element for the step on screen (null while an app's markup replaces it). */
  get element(): AuthStepElement | null {
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
    const tag = custom ? undefined : tagFor(state.step);
    const screen = state.step === 'customChallenge' ? `${state.step}#${state.round}` : state.step;
    const changed = this.#shownScreen !== null && this.#shownScreen !== screen;
    if (this.#element && (changed || this.#element.localName !== tag)) {
      this.#element.remove();
      this.#element = null;
    }
    this.provider.set(context);
    if (tag && !this.#element) {
      // It asks for the context as it connects, and so renders the new state from the start.
      this.#element = document.createElement(tag) as AuthStepElement;
      this.host.append(this.#element);
    }
    this.#shownScreen = screen;
    if (!changed) return;
    const element = this.#element;
    await element?.updateComplete;
    this.#announceStep(element ?? custom);
    const focusable = element ? element.initialFocus : custom?.querySelector<HTMLElement>('input, select, textarea, button');
    if (focusable && emit(this.host, 'auth-initial-focus', { step: state.step }, true)) focusable.focus();
  }

  /** "Heading. Why you are here. Where the code went.", in reading order. */
  #announceStep(container: Element | null): void {
    const text = (selector: string) => container?.querySelector(selector)?.textContent?.trim() ?? '';
    const heading = text('h1, h2, h3');
    if (!heading) return;
    const rest = [text('.auth-notice'), text('.auth-code-sent')].filter(Boolean).join(' ');
    this.announce(rest ? `${heading}. ${rest}` : heading);
  }
}
