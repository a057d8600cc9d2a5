/**
 * A scripted `AuthBackend` for stories only: deterministic answers, no AWS account, no server, no
 * network. It keeps the accounts created in it (per instance) so a designer can sign up, confirm and
 * sign in. The script is in `STORY_SCRIPT` (shown in the flow's docs) and in the code below.
 */
import type {
  AuthBackend,
  Passkey,
  AuthSession,
  CallOptions,
  ChallengeAnswer,
  ChallengeHandle,
  CodeDelivery,
  SignInInput,
  SignInResult,
  SignUpInput,
  SignUpResult,
} from '../../src/core/backend.js';
import { parseChallenge } from '../../src/cognito/challenges.js';
import { AuthError, KIT_ERROR_NAMES } from '../../src/core/errors.js';
import { EMAIL_DELIVERY, SMS_DELIVERY, sessionFor } from './fixtures.js';

export const RIGHT_CODE = '123456';
export const EXPIRED_CODE = '000000';
export const TOTP_SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
/** The custom challenge's public parameters, as a CreateAuthChallenge trigger would set them. */
export const CUSTOM_PARAMETERS = { name: 'arithmetic', prompt: 'What is 3 + 4?', label: 'Your answer', inputmode: 'numeric' };

/** The script, for people: shown beside the whole-flow story and in its docs. */
export const STORY_SCRIPT: readonly (readonly [string, string])[] = [
  [`code ${RIGHT_CODE}`, 'right (sign-up, MFA, app setup, reset)'],
  [`code ${EXPIRED_CODE}`, 'expired'],
  ['any other code', 'wrong'],
  ['password "wrong"', 'incorrect username or password'],
  ['password "weak"', 'fails the password policy (sign-up, new password, reset)'],
  ['sign-up username "taken"', 'already exists'],
  ['sign-up email …@blocked.example', 'refused by the PreSignUp trigger'],
  ['a new account', 'signs in with SMS MFA'],
  ['sign in as "ana" (or any other name)', 'signed in at once'],
  ['"sms", "totp", "email"', 'an MFA code by that method'],
  ['"choose"', 'choose an MFA method'],
  ['"setup", "setup-totp", "setup-email"', 'set up MFA (a choice, an app, email)'],
  ['"newpass"', 'choose a new password (and give a name)'],
  ['"custom"', 'custom challenge "What is 3 + 4?" (answer 7, three rounds)'],
  ['"unconfirmed"', 'not confirmed: a code is sent'],
  ['"reset"', 'must reset the password: a code is sent'],
  ['"disabled", "locked"', 'account disabled; too many attempts'],
  ['"offline"', 'network error'],
  ['"slow"', 'answers after 5 s'],
  ['reset username "novc"', 'no verified email or phone'],
];

export const STORY_SCRIPT_MARKDOWN = [
  '| You type | What happens |',
  '|---|---|',
  ...STORY_SCRIPT.map(([what, happens]) => `| ${what} | ${happens} |`),
].join('\n');

interface Account {
  password: string;
  confirmed: boolean;
  email?: string;
}

/** What the opaque handle hides (a real backend hides Cognito's Session here). */
interface Pending {
  name: string;
  username: string;
  round: number;
}

const handles = new WeakMap<ChallengeHandle, Pending>();

function challenge(name: string, username: string, parameters: Record<string, string> = {}, round = 1, available?: string[]): SignInResult {
  const handle = Object.freeze({}) as ChallengeHandle;
  handles.set(handle, { name, username, round });
  return { kind: 'challenge', challenge: parseChallenge(name, parameters, available), name, parameters, handle };
}

/** `USER_AUTH`: every first factor is offered to everyone here. */
const FACTORS = ['WEB_AUTHN', 'EMAIL_OTP', 'SMS_OTP', 'PASSWORD_SRP', 'PASSWORD'];
const PASSKEY_REQUEST = JSON.stringify({ challenge: 'c3Rvcnk', rpId: 'localhost', allowCredentials: [], userVerification: 'preferred' });

/** The step a `USER_AUTH` factor leads to. */
function factorChallenge(factor: string, username: string): SignInResult {
  if (factor === 'EMAIL_OTP') return challenge('EMAIL_OTP', username, delivery(EMAIL_DELIVERY), 1, FACTORS);
  if (factor === 'SMS_OTP') return challenge('SMS_OTP', username, delivery(SMS_DELIVERY), 1, FACTORS);
  return challenge('WEB_AUTHN', username, { CREDENTIAL_REQUEST_OPTIONS: PASSKEY_REQUEST }, 1, FACTORS);
}

function delivery(d: CodeDelivery): Record<string, string> {
  return { CODE_DELIVERY_DESTINATION: d.destination, CODE_DELIVERY_DELIVERY_MEDIUM: d.medium };
}

export function checkCode(code: string | undefined, mfa = false): void {
  if (code === RIGHT_CODE) return;
  if (code === EXPIRED_CODE) throw new AuthError('ExpiredCodeException', 'Invalid code provided, please request a code again.');
  throw new AuthError('CodeMismatchException', mfa ? 'Invalid code or auth state for the user.' : 'Invalid verification code provided, please try again.');
}

export function checkPolicy(password: string): void {
  if (password === 'weak') {
    throw new AuthError('InvalidPasswordException', 'Password did not conform with policy: Password not long enough');
  }
}

export function maskEmail(email: string): CodeDelivery {
  const [name = '', domain = ''] = email.split('@');
  return { destination: `${name.charAt(0)}***@${domain.charAt(0)}***`, medium: 'EMAIL', attributeName: 'email' };
}

/** `work`'s answer after `latency` ms, or the kit's "aborted" once the call's signal aborts. */
export async function answerAfter<T>(latency: number, options: CallOptions | undefined, work: () => T): Promise<T> {
  const signal = options?.signal;
  if (latency > 0) {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(resolve, latency);
      signal?.addEventListener('abort', () => {
        clearTimeout(timer);
        reject(new AuthError(KIT_ERROR_NAMES.aborted, 'The request was aborted.'));
      });
    });
  }
  if (signal?.aborted) throw new AuthError(KIT_ERROR_NAMES.aborted, 'The request was aborted.');
  return work();
}

export interface StoryBackendOptions {
  /** Milliseconds every answer takes, so pending states are visible (0 in play functions). */
  latency?: number;
}

export class StoryBackend implements AuthBackend {
  latency: number;
  readonly accounts = new Map<string, Account>();
  #session: AuthSession | null = null;

  constructor(options: StoryBackendOptions = {}) {
    this.latency = options.latency ?? 600;
  }

  #answer<T>(options: CallOptions | undefined, work: () => T, latency = this.latency): Promise<T> {
    return answerAfter(latency, options, work);
  }

  signUp(input: SignUpInput, options?: CallOptions): Promise<SignUpResult> {
    return this.#answer(options, () => {
      if (input.username === 'taken' || this.accounts.has(input.username)) {
        throw new AuthError('UsernameExistsException', 'User already exists');
      }
      checkPolicy(input.password);
      const email = input.attributes.email;
      if (email?.endsWith('@blocked.example')) {
        throw new AuthError('UserLambdaValidationException', 'PreSignUp failed with error Sign-ups from blocked.example are closed.');
      }
      this.accounts.set(input.username, { password: input.password, confirmed: false, email });
      const codeDelivery = email ? maskEmail(email) : SMS_DELIVERY;
      return { userConfirmed: false, userSub: `sub-${input.username}`, codeDelivery };
    });
  }

  confirmSignUp(input: { username: string; code: string }, options?: CallOptions): Promise<void> {
    return this.#answer(options, () => {
      const account = this.accounts.get(input.username);
      if (account?.confirmed) throw new AuthError('NotAuthorizedException', 'User cannot be confirmed. Current status is CONFIRMED');
      checkCode(input.code);
      if (account) account.confirmed = true;
    });
  }

  resendSignUpCode(input: { username: string }, options?: CallOptions): Promise<CodeDelivery> {
    return this.#answer(options, () => {
      const email = this.accounts.get(input.username)?.email;
      return email ? maskEmail(email) : EMAIL_DELIVERY;
    });
  }

  signIn(input: SignInInput, options?: CallOptions): Promise<SignInResult> {
    const { username, password = '' } = input;
    return this.#answer(
      options,
      () => {
        if (username === 'offline') throw new AuthError(KIT_ERROR_NAMES.network, 'Failed to fetch');
        if (input.authFlowType === 'USER_AUTH') {
          const preferred = input.preferredChallenge;
          if (preferred === 'PASSWORD' || preferred === 'PASSWORD_SRP') return this.#checkPassword(username, password);
          if (preferred) return factorChallenge(preferred, username);
          return challenge('SELECT_CHALLENGE', username, {}, 1, FACTORS);
        }
        if (password === 'wrong') throw new AuthError('NotAuthorizedException', 'Incorrect username or password.');
        const account = this.accounts.get(username);
        if (account) {
          if (account.password !== password) throw new AuthError('NotAuthorizedException', 'Incorrect username or password.');
          if (!account.confirmed) throw new AuthError('UserNotConfirmedException', 'User is not confirmed.');
          return challenge('SMS_MFA', username, delivery(SMS_DELIVERY));
        }
        switch (username) {
          case 'sms':
            return challenge('SMS_MFA', username, delivery(SMS_DELIVERY));
          case 'totp':
            return challenge('SOFTWARE_TOKEN_MFA', username);
          case 'email':
            return challenge('EMAIL_OTP', username, delivery(EMAIL_DELIVERY));
          case 'choose':
            return challenge('SELECT_MFA_TYPE', username, { MFAS_CAN_CHOOSE: '["SMS_MFA","SOFTWARE_TOKEN_MFA","EMAIL_OTP"]' });
          case 'setup':
            return challenge('MFA_SETUP', username, { MFAS_CAN_SETUP: '["SOFTWARE_TOKEN_MFA","EMAIL_OTP"]' });
          case 'setup-totp':
            return challenge('MFA_SETUP', username, { MFAS_CAN_SETUP: '["SOFTWARE_TOKEN_MFA"]' });
          case 'setup-email':
            return challenge('MFA_SETUP', username, { MFAS_CAN_SETUP: '["EMAIL_OTP"]' });
          case 'newpass':
            return challenge('NEW_PASSWORD_REQUIRED', username, {
              userAttributes: JSON.stringify({ email: 'newpass@example.com', email_verified: 'true' }),
              requiredAttributes: JSON.stringify(['userAttributes.given_name', 'userAttributes.family_name']),
            });
          case 'custom':
            return challenge('CUSTOM_CHALLENGE', username, CUSTOM_PARAMETERS);
          case 'unconfirmed':
            throw new AuthError('UserNotConfirmedException', 'User is not confirmed.');
          case 'reset':
            throw new AuthError('PasswordResetRequiredException', 'Password reset required for the user');
          case 'disabled':
            throw new AuthError('NotAuthorizedException', 'User is disabled.');
          case 'locked':
            throw new AuthError('NotAuthorizedException', 'Password attempts exceeded');
          default:
            return this.#done(username);
        }
      },
      username === 'slow' ? 5000 : this.latency,
    );
  }

  answerChallenge(handle: ChallengeHandle, answer: ChallengeAnswer, options?: CallOptions): Promise<SignInResult> {
    return this.#answer(options, () => {
      const pending = this.#pending(handle);
      handles.delete(handle); // a Session answers once
      const { name, username, round } = pending;
      const retry = (check: () => void) => {
        try {
          check();
        } catch (error) {
          handles.set(handle, pending); // Cognito lets the person try again
          throw error;
        }
      };
      if ('factor' in answer) {
        const { factor, password = '' } = answer;
        return factor === 'PASSWORD' || factor === 'PASSWORD_SRP' ? this.#checkPassword(username, password) : factorChallenge(factor, username);
      }
      switch (name) {
        case 'WEB_AUTHN':
          return this.#done(username);
        case 'SMS_MFA':
        case 'SMS_OTP':
        case 'SOFTWARE_TOKEN_MFA':
        case 'EMAIL_OTP':
          retry(() => checkCode('code' in answer ? answer.code : undefined, true));
          return this.#done(username);
        case 'SELECT_MFA_TYPE':
          if ('mfaType' in answer && answer.mfaType === 'SMS') return challenge('SMS_MFA', username, delivery(SMS_DELIVERY));
          if ('mfaType' in answer && answer.mfaType === 'EMAIL') return challenge('EMAIL_OTP', username, delivery(EMAIL_DELIVERY));
          return challenge('SOFTWARE_TOKEN_MFA', username);
        case 'MFA_SETUP':
          if ('email' in answer) return challenge('EMAIL_OTP', username, delivery(maskEmail(answer.email)));
          // The authenticator app's first code.
          retry(() => {
            if (!('code' in answer) || answer.code !== RIGHT_CODE) throw new AuthError('EnableSoftwareTokenMFAException', 'Code mismatch');
          });
          return this.#done(username);
        case 'NEW_PASSWORD_REQUIRED':
          retry(() => checkPolicy('newPassword' in answer ? answer.newPassword : ''));
          return this.#done(username);
        case 'CUSTOM_CHALLENGE':
          if ('answer' in answer && answer.answer.trim() === '7') return this.#done(username);
          if (round >= 3) throw new AuthError('NotAuthorizedException', 'Incorrect username or password.');
          return challenge('CUSTOM_CHALLENGE', username, CUSTOM_PARAMETERS, round + 1);
        default:
          throw new AuthError(KIT_ERROR_NAMES.unknownChallenge, name);
      }
    });
  }

  resendChallengeCode(handle: ChallengeHandle, options?: CallOptions): Promise<SignInResult> {
    return this.#answer(options, () => {
      const pending = this.#pending(handle);
      handles.delete(handle);
      const medium = pending.name === 'EMAIL_OTP' ? EMAIL_DELIVERY : SMS_DELIVERY;
      return challenge(pending.name, pending.username, delivery(medium));
    });
  }

  associateTotp(handle: ChallengeHandle, options?: CallOptions): Promise<{ secretCode: string }> {
    return this.#answer(options, () => {
      this.#pending(handle);
      return { secretCode: TOTP_SECRET };
    });
  }

  forgotPassword(input: { username: string }, options?: CallOptions): Promise<CodeDelivery> {
    return this.#answer(options, () => {
      if (input.username === 'novc') {
        throw new AuthError(
          'InvalidParameterException',
          'Cannot reset password for the user as there is no registered/verified email or phone_number',
        );
      }
      const email = this.accounts.get(input.username)?.email;
      return email ? maskEmail(email) : EMAIL_DELIVERY;
    });
  }

  confirmForgotPassword(input: { username: string; code: string; password: string }, options?: CallOptions): Promise<void> {
    return this.#answer(options, () => {
      checkCode(input.code);
      checkPolicy(input.password);
      const account = this.accounts.get(input.username);
      if (account) account.password = input.password;
    });
  }

  currentSession(options?: CallOptions): Promise<AuthSession | null> {
    return this.#answer(options, () => this.#session, 0);
  }

  refreshSession(options?: CallOptions): Promise<AuthSession> {
    return this.#answer(options, () => {
      if (!this.#session) throw new AuthError('NotAuthorizedException', 'Refresh Token has been revoked');
      return (this.#session = { ...this.#session, expiresAt: Date.now() + 3_600_000 });
    });
  }

  signOut(_input?: { global?: boolean }, options?: CallOptions): Promise<void> {
    return this.#answer(options, () => {
      this.#session = null;
    });
  }

  #pending(handle: ChallengeHandle): Pending {
    const pending = handles.get(handle);
    if (!pending) throw new AuthError('NotAuthorizedException', 'Invalid session for the user, session is expired.');
    return pending;
  }

  /** A provider sign-in: Ada, through whichever provider the story chose. */
  adoptTokens(tokens: { provider?: string }, options?: CallOptions): Promise<AuthSession> {
    return this.#answer(options, () => (this.#session = sessionFor(`${tokens.provider ?? 'Google'}_ada`, 'ada@example.com')), 0);
  }

  /** A passkey is always there to add, and none is registered yet. */
  startPasskeyRegistration(options?: CallOptions): Promise<Record<string, unknown>> {
    return this.#answer(options, () => ({ challenge: 'c3Rvcnk', rp: { id: 'localhost', name: 'Story' }, user: { id: 'YW5h', name: 'ana', displayName: 'ana' }, pubKeyCredParams: [{ type: 'public-key', alg: -7 }] }));
  }

  completePasskeyRegistration(_credential: Record<string, unknown>, options?: CallOptions): Promise<void> {
    return this.#answer(options, () => undefined);
  }

  listPasskeys(options?: CallOptions): Promise<Passkey[]> {
    return this.#answer(options, () => []);
  }

  #checkPassword(username: string, password: string): SignInResult {
    if (password === 'wrong') throw new AuthError('NotAuthorizedException', 'Incorrect username or password.');
    return this.#done(username);
  }

  #done(username: string): SignInResult {
    const email = this.accounts.get(username)?.email ?? `${username}@example.com`;
    // `unverified`: an email and a phone number, neither verified (the flow offers to verify one).
    this.#session = sessionFor(username, email, username !== 'unverified');
    if (username === 'unverified') Object.assign(this.#session.idTokenClaims, { phone_number: '+15555550199', phone_number_verified: false });
    return { kind: 'done', session: this.#session };
  }

  /** A code to verify a contact; `000000` is the wrong one. */
  sendAttributeCode(name: string, options?: CallOptions): Promise<CodeDelivery> {
    return this.#answer(options, () => (name === 'phone_number' ? SMS_DELIVERY : EMAIL_DELIVERY));
  }

  verifyAttribute(input: { name: string; code: string }, options?: CallOptions): Promise<void> {
    return this.#answer(options, () => {
      if (input.code === '000000') throw new AuthError('CodeMismatchException', 'Invalid verification code provided, please try again.');
    });
  }
}
