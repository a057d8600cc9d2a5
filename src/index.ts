/** Public API. Exports only: importing this registers no tag (see `cognito-auth-flow/define`). */
export type {
  AuthBackend,
  AuthFlowType,
  AuthSession,
  BackendConfig,
  BackendFactory,
  CallOptions,
  Challenge,
  ChallengeAnswer,
  ChallengeHandle,
  ChallengeType,
  CodeDelivery,
  DeviceInfo,
  MfaType,
  RememberDevice,
  SignInInput,
  SignInResult,
  SignUpInput,
  SignUpResult,
} from './core/backend.js';
export { AUTH_FLOW_TYPES } from './core/backend.js';
export type { AccountOperations, AccountProfile, MfaSetting, RememberedDevice } from './core/account-port.js';
export {
  AccountChangeEvent,
  AccountController,
  AccountDeletedEvent,
  AccountErrorEvent,
  AccountStateChangeEvent,
  type AccountChange,
  type AccountControllerOptions,
  type AccountError,
  type AccountEventMap,
  type AccountNotice,
  type AccountReason,
  type AccountState,
} from './core/account-controller.js';
export { ACCOUNT_VIEWS, availableViews, type AccountConfig, type AccountView, type AccountViewSpec, type ContactAttribute } from './core/account-views.js';
export { AuthController, type AuthControllerOptions, type CommandOptions } from './core/controller.js';
export * from './core/controller-events.js';
export { abortError, AuthError, describeErrorLater, ERROR_CODES, KIT_ERROR_NAMES, type ErrorCode, type ErrorInfo } from './core/errors.js';
export { describeError } from './core/error-mapping.js';
export { configureFields, isAttributeName } from './core/attribute-fields.js';
export { parseAttributeList } from './core/attribute-list.js';
export {
  type AttributeRequest,
  type FieldKind,
  type FieldOption,
  type FieldSpec,
  type FieldType,
  type FormField,
  type FormFields,
} from './core/fields.js';
export { transition, type Outcome } from './core/machine.js';
export {
  ENTRY_STEPS,
  STEP_NAMES,
  STEPS,
  fieldsOf,
  stepForChallenge,
  type FormValues,
  type Phase,
  type Resend,
  type StepCommands,
  type StepConfig,
  type StepHeadingKey,
  type StepSpec,
} from './core/step-table.js';
export { initialState, type AuthState, type EntryStep, type Notice, type StateOf, type StepName } from './core/steps.js';
export { validateFields, type FieldError, type FieldRule } from './core/validation.js';
export { connect, type StepActions, type StepView, type ViewOptions } from './core/view.js';
export { CognitoApiBackend, type CognitoApiBackendOptions, type SessionTokens } from './cognito/api/backend.js';
export { createDefaultBackend } from './cognito/default-backend.js';
export { MemorySessionStore, type SessionStore, type StoredTokens } from './cognito/session-store.js';
export { MemorySecretStore, type SecretStore, type SecretStoreSource } from './cognito/device-store.js';
export { en, type MessageKey, type Messages } from './i18n/en.js';
export { errorMessage, registerLocale, translator, type Translate } from './i18n/translate.js';
export { loadMessages } from './i18n/load-messages.js';
export { AuthFlowElement, slotNameFor } from './elements/flow-element.js';
export { AuthAccountElement } from './elements/account/auth-account.js';
export { accountEn, type AccountMessageKey, type AccountMessages } from './i18n/account/en.js';
export { defineAuthElements } from './elements/define-elements.js';
export { defineStepElement, defineStepElements } from './elements/step-elements.js';
export { STEP_TAGS, type StepTag } from './elements/step-tags.js';
export { AuthSignInElement } from './elements/sign-in.js';
export { AuthSignUpElement } from './elements/sign-up.js';
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
export type { StepContext, StepSettings } from './elements/shared/step-context.js';
export type * from './elements/shared/events.js';
