/**
 * The step machine: a pure `(state, outcome) → state`. The controller performs the calls and feeds
 * their outcomes here; this file decides which screen comes next. Tested as a step × outcome table.
 */
import type { AuthSession, CodeDelivery, SignInResult, SignUpResult } from './backend.js';
import type { ErrorInfo } from './errors.js';
import { CHALLENGE_STEPS, type AuthState, type EntryStep, type MfaType, type StepData } from './steps.js';

export type Outcome =
  /** A command started; `username` is what the person typed, kept whatever the answer. */
  | { type: 'submitted'; username?: string }
  | { type: 'signInResult'; result: SignInResult }
  | { type: 'signedUp'; username: string; result: SignUpResult }
  | { type: 'signUpConfirmed' }
  | { type: 'codeResent'; codeDelivery: CodeDelivery }
  | { type: 'resetCodeSent'; username: string; codeDelivery: CodeDelivery }
  | { type: 'passwordReset' }
  | { type: 'failed'; error: ErrorInfo }
  | { type: 'signedOut' }
  | { type: 'sessionRestored'; session: AuthSession }
  | { type: 'totpSecretReady'; secretCode: string }
  /** At MFA_SETUP with a choice: the method the person picked (no call; the next screen sets it up). */
  | { type: 'mfaSetupChosen'; mfaType: MfaType }
  | { type: 'navigated'; step: EntryStep; username?: string };

export type OutcomeType = Outcome['type'];

/** Steps that show where a code went, and so can say a new one is on its way. */
const CODE_STEPS: readonly string[] = [
  'confirmSignUp',
  'confirmResetPassword',
  'confirmSignInWithSmsCode',
  'confirmSignInWithEmailCode',
];

const MFA_BY_CHALLENGE: Record<string, MfaType> = {
  SMS_MFA: 'SMS',
  SMS_OTP: 'SMS',
  SOFTWARE_TOKEN_MFA: 'TOTP',
  EMAIL_OTP: 'EMAIL',
};

/** Challenge names the kit has a screen for (PASSWORD_VERIFIER is answered inside backends). */
export const KNOWN_CHALLENGES = [
  'SMS_MFA',
  'SMS_OTP',
  'SOFTWARE_TOKEN_MFA',
  'EMAIL_OTP',
  'SELECT_MFA_TYPE',
  'MFA_SETUP',
  'NEW_PASSWORD_REQUIRED',
  'CUSTOM_CHALLENGE',
] as const;

export function transition(state: AuthState, outcome: Outcome): AuthState {
  const keep = { username: state.username, notice: null, error: null, pending: false };
  switch (outcome.type) {
    case 'submitted':
      return { ...state, pending: true, error: null, notice: null, username: outcome.username ?? state.username };

    case 'signInResult': {
      if (outcome.result.kind === 'done') return { ...keep, step: 'signedIn', session: outcome.result.session };
      const next = stepForChallenge(outcome.result.name, outcome.result.parameters, state);
      if (!next) return { ...state, pending: false, error: unknownChallenge(outcome.result.name) };
      return { ...keep, ...next };
    }

    case 'signedUp':
      if (outcome.result.userConfirmed) {
        return { ...keep, step: 'signIn', username: outcome.username, notice: 'signUpConfirmed' };
      }
      return { ...keep, step: 'confirmSignUp', username: outcome.username, codeDelivery: outcome.result.codeDelivery };

    case 'signUpConfirmed':
      return { ...keep, step: 'signIn', notice: 'signUpConfirmed' };

    case 'codeResent':
      if (CODE_STEPS.includes(state.step)) {
        const next = { ...state, pending: false, error: null, notice: 'codeResent' as const };
        return { ...next, codeDelivery: outcome.codeDelivery } as AuthState;
      }
      return state; // the person moved on; nothing to show

    case 'resetCodeSent':
      return { ...keep, step: 'confirmResetPassword', username: outcome.username, codeDelivery: outcome.codeDelivery };

    case 'passwordReset':
      return { ...keep, step: 'signIn', notice: 'passwordReset' };

    case 'failed':
      return failed(state, outcome.error);

    case 'signedOut':
      return { ...keep, step: 'signIn', notice: 'signedOut' };

    case 'sessionRestored':
      return { ...keep, step: 'signedIn', session: outcome.session, username: outcome.session.username };

    case 'mfaSetupChosen':
      if (state.step !== 'selectMfaSetupType' || !state.allowedMfaTypes.includes(outcome.mfaType)) return state;
      return outcome.mfaType === 'EMAIL' ? { ...keep, step: 'setUpEmail' } : { ...keep, step: 'setUpTotp' };

    case 'totpSecretReady':
      if (state.step !== 'setUpTotp') return state;
      return { ...state, pending: false, secretCode: outcome.secretCode };

    case 'navigated':
      return { ...keep, step: outcome.step, username: outcome.username ?? state.username };
  }
}

function failed(state: AuthState, error: ErrorInfo): AuthState {
  const keep = { username: state.username, notice: null, error: null };
  // Sign-in outcomes that are really steps (COGNITO.md §1.2): the controller sends the code next,
  // so the new screen starts pending.
  if (state.step === 'signIn' && error.code === 'userNotConfirmed') {
    return { ...keep, step: 'confirmSignUp', pending: true };
  }
  if (state.step === 'signIn' && error.code === 'passwordResetRequired') {
    return { ...keep, step: 'confirmResetPassword', pending: true };
  }
  // Tokens revoked or refresh refused while signed in: signed out, and told why.
  if (state.step === 'signedIn' && error.code === 'tokenRevoked') {
    return { ...keep, step: 'signIn', pending: false, error };
  }
  // A challenge Session lasts 3 minutes; past it, start again with the username kept.
  if (CHALLENGE_STEPS.includes(state.step) && error.code === 'sessionExpired') {
    return { ...keep, step: 'signIn', pending: false, error };
  }
  return { ...state, pending: false, error };
}

function stepForChallenge(
  name: string,
  parameters: Readonly<Record<string, string>>,
  state: AuthState,
): StepData | null {
  const codeDelivery = deliveryFrom(parameters);
  switch (name) {
    case 'SMS_MFA':
    case 'SMS_OTP':
      return { step: 'confirmSignInWithSmsCode', codeDelivery };
    case 'SOFTWARE_TOKEN_MFA':
      return { step: 'confirmSignInWithTotpCode' };
    case 'EMAIL_OTP':
      return { step: 'confirmSignInWithEmailCode', codeDelivery };
    case 'SELECT_MFA_TYPE':
      return { step: 'selectMfaType', allowedMfaTypes: mfaTypes(parameters.MFAS_CAN_CHOOSE) };
    case 'MFA_SETUP': {
      // Amplify offers only TOTP and EMAIL for setup; SMS is set up after sign-in.
      const canSetUp = mfaTypes(parameters.MFAS_CAN_SETUP).filter((type) => type !== 'SMS');
      if (canSetUp.length > 1) return { step: 'selectMfaSetupType', allowedMfaTypes: canSetUp };
      if (canSetUp[0] === 'EMAIL') return { step: 'setUpEmail' };
      return { step: 'setUpTotp' };
    }
    case 'NEW_PASSWORD_REQUIRED':
      return { step: 'newPasswordRequired', missingAttributes: missingAttributes(parameters) };
    case 'CUSTOM_CHALLENGE':
      return {
        step: 'customChallenge',
        parameters,
        round: state.step === 'customChallenge' ? state.round + 1 : 1,
      };
    default:
      return null;
  }
}

function unknownChallenge(name: string): ErrorInfo {
  return { code: 'unknownChallenge', name, retryable: false };
}

function deliveryFrom(parameters: Readonly<Record<string, string>>): CodeDelivery | undefined {
  const destination = parameters.CODE_DELIVERY_DESTINATION;
  if (!destination) return undefined;
  const medium = parameters.CODE_DELIVERY_DELIVERY_MEDIUM;
  return { destination, medium: medium === 'SMS' || medium === 'EMAIL' ? medium : 'UNKNOWN' };
}

function parseJsonList(value: string | undefined): string[] {
  if (!value) return [];
  try {
    const parsed: unknown = JSON.parse(value);
    return Array.isArray(parsed) ? parsed.filter((item): item is string => typeof item === 'string') : [];
  } catch {
    return [];
  }
}

function mfaTypes(value: string | undefined): MfaType[] {
  const types = parseJsonList(value)
    .map((name) => MFA_BY_CHALLENGE[name])
    .filter((type): type is MfaType => type !== undefined);
  return [...new Set(types)];
}

/** Required attributes Cognito reports (`userAttributes.<name>`) that the user has no value for yet. */
function missingAttributes(parameters: Readonly<Record<string, string>>): string[] {
  let current: Record<string, unknown> = {};
  try {
    current = JSON.parse(parameters.userAttributes ?? '{}') as Record<string, unknown>;
  } catch {
    current = {};
  }
  return parseJsonList(parameters.requiredAttributes)
    .map((name) => name.replace(/^userAttributes\./, ''))
    .filter((name) => current[name] === undefined || current[name] === '');
}
