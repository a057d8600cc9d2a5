/**
 * `<auth-account>` on the story backend: an `AuthController` over a `StoryAccountBackend`, signed in
 * as "ana" (the story backend signs her in at once), handed to the element through its `controller`
 * property; then the account page is taken to the story's view the way a person gets there.
 */
import { html, render, type TemplateResult } from 'lit';
import type { StoryContext } from '@storybook/web-components-vite';
import type { AccountController } from '../../src/core/account-controller.js';
import type { AccountView, ContactAttribute } from '../../src/core/account-views.js';
import { AuthController } from '../../src/core/controller.js';
import { AuthAccountElement } from '../../src/elements/account/auth-account.js';
import { DEVICE_LISTS, PASSKEY_LISTS, PROFILES, StoryAccountBackend, type AccountOperation, type ProfileName } from './account-backend.js';
import { PASSWORD } from './fixtures.js';
import { storyPasskeys } from './flow.js';
import { applyAttributes, frameAttributes, listen } from './frame.js';
import { quietInDocs } from './step-stories.js';

// The element alone, without `cognito-auth-flow/account`'s default backend: a story always hands
// it a controller, so it never builds a session of its own (nor reaches for the network).
if (!customElements.get('auth-account')) customElements.define('auth-account', AuthAccountElement);

export interface AccountArgs {
  /** Story only: the view to open at (reached as a person would). */
  view: AccountView;
  /** Story only: "ana" is signed in (off: nobody is, and the page says so). */
  signedIn: boolean;
  /** Story only: what `GetUser` says about her. */
  profile: ProfileName;
  /** Story only: her passkeys. */
  passkeyList: keyof typeof PASSKEY_LISTS;
  /** Story only: her remembered devices. */
  deviceList: keyof typeof DEVICE_LISTS;
  /** Story only: operations that never answer. */
  neverAnswers: AccountOperation[];
  /** Story only: operations whose first call fails (a network error). */
  failsOnce: AccountOperation[];
  /** Story only: how long every backend answer takes, in ms. */
  latency: number;
  [attributeOrAction: string]: unknown;
}

/** How the person reaches each view from the overview. */
export const ACCOUNT_ROUTES: Record<AccountView, (account: AccountController) => Promise<void> | void> = {
  overview: () => {},
  changePassword: (a) => a.open('changePassword'),
  editProfile: (a) => a.open('editProfile'),
  // "Verify …" beside the first contact on file that is not verified: a code goes to it.
  verifyContact: (a) => a.verifyContact(unverifiedContact(a)),
  signInMethods: (a) => a.open('signInMethods'),
  // "Set up an authenticator app" on the two-step verification view.
  setUpTotp: (a) => a.open('setUpTotp'),
  passkeys: (a) => a.open('passkeys'),
  devices: (a) => a.open('devices'),
  deleteAccount: (a) => a.open('deleteAccount'),
};

function unverifiedContact(account: AccountController): ContactAttribute {
  const attributes = account.getSnapshot().profile?.attributes ?? {};
  return (['phone_number', 'email'] as const).find((name) => attributes[name] && attributes[`${name}_verified`] !== 'true') ?? 'email';
}

interface Running {
  backend: StoryAccountBackend;
  auth: AuthController;
  /** Settles when the page has reached the story's view. */
  arrived: Promise<void>;
}

const running = new WeakMap<Element, Running>();

/** The account page in the canvas, its controllers and backend, once it has reached its view. */
export async function accountOf(
  canvasElement: HTMLElement,
): Promise<Running & { element: AuthAccountElement; account: AccountController }> {
  const element = canvasElement.querySelector<AuthAccountElement>('auth-account');
  const found = element && running.get(element);
  if (!element || !found) throw new Error('story: no <auth-account> with a story backend in the canvas');
  await found.arrived;
  await element.updateComplete;
  return { ...found, element, account: element.accountController! };
}

/** Waits (a bounded while: some stories hold an answer back for ever) for loads and commands to settle. */
export async function settled(account: AccountController): Promise<void> {
  for (let i = 0; i < 40; i++) {
    const { loading, pending } = account.getSnapshot();
    if (!loading && !pending) return;
    await new Promise((r) => setTimeout(r, 5));
  }
}

/** Signs "ana" in and goes to the story's view, with answers at once; then the story's latency. */
async function arrive(element: AuthAccountElement, backend: StoryAccountBackend, auth: AuthController, args: AccountArgs): Promise<void> {
  const latency = backend.latency;
  backend.latency = 0;
  try {
    if (!args.signedIn) return;
    await auth.signIn({ username: 'ana', password: PASSWORD });
    const account = element.accountController!;
    await settled(account);
    await ACCOUNT_ROUTES[args.view](account);
    await settled(account);
    await element.updateComplete;
    await new Promise((r) => setTimeout(r));
  } finally {
    backend.latency = latency;
  }
}

/**
 * `<auth-account>` on a fresh story backend and controller, with the toolbar's scheme, locale and
 * direction, the documented attributes from `args`, and each event to its action. `signedOut`
 * fills the `signed-out` slot (it gets the controller, so an `<auth-flow>` there signs in here).
 */
export function renderAccount(args: AccountArgs, context: StoryContext<AccountArgs>, signedOut?: (auth: AuthController) => TemplateResult): HTMLElement {
  const backend = new StoryAccountBackend({
    latency: args.latency,
    profile: PROFILES[args.profile],
    passkeys: PASSKEY_LISTS[args.passkeyList],
    devices: DEVICE_LISTS[args.deviceList],
    neverAnswers: args.neverAnswers,
    failsOnce: args.failsOnce,
  });
  const auth = new AuthController(backend, { passkeys: storyPasskeys(() => backend.latency), passkeyPrompt: 'never' });
  const element = document.createElement('auth-account');
  const { lang, colorScheme, dir } = frameAttributes(context);
  element.setAttribute('lang', lang);
  // Not a property of the element: the frame stylesheet it shares with <auth-flow> reads the attribute.
  if (colorScheme) element.setAttribute('color-scheme', colorScheme);
  if (dir) element.setAttribute('dir', dir);
  applyAttributes(element, 'auth-account', args, ['controller', 'accountController']);
  listen(element, 'auth-account', args);
  element.controller = auth;
  // The story's passkey sheet instead of the browser's (headless Chromium has no authenticator).
  element.accountController!.passkeys = storyPasskeys(() => backend.latency);
  if (signedOut) {
    const fragment = document.createDocumentFragment();
    render(signedOut(auth), fragment);
    element.append(...[...fragment.childNodes].filter((node) => node.nodeType === Node.ELEMENT_NODE));
  }
  const arrived = Promise.resolve().then(() => arrive(element, backend, auth, args));
  running.set(element, { backend, auth, arrived });
  return quietInDocs(context, element, arrived) as HTMLElement;
}

/** Side by side: the account page and the story backend's script, for a designer clicking through. */
export function withAccountScript(page: HTMLElement, script: TemplateResult): TemplateResult {
  return html`<div class="story-row">${page}${script}</div>`;
}
