/**
 * The DOM events of `<auth-flow>` (DESIGN.md §5): `bubbles` and `composed`, typed in
 * `HTMLElementEventMap`. No detail ever holds a password, a code, a Cognito Session or a refresh
 * token.
 */
import type { AuthSession, CodeDelivery } from '../../core/backend.js';
import type { ErrorCode } from '../../core/errors.js';
import type { StepName } from '../../core/steps.js';
import type { AuthController } from '../../core/controller.js';

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
  step: StepName;
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
}

export type AuthStepChangeDomEvent = CustomEvent<AuthStepChangeDetail>;
export type AuthSubmitDomEvent = CustomEvent<AuthSubmitDetail>;
export type AuthPendingChangeDomEvent = CustomEvent<{ pending: boolean }>;
export type AuthCodeSentDomEvent = CustomEvent<AuthCodeSentDetail>;
export type AuthErrorDomEvent = CustomEvent<AuthErrorDetail>;
export type AuthSignedInDomEvent = CustomEvent<AuthSignedInDetail>;
export type AuthUserDomEvent = CustomEvent<AuthUserDetail>;

export function authEvent<T>(type: string, detail: T, cancelable = false): CustomEvent<T> {
  return new CustomEvent(type, { ...FLAGS, cancelable, detail });
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

declare global {
  interface HTMLElementEventMap {
    'auth-step-change': AuthStepChangeDomEvent;
    'auth-submit': AuthSubmitDomEvent;
    'auth-pending-change': AuthPendingChangeDomEvent;
    'auth-code-sent': AuthCodeSentDomEvent;
    'auth-error': AuthErrorDomEvent;
    'auth-signed-up': AuthUserDomEvent;
    'auth-signed-in': AuthSignedInDomEvent;
    'auth-signed-out': AuthUserDomEvent;
    'auth-password-reset': AuthUserDomEvent;
    'auth-initial-focus': CustomEvent<{ step: StepName }>;
    'auth-navigate': AuthNavigateEvent;
    'auth-controller-change': CustomEvent<{ controller: AuthController | null }>;
  }
}
