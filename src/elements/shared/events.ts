/**
 * The DOM events of `<auth-flow>` (docs/architecture.md §6): `bubbles` and `composed`, typed
 * in `HTMLElementEventMap` and created only by `emit()`. No detail ever holds a password, a code, a
 * Cognito Session or a refresh token.
 */
import type { AuthSession, CodeDelivery, FirstFactor } from '../../core/backend.js';
import type { ErrorCode } from '../../core/errors.js';
import type { StepName } from '../../core/steps.js';
import type { AuthController } from '../../core/auth-controller.js';
import type { AccountChange } from '../../core/account-controller.js';
import type { AccountView } from '../../core/account-views.js';

const FLAGS = { bubbles: true, composed: true } as const;

export interface AuthStepChangeDetail {
  step: StepName;
  previousStep: StepName;
}

export interface AuthSubmitDetail {
  step: StepName;
  /** What the button asked for: `submit`, or another action such as `resend` or `signOut`. */
  intent: string;
  /** The form's fields without the secret ones (password, code, answer). */
  values: Readonly<Record<string, string>>;
  /** Sent to Cognito as `ClientMetadata` (Lambda triggers read it). Listeners may add to it. */
  clientMetadata: Record<string, string>;
  /** Holds the submit until `promise` settles; a rejected promise cancels it. */
  waitUntil(promise: Promise<unknown>): void;
}

export interface AuthCodeSentDetail {
  destination: string;
  medium: CodeDelivery['medium'];
  step: StepName;
}

export interface AuthErrorDetail {
  code: ErrorCode;
  /** The step on screen, or from `<auth-account>` the view. */
  step: StepName | AccountView;
  field?: string;
  retryable: boolean;
  /** Cognito's exception name, or the kit's (`NetworkError`, `ValidationError`…). */
  name: string;
}

export interface AuthUserDetail {
  username: string;
}

export interface AuthSignedInDetail extends AuthUserDetail {
  /** Token claims and expiry; never the refresh token. */
  session: AuthSession;
  /** `federated` after a sign-in through managed login with an identity provider. */
  method?: 'federated';
  /** That provider (`Google`, a SAML or OIDC name). */
  provider?: string;
}

/** Every `<auth-flow>` event by type, with its detail. */
export interface AuthEventDetailMap {
  'auth-step-change': AuthStepChangeDetail;
  'auth-submit': AuthSubmitDetail;
  'auth-pending-change': { pending: boolean };
  'auth-code-sent': AuthCodeSentDetail;
  'auth-error': AuthErrorDetail;
  'auth-signed-up': AuthUserDetail;
  'auth-signed-in': AuthSignedInDetail;
  'auth-signed-out': AuthUserDetail;
  'auth-password-reset': AuthUserDetail;
  'auth-initial-focus': { step: StepName };
  'auth-controller-change': { controller: AuthController | null };
  /** `USER_AUTH`: how the person is signing in (chosen, or the app's preferred factor). */
  'auth-factor-chosen': AuthFactorDetail;
  /** A passkey was created after sign-in. */
  'auth-passkey-registered': AuthUserDetail;
  /** The passkey offer after sign-in was dismissed ("Not now"). */
  'auth-passkey-declined': AuthUserDetail;
  /** `<auth-account>`: something in the account changed (names only, never a value that could be secret). */
  'auth-account-change': AccountChange;
  /** `<auth-account>`: the account was deleted and the person signed out. */
  'auth-account-deleted': AuthUserDetail;
  /** `<auth-account>`: another view is on screen. */
  'auth-view-change': { view: AccountView; previousView: AccountView };
  /** The sign-in made this device a remembered one (no device key, no secret: only that it happened). */
  'auth-device-remembered': AuthUserDetail;
}

export interface AuthFactorDetail extends AuthUserDetail {
  factor: FirstFactor;
}

export type AuthEventType = keyof AuthEventDetailMap;

export type AuthStepChangeDomEvent = CustomEvent<AuthStepChangeDetail>;
export type AuthSubmitDomEvent = CustomEvent<AuthSubmitDetail>;
export type AuthPendingChangeDomEvent = CustomEvent<{ pending: boolean }>;
export type AuthCodeSentDomEvent = CustomEvent<AuthCodeSentDetail>;
export type AuthErrorDomEvent = CustomEvent<AuthErrorDetail>;
export type AuthSignedInDomEvent = CustomEvent<AuthSignedInDetail>;
export type AuthUserDomEvent = CustomEvent<AuthUserDetail>;

/**
 * Dispatches an `<auth-flow>` event from `target`; for a cancelable one, returns false when a
 * listener cancelled it.
 */
export function emit<K extends AuthEventType>(target: EventTarget, type: K, detail: AuthEventDetailMap[K], cancelable = false): boolean {
  return target.dispatchEvent(new CustomEvent(type, { ...FLAGS, cancelable, detail }));
}

/**
 * From a step element to `<auth-flow>`: go to another entry step. Custom step markup can dispatch
 * it too: `el.dispatchEvent(new CustomEvent('auth-navigate', { bubbles: true, detail: { step } }))`.
 */
export class AuthNavigateEvent extends CustomEvent<{ step: 'signIn' | 'signUp' | 'resetPassword'; username?: string }> {
  constructor(step: 'signIn' | 'signUp' | 'resetPassword', username?: string) {
    super('auth-navigate', { bubbles: true, composed: true, detail: { step, username } });
  }
}

/**
 * From a step element to `<auth-flow>`: text for the polite live region, such as a field's error,
 * which screen readers do not announce by themselves while focus stays in the field.
 */
export class AuthAnnounceEvent extends CustomEvent<{ text: string }> {
  constructor(text: string) {
    super('auth-announce', { bubbles: true, composed: true, detail: { text } });
  }
}

type AuthDomEventMap = { [K in AuthEventType]: CustomEvent<AuthEventDetailMap[K]> };

declare global {
  interface HTMLElementEventMap extends AuthDomEventMap {
    'auth-navigate': AuthNavigateEvent;
    'auth-announce': AuthAnnounceEvent;
  }
}
