/**
 * What a person's answer becomes on the wire: Cognito `ChallengeResponses` for the challenge being
 * answered (COGNITO.md §1.2, last column). `USERNAME` and `SECRET_HASH` are the backend's to add.
 */
import type { MfaType } from './steps.js';
import type { FieldRule } from './validation.js';

export type ChallengeAnswer =
  /** SMS, authenticator-app or email code. */
  | { code: string }
  | { mfaType: MfaType }
  | { newPassword: string; attributes?: Readonly<Record<string, string>> }
  /** A custom challenge's answer. */
  | { answer: string }
  /** The address to set up email MFA with. */
  | { email: string };

const CODE_FIELD: Record<string, string> = {
  SMS_MFA: 'SMS_MFA_CODE',
  SMS_OTP: 'SMS_OTP_CODE',
  SOFTWARE_TOKEN_MFA: 'SOFTWARE_TOKEN_MFA_CODE',
  EMAIL_OTP: 'EMAIL_OTP_CODE',
};

const CHALLENGE_BY_MFA: Record<MfaType, string> = {
  SMS: 'SMS_MFA',
  TOTP: 'SOFTWARE_TOKEN_MFA',
  EMAIL: 'EMAIL_OTP',
};

// Cognito refuses a NEW_PASSWORD_REQUIRED answer that echoes attributes no one may write.
const NOT_WRITABLE = new Set(['email_verified', 'phone_number_verified', 'sub']);

/** Returns null when the answer does not fit the challenge (a programming error in the caller). */
export function challengeResponses(challengeName: string, answer: ChallengeAnswer): Record<string, string> | null {
  if ('code' in answer && CODE_FIELD[challengeName]) return { [CODE_FIELD[challengeName]]: answer.code };
  if ('mfaType' in answer && challengeName === 'SELECT_MFA_TYPE') return { ANSWER: CHALLENGE_BY_MFA[answer.mfaType] };
  if ('answer' in answer && challengeName === 'CUSTOM_CHALLENGE') return { ANSWER: answer.answer };
  if ('email' in answer && challengeName === 'MFA_SETUP') return { EMAIL: answer.email };
  if ('newPassword' in answer && challengeName === 'NEW_PASSWORD_REQUIRED') {
    const responses: Record<string, string> = { NEW_PASSWORD: answer.newPassword };
    for (const [name, value] of Object.entries(answer.attributes ?? {})) {
      if (!NOT_WRITABLE.has(name) && value !== '') responses[`userAttributes.${name}`] = value;
    }
    return responses;
  }
  return null;
}

/** The field checks an answer must pass before it is sent, named as the step's form names them. */
export function answerChecks(answer: ChallengeAnswer): {
  values: Record<string, string>;
  rules: Record<string, FieldRule[]>;
} {
  if ('code' in answer) return { values: { code: answer.code }, rules: { code: ['required', 'code'] } };
  if ('newPassword' in answer) return { values: { password: answer.newPassword }, rules: { password: ['required'] } };
  if ('answer' in answer) return { values: { answer: answer.answer }, rules: { answer: ['required'] } };
  if ('email' in answer) return { values: { email: answer.email }, rules: { email: ['required', 'email'] } };
  return { values: { mfaType: answer.mfaType }, rules: { mfaType: ['required'] } };
}
