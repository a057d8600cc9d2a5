/**
 * Registers the kit's tags, without a default backend: for apps that pass `backend` or
 * `controller` to `<auth-flow>` (`define.ts` calls it too). `<auth-flow>` and the sign-in step are
 * registered at once; the other steps when first shown (`defineStepElements()` registers them all
 * now). A tag already defined (two copies of the kit on one page) is left alone rather than throwing.
 */
import { AuthFlowElement } from './auth-flow.js';
import { defineStepElement } from './step-elements.js';

export function defineAuthElements(): void {
  if (!customElements.get('auth-flow')) customElements.define('auth-flow', AuthFlowElement);
  void defineStepElement('auth-sign-in');
}
