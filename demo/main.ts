/**
 * The demo page: `<auth-flow>` (and, once signed in, `<auth-account>` below it) against the local
 * Cognito (or a real pool), with the outbox of sent codes, the seeded users and a log of the events
 * the page receives.
 */
import '../src/define.js';
import '../src/account.js';
import type { AuthFlowElement } from '../src/elements/auth-flow.js';

declare const __DEMO_CONFIG__: {
  userPoolId: string;
  clientId: string;
  userAuthClientId?: string;
  endpoint: string;
  /** The local Cognito's managed login and its stand-in providers (`Name:Label, …`). */
  oauthDomain?: string;
  identityProviders?: string;
  local: boolean;
};

interface OutboxMessage {
  id: string;
  at: string;
  username: string;
  medium: string;
  destination: string;
  code: string;
  purpose: string;
}

// The demo's options live in the URL; a return from a provider (its redirect URI is this page
// without a query) takes them back from this tab's session storage.
const fromUrl = new URLSearchParams(location.search);
for (const name of ['code', 'state', 'error', 'error_description']) fromUrl.delete(name);
const params = fromUrl.size ? fromUrl : new URLSearchParams(sessionStorage.getItem('demo-options') ?? '');
sessionStorage.setItem('demo-options', params.toString());
const config = {
  ...__DEMO_CONFIG__,
  userPoolId: params.get('userPoolId') ?? __DEMO_CONFIG__.userPoolId,
  clientId: params.get('clientId') ?? __DEMO_CONFIG__.clientId,
  endpoint: params.get('endpoint') ?? (params.has('userPoolId') ? '' : __DEMO_CONFIG__.endpoint),
};
const local = config.local && !params.has('userPoolId');

const flow = document.querySelector<AuthFlowElement>('#flow')!;
flow.userPoolId = config.userPoolId;
// USER_AUTH needs an app client that allows it: the local Cognito has a second one for that.
const userAuth = params.get('authFlowType') === 'USER_AUTH';
if (userAuth && local && config.userAuthClientId && !params.has('clientId')) config.clientId = config.userAuthClientId;
flow.clientId = config.clientId;
flow.endpoint = config.endpoint;
// The demo's own options, kept in the URL so a reload keeps them. Applied by the form's Apply
// button, not on `change`: arrow keys on a closed select fire `change` at each step, and
// a reload per step would throw a keyboard user back to the top of a fresh page.
const options = document.querySelector<HTMLFormElement>('#options')!;
const OPTIONS = ['authFlowType', 'persist', 'providers'] as const;
const selectNamed = (name: (typeof OPTIONS)[number]) => options.elements.namedItem(name) as HTMLSelectElement;
for (const name of OPTIONS) {
  const select = selectNamed(name);
  select.value = params.get(name) ?? select.value;
  if (name !== 'providers') flow.setAttribute(name === 'authFlowType' ? 'auth-flow-type' : 'persist', select.value);
}
// Social and enterprise sign-in through the local managed login and its stand-in providers.
const providers = selectNamed('providers').value;
if (providers && local && config.oauthDomain) {
  flow.oauthDomain = config.oauthDomain;
  flow.identityProviders = config.identityProviders ?? '';
  flow.sso = true;
  flow.oauthMode = providers === 'popup' ? 'popup' : 'redirect';
  // After a provider sign-in, signing out ends the managed-login session too, and comes back here.
  flow.logoutUri = `${location.origin}${location.pathname}`;
}
options.addEventListener('submit', (event) => {
  event.preventDefault();
  const next = new URLSearchParams(params);
  for (const name of OPTIONS) next.set(name, selectNamed(name).value);
  if (next.toString() !== params.toString()) location.search = next.toString();
});

document.querySelector('#target')!.textContent = local
  ? `Local Cognito at ${config.endpoint} — pool ${config.userPoolId}, client ${config.clientId}`
  : `Cognito pool ${config.userPoolId}, client ${config.clientId}`;

function item(text: string, ...children: Node[]): HTMLLIElement {
  const li = document.createElement('li');
  li.append(text, ...children);
  return li;
}

const EVENTS = [
  'auth-step-change', 'auth-submit', 'auth-pending-change', 'auth-code-sent', 'auth-error',
  'auth-signed-up', 'auth-signed-in', 'auth-signed-out', 'auth-password-reset',
  'auth-factor-chosen', 'auth-passkey-registered', 'auth-passkey-declined', 'auth-device-remembered',
  // From the account page inside the flow (they bubble through it).
  'auth-account-change', 'auth-account-deleted', 'auth-view-change',
] as const;
const log = document.querySelector('#events')!;
for (const type of EVENTS) {
  flow.addEventListener(type, (event) => {
    const detail = JSON.stringify((event as CustomEvent).detail, (key, value) => (key === 'waitUntil' ? undefined : value));
    log.prepend(item(`${new Date().toLocaleTimeString()} ${type} `, Object.assign(document.createElement('code'), { textContent: detail })));
  });
}

const outbox = document.querySelector('#outbox')!;
const outboxStatus = document.querySelector('#outbox-status')!;
/** The messages on screen, by id. */
const shown = new Map<string, HTMLLIElement>();

/**
 * Polled each second, but the list (a live region) changes only when the outbox does: a new message
 * is one `li` added at the top, so a screen reader hears it once and nothing in between.
 */
async function showOutbox(): Promise<void> {
  let messages: OutboxMessage[];
  try {
    messages = (await (await fetch(`${config.endpoint}/_local/outbox`)).json()) as OutboxMessage[];
  } catch {
    const down = 'The local Cognito is not answering.';
    if (outboxStatus.textContent !== down) outboxStatus.textContent = down;
    return;
  }
  if (outboxStatus.textContent) outboxStatus.textContent = '';
  // Emptied (DELETE /_local/outbox) or reseeded: drop what is gone.
  const ids = new Set(messages.map((m) => m.id));
  for (const [id, li] of shown) {
    if (!ids.has(id)) {
      li.remove();
      shown.delete(id);
    }
  }
  // Oldest first from the server; each new one goes on top, so the list reads newest first.
  for (const m of messages) {
    if (shown.has(m.id)) continue;
    const li = item(
      `${new Date(m.at).toLocaleTimeString()} ${m.purpose} to ${m.username} (${m.medium} ${m.destination}): `,
      Object.assign(document.createElement('span'), { className: 'code', textContent: m.code }),
    );
    shown.set(m.id, li);
    outbox.prepend(li);
  }
}

interface SeededUser {
  username: string;
  password: string;
  shows: string;
}

/** Seeded users with an authenticator app (found once: the local Cognito answers their codes). */
let appUsers: SeededUser[] = [];

async function codeFor(query: string): Promise<string | null> {
  const response = await fetch(`${config.endpoint}/_local/totp?${query}`);
  return response.ok ? ((await response.json()) as { code: string }).code : null;
}

/** Codes for the seeded app users, and for a key being set up on screen right now. */
async function showTotp(): Promise<void> {
  const rows: HTMLLIElement[] = [];
  const onScreen = flow.querySelector('.auth-secret code')?.textContent?.replace(/\s/g, '');
  if (onScreen) {
    const code = (await codeFor(`secret=${encodeURIComponent(onScreen)}`)) ?? '…';
    rows.push(item('key on screen: ', Object.assign(document.createElement('span'), { className: 'code', textContent: code })));
  }
  for (const user of appUsers) {
    const code = await codeFor(`username=${encodeURIComponent(user.username)}`);
    if (code) rows.push(item(`${user.username}: `, Object.assign(document.createElement('span'), { className: 'code', textContent: code })));
  }
  document.querySelector('#totp')!.replaceChildren(...rows);
}

async function showUsers(): Promise<void> {
  const { users } = (await (await fetch(`${config.endpoint}/_local/config`)).json()) as { users: SeededUser[] };
  const hasApp = await Promise.all(users.map((u) => codeFor(`username=${encodeURIComponent(u.username)}`)));
  appUsers = users.filter((_, index) => hasApp[index] !== null);
  document.querySelector('#users')!.replaceChildren(
    ...users.flatMap((u) => [
      Object.assign(document.createElement('dt'), { textContent: `${u.username} / ${u.password}` }),
      Object.assign(document.createElement('dd'), { textContent: u.shows }),
    ]),
  );
}

if (local) {
  document.querySelector<HTMLElement>('#outbox-panel')!.hidden = false;
  document.querySelector<HTMLElement>('#users-panel')!.hidden = false;
  document.querySelector<HTMLElement>('#totp-panel')!.hidden = false;
  void showUsers();
  void showOutbox();
  setInterval(showOutbox, 1000);
  setInterval(showTotp, 1000);
}
