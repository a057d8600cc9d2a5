/**
 * `<auth-flow>`'s class as the package root exports it, with the flow's parts bundled
 * (shared/flow-parts.ts), so an app that imports the root has them at once. The `define` entry
 * imports auth-flow.ts itself, which fetches them as the first element connects
 * (docs/architecture.md §11).
 */
import { provideFlowParts } from './auth-flow.js';
import * as flowParts from './shared/flow-parts.js';

provideFlowParts(flowParts);

export { AuthFlowElement, slotNameFor } from './auth-flow.js';
