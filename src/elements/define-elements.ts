/**
 * Registers the kit's tags, without a default backend: for apps that pass `backend` or
 * `controller` to `<auth-flow>` (`define.ts` calls it too). A tag already defined (two copies of
 * the kit on one page) is left alone rather than throwing.
 */
import { AuthFlowElement } from './auth-flow.js';
import { STEP_ELEMENTS } from './step-elements.js';

export function defineAuthElements(): void {
  for (const [tag, element] of Object.entries({ ...STEP_ELEMENTS, 'auth-flow': AuthFlowElement })) {
    if (!customElements.get(tag)) customElements.define(tag, element);
  }
}
