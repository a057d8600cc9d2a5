/**
 * The whole flow on the story backend: an `AuthController` over a `StoryBackend`, handed to
 * `<auth-flow>`, and a way to jump to any step by playing the commands that lead there.
 */
import { html, render, type TemplateResult } from 'lit';
import type { StoryContext } from '@storybook/web-components-vite';
import type { AuthFlowType, FederatedSignIn, FirstFactor, PasskeyAuthenticator } from '../../src/core/backend.js';
import { AuthController } from '../../src/core/controller.js';
import { AuthError, KIT_ERROR_NAMES } from '../../src/core/errors.js';
import type { EntryStep, StepName } from '../../src/core/steps.js';
import type { AuthFlowElement } from '../../src/elements/auth-flow.js';
import { PASSWORD } from './fixtures.js';
import { applyAttributes, frameAttributes, listen } from './frame.js';
import { StoryBackend } from './story-backend.js';

export interface FlowArgs {
  /** Story only: the step to open at (reached by playing the commands that lead there). */
  startAt: StepName;
  /** Story only: how long every backend answer takes, in ms. */
  latency: number;
  [attributeOrAction: string]: unknown;
}

/** The commands that lead to each step, on the story backend's script. */
export const ROUTES: Record<StepName, (controller: AuthController) => Promise<void> | void> = {
  signIn: () => {},
  signUp: (c) => c.goTo('signUp'),
  resetPassword: (c) => c.goTo('resetPassword'),
  confirmSignUp: (c) => c.signIn({ username: 'unconfirmed', password: PASSWORD }),
  confirmSignInWithSmsCode: (c) => c.signIn({ username: 'sms', password: PASSWORD }),
  confirmSignInWithTotpCode: (c) => c.signIn({ username: 'totp', password: PASSWORD }),
  confirmSignInWithEmailCode: (c) => c.signIn({ username: 'email', password: PASSWORD }),
  selectMfaType: (c) => c.signIn({ username: 'choose', password: PASSWORD }),
  selectMfaSetupType: (c) => c.signIn({ username: 'setup', password: PASSWORD }),
  setUpTotp: (c) => c.signIn({ username: 'setup-totp', password: PASSWORD }),
  setUpEmail: (c) => c.signIn({ username: 'setup-email', password: PASSWORD }),
  newPasswordRequired: (c) => c.signIn({ username: 'newpass', password: PASSWORD }),
  customChallenge: (c) => c.signIn({ username: 'custom', password: PASSWORD }),
  confirmResetPassword: (c) => c.resetPassword({ username: 'ana' }),
  signedIn: (c) => c.signIn({ username: 'ana', password: PASSWORD }),
  selectFirstFactor: (c) => userAuth(c).signIn({ username: 'ana' }),
  confirmSignInWithPassword: async (c) => {
    await userAuth(c).signIn({ username: 'ana' });
    await c.confirmSignIn({ factor: 'PASSWORD_SRP' });
  },
  confirmSignInWithPasskey: (c) => userAuth(c, 'WEB_AUTHN').signIn({ username: 'ana' }),
  verifyContact: (c) => c.signIn({ username: 'unverified', password: PASSWORD }),
  confirmContact: async (c) => {
    await c.signIn({ username: 'unverified', password: PASSWORD });
    await c.sendContactCode({ attribute: 'email' });
  },
  offerPasskey: async (c) => {
    // After <auth-flow>'s first update, which hands the controller its own auth-flow-type.
    await new Promise((r) => setTimeout(r));
    userAuth(c, 'PASSWORD_SRP').passkeyPrompt = 'after-sign-in';
    await c.signIn({ username: 'ana', password: PASSWORD });
    // The offer follows the sign-in once the passkey code has loaded and found no passkey.
    for (let i = 0; i < 300 && c.getSnapshot().step !== 'offerPasskey'; i++) await new Promise((r) => setTimeout(r, 10));
  },
};

/** The controller switched to `USER_AUTH` (with a preferred factor), for the routes that need it. */
function userAuth(controller: AuthController, preferredChallenge?: FirstFactor): AuthController {
  controller.authFlowType = 'USER_AUTH';
  controller.preferredChallenge = preferredChallenge;
  return controller;
}

/** The story's managed login: the provider "answers" after the story's latency, as a popup would. */
export function storyFederation(latency: () => number): FederatedSignIn {
  return {
    start: async (request) => {
      await new Promise((r) => setTimeout(r, latency()));
      return { idToken: '', accessToken: '', expiresIn: 3600, provider: request.provider ?? request.idpIdentifier };
    },
    complete: async () => null,
    endSession: () => false,
  };
}

/**
 * The story's passkeys: the sheet "opens" for the story's latency and is then closed by the
 * person (a cancel), so designers see the waiting and the cancelled states; creating one works.
 */
export function storyPasskeys(latency: () => number): PasskeyAuthenticator {
  const wait = (signal?: AbortSignal) =>
    new Promise<void>((resolve, reject) => {
      const timer = setTimeout(resolve, Math.max(latency(), 300));
      signal?.addEventListener('abort', () => (clearTimeout(timer), reject(new AuthError(KIT_ERROR_NAMES.aborted))));
    });
  return {
    available: () => true,
    autofillAvailable: async () => false,
    get: async (_request, { signal }) => {
      await wait(signal);
      throw new AuthError(KIT_ERROR_NAMES.passkeyCancelled, 'The operation either timed out or was not allowed.');
    },
    create: async (_options, { signal }) => (await wait(signal), { id: 'story-passkey', type: 'public-key', response: {} }),
  };
}

interface Running {
  backend: StoryBackend;
  controller: AuthController;
  /** Settles when the flow has reached `startAt`. */
  arrived: Promise<void>;
}

const running = new WeakMap<Element, Running>();

/** The flow's backend and controller, once it has reached its start step. */
export async function flowOf(canvasElement: HTMLElement): Promise<Running & { flow: AuthFlowElement }> {
  const flow = canvasElement.querySelector<AuthFlowElement>('auth-flow');
  const found = flow && running.get(flow);
  if (!flow || !found) throw new Error('story: no <auth-flow> with a story backend in the canvas');
  await found.arrived;
  await flow.updateComplete;
  return { ...found, flow };
}

/**
 * Plays the route to `step` with answers at once, the step-change focus held back (as on a page
 * that opens at that step), then restores the story's latency.
 */
async function jump(flow: AuthFlowElement, backend: StoryBackend, controller: AuthController, step: StepName) {
  const latency = backend.latency;
  const holdFocus = (event: Event) => event.preventDefault();
  backend.latency = 0;
  flow.addEventListener('auth-initial-focus', holdFocus);
  try {
    await ROUTES[step](controller);
    // The controller may chain calls (a code sent after "not confirmed"; the TOTP secret).
    for (let i = 0; i < 20 && controller.getSnapshot().pending; i++) await new Promise((r) => setTimeout(r, 5));
    await flow.updateComplete;
    await new Promise((r) => setTimeout(r));
  } finally {
    flow.removeEventListener('auth-initial-focus', holdFocus);
    backend.latency = latency;
  }
}

/**
 * Renders `<auth-flow>` on a fresh story backend and controller, with the toolbar's scheme,
 * locale and direction, the documented attributes from `args`, and each event to its action.
 */
export function renderFlow(args: FlowArgs, context: StoryContext<FlowArgs>, slotted?: TemplateResult): HTMLElement {
  const backend = new StoryBackend({ latency: args.latency });
  const controller = new AuthController(backend, {
    initialStep: (args['initial-step'] as EntryStep | undefined) ?? 'signIn',
    authFlowType: (args['auth-flow-type'] as AuthFlowType | undefined) ?? 'USER_SRP_AUTH',
    passkeys: storyPasskeys(() => backend.latency),
    passkeyPrompt: 'never',
  });
  controller.federation = storyFederation(() => backend.latency);
  const flow = document.createElement('auth-flow');
  const { lang, colorScheme, dir } = frameAttributes(context);
  flow.setAttribute('lang', lang);
  if (colorScheme) flow.setAttribute('color-scheme', colorScheme);
  if (dir) flow.setAttribute('dir', dir);
  applyAttributes(flow, 'auth-flow', args, ['controller', 'backend']);
  listen(flow, 'auth-flow', args);
  flow.controller = controller;
  if (slotted) {
    // Slotted markup is light DOM the page owns: rendered once, then moved into the element.
    const fragment = document.createDocumentFragment();
    render(slotted, fragment);
    flow.append(...[...fragment.childNodes].filter((node) => node.nodeType === Node.ELEMENT_NODE));
  }
  const arrived = Promise.resolve().then(() => jump(flow, backend, controller, args.startAt));
  running.set(flow, { backend, controller, arrived });
  return flow;
}

/** Side by side: the flow and the story backend's script, for a designer clicking through. */
export function withScript(flow: HTMLElement, script: TemplateResult): TemplateResult {
  return html`<div class="story-row">${flow}${script}</div>`;
}
