/**
 * What `<auth-flow>` runs once a person acts, apart from what it draws (docs/architecture.md §11):
 * the controller, the bridge from its events to DOM events, the submit, the modal and the expiry
 * warning. Fetched as the element connects, so the first screen paints without waiting for it; the
 * package root hands it over bundled (`provideFlowParts`).
 */
export { FlowWiring } from './flow-wiring.js';
// What follows a step change, which the step host fetches: here by the time the flow changes steps.
export { settleStepChange } from './step-change.js';
