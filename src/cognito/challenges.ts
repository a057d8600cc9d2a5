/**
 * Cognito's challenges on the wire, both ways, for every backend: a `ChallengeName` and its
 * `ChallengeParameters` become a typed `Challenge`; a typed `ChallengeAnswer` becomes the
 * `ChallengeResponses` keys that challenge expects (docs/cognito.md §3).
 */
import { FIRST_FACTORS, type Challenge, type ChallengeAnswer, type CodeDelivery, type FirstFactor, type MfaType } from '../core/backend.js';
import { AuthError, KIT_ERROR_NAMES } from '../core/errors.js';

const MFA_BY_CHALLENGE: Readonly<Record<string, MfaType>> = {
  SMS_MFA: 'SMS',
  SMS_OTP: 'SMS',
  SOFTWARE_TOKEN_MFA: 'TOTP',
  EMAIL_OTP: 'EMAIL',
};

/** The SELECT_MFA_TYPE answer (and the name Cognito then challenges with) per method. */
export const CHALLENGE_BY_MFA: Readonly<Record<MfaType, string>> = {
  SMS: 'SMS_MFA',
  TOTP: 'SOFTWARE_TOKEN_MFA',
  EMAIL: 'EMAIL_OTP',
};

const CODE_RESPONSE: Readonly<Record<string, string>> = {
  SMS_MFA: 'SMS_MFA_CODE',
  SMS_OTP: 'SMS_OTP_CODE',
  SOFTWARE_TOKEN_MFA: 'SOFTWARE_TOKEN_MFA_CODE',
  EMAIL_OTP: 'EMAIL_OTP_CODE',
};

/** Parameters that name the canonical user; the backend keeps them, the caller never sees them. */
const HIDDEN_PARAMETERS = new Set(['USERNAME', 'USER_ID_FOR_SRP']);

const ATTRIBUTE_PREFIX = 'userAttributes.';

// Cognito refuses a NEW_PASSWORD_REQUIRED answer that echoes attributes no one may write.
const NOT_WRITABLE = new Set(['email_verified', 'phone_number_verified', 'sub']);

const own = <T>(table: Readonly<Record<string, T>>, key: string): T | undefined =>
  Object.hasOwn(table, key) ? table[key] : undefined;

/** The string parameters a caller may see, frozen. */
export function publicParameters(raw: unknown): Readonly<Record<string, string>> {
  const parameters: Record<string, string> = {};
  if (raw && typeof raw === 'object') {
    for (const [key, value] of Object.entries(raw)) {
      if (typeof value === 'string' && !HIDDEN_PARAMETERS.has(key)) parameters[key] = value;
    }
  }
  return Object.freeze(parameters);
}

/**
 * Cognito's challenge, typed; an `UnknownChallengeError` when the kit has no step for it.
 * `available` is the reply's top-level `AvailableChallenges` (`USER_AUTH`, docs/cognito.md §10).
 */
export function parseChallenge(name: string, parameters: Readonly<Record<string, string>>, available?: unknown): Challenge {
  switch (name) {
    case 'SELECT_CHALLENGE':
      return { type: 'selectFactor', factors: firstFactors(available) };
    case 'WEB_AUTHN':
      if (!parameters.CREDENTIAL_REQUEST_OPTIONS) break;
      return { type: 'passkey', requestOptions: parameters.CREDENTIAL_REQUEST_OPTIONS, factors: firstFactors(available) };
    case 'SMS_MFA':
    case 'SMS_OTP':
      return { type: 'smsCode', delivery: deliveryFrom(parameters) };
    case 'SOFTWARE_TOKEN_MFA':
      return { type: 'totpCode' };
    case 'EMAIL_OTP':
      return { type: 'emailCode', delivery: deliveryFrom(parameters) };
    case 'SELECT_MFA_TYPE':
      return { type: 'selectMfa', options: mfaTypes(parameters.MFAS_CAN_CHOOSE) };
    case 'MFA_SETUP':
      return { type: 'setUpMfa', options: mfaTypes(parameters.MFAS_CAN_SETUP) };
    case 'NEW_PASSWORD_REQUIRED':
      return { type: 'newPassword', missingAttributes: missingAttributes(parameters) };
    case 'CUSTOM_CHALLENGE':
      return { type: 'custom', parameters };
  }
  throw new AuthError(KIT_ERROR_NAMES.unknownChallenge, `The kit has no step for the ${name} challenge.`);
}

/** The first factors in `AvailableChallenges` that the kit knows (others are left out). */
function firstFactors(available: unknown): FirstFactor[] {
  const names = Array.isArray(available) ? available : [];
  return FIRST_FACTORS.filter((factor) => names.includes(factor));
}

/**
 * The `ChallengeResponses` (without `USERNAME`, which the backend adds) that answer `name` with
 * `answer`; null when the answer does not fit the challenge.
 */
export function encodeAnswer(name: string, answer: ChallengeAnswer): Record<string, string> | null {
  const codeKey = own(CODE_RESPONSE, name);
  if ('code' in answer && codeKey) return { [codeKey]: answer.code };
  if ('mfaType' in answer && name === 'SELECT_MFA_TYPE') return { ANSWER: CHALLENGE_BY_MFA[answer.mfaType] };
  if ('answer' in answer && name === 'CUSTOM_CHALLENGE') return { ANSWER: answer.answer };
  if ('email' in answer && name === 'MFA_SETUP') return { EMAIL: answer.email };
  if ('credential' in answer && name === 'WEB_AUTHN') return { CREDENTIAL: answer.credential };
  if ('newPassword' in answer && name === 'NEW_PASSWORD_REQUIRED') {
    const responses: Record<string, string> = { NEW_PASSWORD: answer.newPassword };
    for (const [attribute, value] of Object.entries(answer.attributes ?? {})) {
      if (!NOT_WRITABLE.has(attribute) && value !== '') responses[`${ATTRIBUTE_PREFIX}${attribute}`] = value;
    }
    return responses;
  }
  return null;
}

/** An answer that fits no challenge on screen: a programming error in the caller, said plainly. */
export function answerMismatch(name: string): AuthError {
  return new AuthError(KIT_ERROR_NAMES.validation, `That answer does not fit the ${name} challenge.`);
}

/** At MFA setup, a code is the authenticator app's first code: verified, then the setup answered. */
export function isTotpSetupCode(name: string, answer: ChallengeAnswer): answer is { code: string; deviceName?: string } {
  return name === 'MFA_SETUP' && 'code' in answer;
}

/** The attributes of a NEW_PASSWORD_REQUIRED answer, out of its responses (for identity-js). */
export function attributesOf(responses: Readonly<Record<string, string>>): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const [key, value] of Object.entries(responses)) {
    if (key.startsWith(ATTRIBUTE_PREFIX)) attributes[key.slice(ATTRIBUTE_PREFIX.length)] = value;
  }
  return attributes;
}

function deliveryFrom(parameters: Readonly<Record<string, string>>): CodeDelivery | undefined {
  const destination = parameters.CODE_DELIVERY_DESTINATION;
  if (!destination) return undefined;
  const medium = parameters.CODE_DELIVERY_DELIVERY_MEDIUM;
  return { destination, medium: medium === 'SMS' || medium === 'EMAIL' ? medium : 'UNKNOWN' };
}

function parseJson(value: string | undefined): unknown {
  if (!value) return undefined;
  try {
    return JSON.parse(value);
  } catch {
    return undefined;
  }
}

function stringList(value: string | undefined): string[] {
  const parsed = parseJson(value);
  return Array.isArray(parsed) ? parsed.filter((item): item is string => typeof item === 'string') : [];
}

function mfaTypes(value: string | undefined): MfaType[] {
  const types = stringList(value)
    .map((name) => own(MFA_BY_CHALLENGE, name))
    .filter((type): type is MfaType => type !== undefined);
  return [...new Set(types)];
}

/** Required attributes Cognito reports (`userAttributes.<name>`) that the user has no value for yet. */
function missingAttributes(parameters: Readonly<Record<string, string>>): string[] {
  const parsed = parseJson(parameters.userAttributes);
  const current = parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {};
  return stringList(parameters.requiredAttributes)
    .map((name) => (name.startsWith(ATTRIBUTE_PREFIX) ? name.slice(ATTRIBUTE_PREFIX.length) : name))
    .filter((name) => !Object.hasOwn(current, name) || current[name] === '');
}
