/**
 * From controller events to `<auth-flow>`'s DOM events, as a table: each controller event names the
 * DOM event it becomes and the detail it carries (never a secret).
 */
import type { AuthControllerEventMap } from '../../core/controller-events.js';
import type { AuthController } from '../../core/auth-controller.js';
import { emit, type AuthEventDetailMap, type AuthEventType } from './events.js';

type Bridge = {
  [K in keyof AuthControllerEventMap]: (event: AuthControllerEventMap[K]) => {
    [T in AuthEventType]: [T, AuthEventDetailMap[T]];
  }[AuthEventType];
};

const BRIDGE: Omit<Bridge, 'statechange'> = {
  signedin: ({ session, method, provider }) => ['auth-signed-in', { username: session.username, session, ...(method && { method, provider }) }],
  signedout: ({ username }) => ['auth-signed-out', { username }],
  signedup: ({ username }) => ['auth-signed-up', { username }],
  passwordreset: ({ username }) => ['auth-password-reset', { username }],
  codesent: ({ codeDelivery, step }) => ['auth-code-sent', { destination: codeDelivery.destination, medium: codeDelivery.medium, step }],
  error: ({ error: { code, field, retryable, name }, step }) => ['auth-error', { code, step, field, retryable, name }],
  factorchosen: ({ factor, username }) => ['auth-factor-chosen', { factor, username }],
  passkeyregistered: ({ username }) => ['auth-passkey-registered', { username }],
  passkeydeclined: ({ username }) => ['auth-passkey-declined', { username }],
  deviceremembered: ({ username }) => ['auth-device-remembered', { username }],
};

/**
 * Re-dispatches `controller`'s events from `target` until `signal` aborts; `before` sees each
 * controller event first (the flow announces "code sent" from it).
 */
export function bridgeEvents(
  controller: AuthController,
  target: EventTarget,
  signal: AbortSignal,
  before?: (event: AuthControllerEventMap[keyof typeof BRIDGE]) => void,
): void {
  for (const type of Object.keys(BRIDGE) as (keyof typeof BRIDGE)[]) {
    controller.addEventListener(
      type,
      (event: Event) => {
        before?.(event as AuthControllerEventMap[typeof type]);
        const [domType, detail] = (BRIDGE[type] as (e: Event) => [AuthEventType, never])(event);
        emit(target, domType, detail);
      },
      { signal },
    );
  }
}
