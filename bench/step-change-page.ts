/**
 * Runs in Chromium for `npm run bench`: `<auth-flow>` on the story backend (no network, no
 * latency), driven to each step by the same commands the stories play. `window.stepTo(step)` opens a
 * fresh flow at sign-in and, once it settled, plays the route to `step` and resolves when the new
 * step is on screen; the bench reads the main thread's task time around it.
 */
import '../src/define.js';
import { AuthController } from '../src/core/controller.js';
import type { StepName } from '../src/core/steps.js';
import { defineStepElements, tagFor } from '../src/elements/step-elements.js';
import type { AuthFlowElement } from '../src/elements/auth-flow.js';
import { ROUTES, storyPasskeys } from '../stories/support/flow.js';
import { StoryBackend } from '../stories/support/story-backend.js';

declare global {
  interface Window {
    steps: StepName[];
    prepare(step: StepName): Promise<void>;
    stepTo(step: StepName): Promise<boolean>;
  }
}

let current: { controller: AuthController; flow: AuthFlowElement } | null = null;

const settled = async (flow: AuthFlowElement, controller: AuthController) => {
  for (let i = 0; i < 200 && controller.getSnapshot().pending; i++) await new Promise((r) => setTimeout(r));
  await flow.updateComplete;
  const element = flow.querySelector(tagFor(controller.getSnapshot().step) ?? 'none') as (HTMLElement & { updateComplete?: Promise<unknown> }) | null;
  await element?.updateComplete;
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
};

window.steps = Object.keys(ROUTES) as StepName[];

/** A fresh flow at sign-in, rendered (not measured). */
window.prepare = async () => {
  current?.flow.remove();
  await defineStepElements();
  const backend = new StoryBackend({ latency: 0 });
  const controller = new AuthController(backend, { passkeys: storyPasskeys(() => 0), passkeyPrompt: 'never' });
  const flow = document.createElement('auth-flow');
  flow.controller = controller;
  document.body.append(flow);
  await settled(flow, controller);
  current = { controller, flow };
};

/** Plays the route to `step` on the prepared flow; true when `step` is on screen. */
window.stepTo = async (step) => {
  const { controller, flow } = current!;
  await ROUTES[step](controller);
  await settled(flow, controller);
  return controller.getSnapshot().step === step && !!flow.querySelector(tagFor(step)!);
};
