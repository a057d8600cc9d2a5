/**
 * The demo page: `<auth-flow>` against the local Cognito (or a real pool), with the outbox of sent
 * codes, the seeded users and a log of the events the page receives.
 */
import '../src/define.js';
import type { AuthFlowElement } from '../src/elements/auth-flow.js';

declare const __DEMO_CONFIG__: { userPoolId: string; clientId: string; endpoint: string; local: boolean };

interface OutboxMessage {
  id: string;
  at: string;
  username: string;
  medium: string;
  destination: string;
  code: string;
  purpose: string;
}

const params = new URLSearchParams(location.search);
const config = {
  ...__DEMO_CONFIG__,
  userPoolId: params.get('userPoolId') ?? __DEMO_CONFIG__.userPoolId,
  clientId: params.get('clientId') ?? __DEMO_CONFIG__.clientId,
  endpoint: params.get('endpoint') ?? (params.has('userPoolId') ? '' : __DEMO_CONFIG__.endpoint),
};
const local = config.local && !params.has('userPoolId');

const flow = document.querySelector<AuthFlowElement>('#flow')!;
flow.userPoolId = config.userPoolId;
flow.clientId = config.clientId;
flow.endpoint = config.endpoint;
const authFlowType = params.get('authFlowType');
if (authFlowType) flow.setAttribute('auth-flow-type', authFlowType);

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
] as const;
const log = document.querySelector('#events')!;
for (const type of EVENTS) {
  flow.addEventListener(type, (event) => {
    const detail = JSON.stringify((event as CustomEvent).detail, (key, value) => (key === 'waitUntil' ? undefined : value));
    log.prepend(item(`${new Date().toLocaleTimeString()} ${type} `, Object.assign(document.createElement('code'), { textContent: detail })));
  });
}

async function showOutbox(): Promise<void> {
  const list = document.querySelector('#outbox')!;
  try {
    const messages = (await (await fetch(`${config.endpoint}/_local/outbox`)).json()) as OutboxMessage[];
    list.replaceChildren(
      ...messages
        .slice()
        .reverse()
        .map((m) =>
          item(
            `${new Date(m.at).toLocaleTimeString()} ${m.purpose} to ${m.username} (${m.medium} ${m.destination}): `,
            Object.assign(document.createElement('span'), { className: 'code', textContent: m.code }),
          ),
        ),
    );
  } catch {
    list.replaceChildren(item('The local Cognito is not answering.'));
  }
}

async function showUsers(): Promise<void> {
  const { users } = (await (await fetch(`${config.endpoint}/_local/config`)).json()) as {
    users: { username: string; password: string; shows: string }[];
  };
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
  void showUsers();
  void showOutbox();
  setInterval(showOutbox, 1000);
}
