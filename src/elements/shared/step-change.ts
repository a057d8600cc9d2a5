/**
 * What follows a step change in `<auth-flow>`, once the new step has rendered: the step read out
 * (its heading, why the person is here, where a code went) and focus on its first field (or, with
 * `gate` once signed in, on the app's `autofocus` element) unless an `auth-initial-focus` listener
 * cancels it. The step host fetches it for the first change; the flow's parts bundle it, so it is
 * here by then (docs/architecture.md §11).
 */
import type { StepName } from '../../core/steps.js';
import { emit } from './events.js';
import type { StepElementBase } from './step-element-base.js';

export interface StepChange {
  host: HTMLElement;
  step: StepName;
  /** The kit's element for the new step, or null when an app's markup (`custom`) replaces it. */
  element: StepElementBase | null;
  custom: Element | null;
  gate: boolean;
  announce: (text: string) => void;
}

export async function settleStepChange({ host, step, element, custom, gate, announce }: StepChange): Promise<void> {
  await element?.updateComplete;
  announceStep(element ?? custom, announce);
  const focusable =
    gate && step === 'signedIn'
      ? host.querySelector<HTMLElement>(':scope > :not([slot])[autofocus], :scope > :not([slot]) [autofocus]')
      : element
        ? element.initialFocus
        : custom?.querySelector<HTMLElement>('input, select, textarea, button');
  if (focusable && emit(host, 'auth-initial-focus', { step }, true)) focusable.focus();
}

/** "Heading. Why you are here. Where the code went.", in reading order. */
function announceStep(container: Element | null, announce: (text: string) => void): void {
  const text = (selector: string) => container?.querySelector(selector)?.textContent?.trim() ?? '';
  const heading = text('h1, h2, h3');
  if (!heading) return;
  const rest = [text('.auth-notice'), text('.auth-code-sent')].filter(Boolean).join(' ');
  announce(rest ? `${heading}. ${rest}` : heading);
}
