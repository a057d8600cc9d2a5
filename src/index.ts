/** Public API. Exports only: importing this registers no tag (see `cognito-auth-flow/define`). */
export type {
  AuthBackend,
  AuthFlowType,
  AuthSession,
  CallOptions,
  ChallengeHandle,
  CodeDelivery,
  SignInInput,
  SignInResult,
  SignUpInput,
  SignUpResult,
} from './core/backend.js';
export { AUTH_FLOW_TYPES } from './core/backend.js';
export { AuthController, type AuthControllerOptions, type CommandOptions } from './core/controller.js';
export * from './core/controller-events.js';
export type { ChallengeAnswer } from './core/challenge-answers.js';
export { AuthError, describeError, ERROR_CODES, KIT_ERROR_NAMES, type ErrorCode, type ErrorInfo } from './core/errors.js';
export { transition, type Outcome } from './core/machine.js';
export {
  ENTRY_STEPS,
  initialState,
  STEP_NAMES,
  type AuthState,
  type EntryStep,
  type MfaType,
  type Notice,
  type StateOf,
  type StepName,
} from './core/steps.js';
export { validateFields, type FieldError, type FieldRule } from './core/validation.js';
export { CognitoApiBackend, type CognitoApiBackendOptions } from './cognito/api-backend.js';
export { MemorySessionStore, WebStorageSessionStore, type SessionStore, type StoredTokens } from './cognito/session-store.js';
export { en, type MessageKey, type Messages } from './i18n/en.js';
export { errorMessage, loadMessages, registerLocale, translator, type Translate } from './i18n/translate.js';
export { AuthFlowElement, slotNameFor } from './elements/auth-flow.js';
export { AuthSignInElement } from './elements/sign-in.js';
export { AuthSignUpElement, parseSignUpAttributes } from './elements/sign-up.js';
export { AuthConfirmCodeElement } from './elements/confirm-code.js';
export { AuthSignedInElement } from './elements/signed-in.js';
export { AuthMfaCodeElement } from './elements/mfa-code.js';
export { AuthMfaSelectElement } from './elements/mfa-select.js';
export { AuthTotpSetupElement, otpauthUri } from './elements/totp-setup.js';
export { AuthEmailSetupElement } from './elements/email-setup.js';
export { AuthNewPasswordElement } from './elements/new-password.js';
export { AuthChallengePromptElement, type ChallengePromptRenderer } from './elements/challenge-prompt.js';
export { AuthResetPasswordElement } from './elements/reset-password.js';
export { AuthStepElement } from './elements/shared/step-element.js';
export type * from './elements/shared/events.js';
