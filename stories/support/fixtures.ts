/**
 * Story fixtures: states, sessions, code deliveries and errors. Errors are built the way the product
 * builds them: a Cognito exception name (and message) through `describeError`, or a field check
 * through `validationError`, so a story shows exactly the field or form placement the kit uses.
 */
import type { AuthSession, CodeDelivery } from '../../src/core/backend.js';
import { describeError } from '../../src/core/error-mapping.js';
import { AuthError, KIT_ERROR_NAMES, type ErrorInfo } from '../../src/core/errors.js';
import type { AuthState, StateOf, StepName } from '../../src/core/steps.js';
import { validationError, type FieldError } from '../../src/core/validation.js';

/** A password that passes the story backend's policy (never shown: fields are type=password). */
export const PASSWORD = 'Correct-horse-9';

export const LONG_USERNAME = 'maximiliana.alexandra.featherstonehaugh-worthington@subsidiary.example-corporation.com';

export const EMAIL_DELIVERY: CodeDelivery = { destination: 'a***@e***.com', medium: 'EMAIL', attributeName: 'email' };
export const SMS_DELIVERY: CodeDelivery = { destination: '+*******0199', medium: 'SMS', attributeName: 'phone_number' };
export const LONG_DELIVERY: CodeDelivery = {
  destination: 'm***@s***************************.example-corporation.com',
  medium: 'EMAIL',
  attributeName: 'email',
};

export function sessionFor(username: string, email: string | null = `${username}@example.com`, verified = true): AuthSession {
  const idTokenClaims: Record<string, unknown> = { sub: `sub-${username}`, 'cognito:username': username };
  if (email) Object.assign(idTokenClaims, { email, email_verified: verified });
  return {
    username,
    idTokenClaims,
    accessTokenClaims: { client_id: 'story-client', scope: 'aws.cognito.signin.user.admin' },
    expiresAt: Date.now() + 3_600_000,
  };
}

/** Extra data each step needs beyond the common fields, so `stateFor(step)` always type-checks. */
const STEP_DEFAULTS: { [S in StepName]: Omit<StateOf<S>, 'step' | 'pending' | 'error' | 'username' | 'notice'> } = {
  signIn: {},
  signUp: {},
  confirmSignUp: { codeDelivery: EMAIL_DELIVERY },
  confirmSignInWithSmsCode: { codeDelivery: SMS_DELIVERY },
  confirmSignInWithTotpCode: {},
  confirmSignInWithEmailCode: { codeDelivery: EMAIL_DELIVERY },
  selectMfaType: { allowedMfaTypes: ['SMS', 'TOTP', 'EMAIL'] },
  selectMfaSetupType: { allowedMfaTypes: ['TOTP', 'EMAIL'] },
  setUpTotp: { secretCode: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP' },
  setUpEmail: {},
  newPasswordRequired: { missingAttributes: ['given_name', 'family_name'] },
  customChallenge: {
    parameters: { name: 'arithmetic', prompt: 'What is 3 + 4?', label: 'Your answer', inputmode: 'numeric' },
    round: 1,
  },
  resetPassword: {},
  confirmResetPassword: { codeDelivery: EMAIL_DELIVERY },
  signedIn: { session: sessionFor('ana') },
  selectFirstFactor: { factors: ['WEB_AUTHN', 'EMAIL_OTP', 'SMS_OTP', 'PASSWORD_SRP'] },
  confirmSignInWithPassword: { factor: 'PASSWORD_SRP', factors: ['EMAIL_OTP', 'PASSWORD_SRP'] },
  confirmSignInWithPasskey: { factors: ['WEB_AUTHN', 'EMAIL_OTP', 'PASSWORD_SRP'] },
  offerPasskey: { session: sessionFor('ana') },
  verifyContact: {
    session: sessionFor('ana'),
    contacts: [
      { attribute: 'email', value: 'ana@example.com' },
      { attribute: 'phone_number', value: '+15555550199' },
    ],
  },
  confirmContact: { session: sessionFor('ana'), attribute: 'email', codeDelivery: EMAIL_DELIVERY },
};

/** A complete state for `step`: not pending, no error, no notice, username "ana", then `extra`. */
export function stateFor<S extends StepName>(step: S, extra: Partial<StateOf<S>> = {}): StateOf<S> {
  return {
    step,
    pending: false,
    error: null,
    username: step === 'signIn' || step === 'signUp' || step === 'resetPassword' ? '' : 'ana',
    notice: null,
    ...STEP_DEFAULTS[step],
    ...extra,
  } as unknown as StateOf<S>;
}

/** What the kit shows for a Cognito exception (name, and the message for the documented sub-cases). */
export function cognitoError(name: string, message = name, context: { signingIn?: boolean } = {}): ErrorInfo {
  return describeError(new AuthError(name, message), context);
}

/** What the kit shows for a check made before any request (an empty or malformed field). */
export function fieldCheck(field: string, code: FieldError['code']): ErrorInfo {
  return validationError({ field, code });
}

/** Failures that any request can meet, whatever the step. */
export const ANY_CALL = {
  network: () => cognitoError(KIT_ERROR_NAMES.network, 'Failed to fetch'),
  tooManyRequests: () => cognitoError('TooManyRequestsException', 'Rate exceeded'),
  serviceError: () => cognitoError('InternalErrorException'),
  misconfigured: () => cognitoError('ResourceNotFoundException', 'User pool client does not exist.'),
};

export type { AuthState };
