/**
 * The story backend with the account operations (src/core/account-port.ts), for `<auth-account>`:
 * the signed-in person's profile, passkeys and remembered devices come from the fixtures below and
 * change as the person changes them (per instance). No AWS account, no server, no network. Two
 * story-only switches hold a state still: operations that never answer (loading, pending) and
 * operations whose first call fails (a failed load, then "Try again").
 */
import type { AccountProfile, MfaSetting, RememberedDevice } from '../../src/core/account-port.js';
import type { CallOptions, CodeDelivery, MfaType, Passkey } from '../../src/core/backend.js';
import { AuthError, KIT_ERROR_NAMES } from '../../src/core/errors.js';
import { LONG_USERNAME, SMS_DELIVERY } from './fixtures.js';
import { answerAfter, checkCode, checkPolicy, EXPIRED_CODE, maskEmail, RIGHT_CODE, StoryBackend, TOTP_SECRET, type StoryBackendOptions } from './story-backend.js';

/** The operations a story can hold still or fail once. */
export const ACCOUNT_OPERATIONS = [
  'getProfile',
  'changePassword',
  'updateAttributes',
  'sendAttributeCode',
  'verifyAttribute',
  'setMfaPreference',
  'startTotpSetup',
  'finishTotpSetup',
  'listPasskeys',
  'startPasskeyRegistration',
  'deletePasskey',
  'listDevices',
  'forgetDevice',
  'deleteAccount',
] as const;
export type AccountOperation = (typeof ACCOUNT_OPERATIONS)[number];

const ANA: AccountProfile = {
  username: 'ana',
  attributes: {
    sub: 'sub-ana',
    name: 'Ana Lima',
    email: 'ana@example.com',
    email_verified: 'true',
    phone_number: '+15550100199',
    phone_number_verified: 'false',
  },
  mfa: { enabled: [] },
};

/** The signed-in person ("ana"), as `GetUser` would describe her. */
export const PROFILES = {
  /** Email verified, phone number not; no MFA. */
  ana: ANA,
  /** A new email not verified yet, the phone number verified. */
  emailUnverified: { ...ANA, attributes: { ...ANA.attributes, email_verified: 'false', phone_number_verified: 'true' } },
  /** Both contacts verified; no MFA. */
  allVerified: { ...ANA, attributes: { ...ANA.attributes, phone_number_verified: 'true' } },
  /** Both contacts verified; the authenticator app asked for first, text messages on. */
  mfaOn: { ...ANA, attributes: { ...ANA.attributes, phone_number_verified: 'true' }, mfa: { enabled: ['TOTP', 'SMS'], preferred: 'TOTP' } },
  /** An email longer than a phone's width, no name. */
  long: { ...ANA, attributes: { sub: 'sub-ana', email: LONG_USERNAME, email_verified: 'true' } },
} satisfies Record<string, AccountProfile>;
export type ProfileName = keyof typeof PROFILES;

const DAY = 86_400_000;
/** A fixed "now", so dates read the same in every run. */
const NOW = Date.UTC(2025, 4, 12, 9, 30);

export const PASSKEY_LISTS = {
  none: [],
  two: [
    { id: 'cGFzc2tleS1pY2xvdWQ', name: 'iCloud Keychain', createdAt: NOW - 40 * DAY, attachment: 'platform' },
    { id: 'cGFzc2tleS15dWJp', name: 'YubiKey 5 NFC', createdAt: NOW - 3 * DAY, attachment: 'cross-platform' },
  ],
} satisfies Record<string, Passkey[]>;

export const DEVICE_LISTS = {
  none: [],
  two: [
    { key: 'us-east-1_7c1d4a', name: 'Chrome on macOS', lastUsedAt: NOW, createdAt: NOW - 90 * DAY, remembered: true, current: true },
    { key: 'us-east-1_a93f02', name: 'Safari on iPhone', lastUsedAt: NOW - 6 * DAY, createdAt: NOW - 30 * DAY, remembered: true, current: false },
  ],
} satisfies Record<string, RememberedDevice[]>;

/** The account operations' script, for people: shown in the account page's docs. */
export const ACCOUNT_SCRIPT: readonly (readonly [string, string])[] = [
  ['current password "wrong"', 'not right (at the field)'],
  ['new password "weak"', 'fails the password policy'],
  ['phone number without a leading +', 'refused as malformed'],
  [`code ${RIGHT_CODE}`, 'right (contact verification, authenticator app)'],
  [`code ${EXPIRED_CODE}`, 'expired'],
  ['any other code', 'wrong'],
  ['everything else', 'works, and the page shows the change'],
];

export const ACCOUNT_SCRIPT_MARKDOWN = [
  '| You do | What happens |',
  '|---|---|',
  ...ACCOUNT_SCRIPT.map(([what, happens]) => `| ${what} | ${happens} |`),
].join('\n');

export interface StoryAccountBackendOptions extends StoryBackendOptions {
  profile?: AccountProfile;
  passkeys?: readonly Passkey[];
  devices?: readonly RememberedDevice[];
  /** Story only: these operations never answer (their loading or pending state stays on screen). */
  neverAnswers?: readonly AccountOperation[];
  /** Story only: the first call of each of these fails with a network error; the next ones work. */
  failsOnce?: readonly AccountOperation[];
}

interface Profile {
  username: string;
  attributes: Record<string, string>;
  mfa: { enabled: MfaType[]; preferred?: MfaType };
}

export class StoryAccountBackend extends StoryBackend {
  readonly profile: Profile;
  passkeyList: Passkey[];
  deviceList: RememberedDevice[];
  readonly neverAnswers: Set<AccountOperation>;
  readonly failsOnce: Set<AccountOperation>;

  constructor(options: StoryAccountBackendOptions = {}) {
    super(options);
    const profile = options.profile ?? ANA;
    this.profile = { username: profile.username, attributes: { ...profile.attributes }, mfa: { enabled: [...profile.mfa.enabled], preferred: profile.mfa.preferred } };
    this.passkeyList = [...(options.passkeys ?? [])];
    this.deviceList = [...(options.devices ?? [])];
    this.neverAnswers = new Set(options.neverAnswers);
    this.failsOnce = new Set(options.failsOnce);
  }

  /** One account operation: held still, failed once, or answered after the latency. */
  #call<T>(operation: AccountOperation, options: CallOptions | undefined, work: () => T): Promise<T> {
    if (this.neverAnswers.has(operation)) {
      return new Promise((_resolve, reject) =>
        options?.signal?.addEventListener('abort', () => reject(new AuthError(KIT_ERROR_NAMES.aborted, 'The request was aborted.'))),
      );
    }
    if (this.failsOnce.delete(operation)) {
      return answerAfter(this.latency, options, () => {
        throw new AuthError(KIT_ERROR_NAMES.network, 'Failed to fetch');
      });
    }
    return answerAfter(this.latency, options, work);
  }

  getProfile(options?: CallOptions): Promise<AccountProfile> {
    return this.#call('getProfile', options, () => ({
      username: this.profile.username,
      attributes: { ...this.profile.attributes },
      mfa: { enabled: [...this.profile.mfa.enabled], ...(this.profile.mfa.preferred && { preferred: this.profile.mfa.preferred }) },
    }));
  }

  changePassword(input: { current: string; proposed: string }, options?: CallOptions): Promise<void> {
    return this.#call('changePassword', options, () => {
      if (input.current === 'wrong') throw new AuthError('NotAuthorizedException', 'Incorrect username or password.');
      checkPolicy(input.proposed);
    });
  }

  updateAttributes(attributes: Readonly<Record<string, string>>, options?: CallOptions): Promise<CodeDelivery[]> {
    return this.#call('updateAttributes', options, () => {
      const phone = attributes.phone_number;
      if (phone && !phone.startsWith('+')) throw new AuthError('InvalidParameterException', 'Invalid phone number format.');
      const deliveries: CodeDelivery[] = [];
      for (const [name, value] of Object.entries(attributes)) {
        if (value === '') {
          delete this.profile.attributes[name];
          delete this.profile.attributes[`${name}_verified`];
          continue;
        }
        this.profile.attributes[name] = value;
        if (name === 'email' || name === 'phone_number') {
          this.profile.attributes[`${name}_verified`] = 'false';
          deliveries.push(this.#delivery(name));
        }
      }
      return deliveries;
    });
  }

  sendAttributeCode(name: string, options?: CallOptions): Promise<CodeDelivery> {
    return this.#call('sendAttributeCode', options, () => this.#delivery(name));
  }

  verifyAttribute(input: { name: string; code: string }, options?: CallOptions): Promise<void> {
    return this.#call('verifyAttribute', options, () => {
      checkCode(input.code);
      this.profile.attributes[`${input.name}_verified`] = 'true';
    });
  }

  setMfaPreference(settings: Partial<Record<MfaType, MfaSetting>>, options?: CallOptions): Promise<void> {
    return this.#call('setMfaPreference', options, () => {
      const mfa = this.profile.mfa;
      for (const [type, setting] of Object.entries(settings) as [MfaType, MfaSetting][]) {
        mfa.enabled = mfa.enabled.filter((enabled) => enabled !== type);
        if (setting !== 'off') mfa.enabled.push(type);
        if (setting === 'preferred') mfa.preferred = type;
        else if (mfa.preferred === type) mfa.preferred = undefined;
      }
    });
  }

  startTotpSetup(options?: CallOptions): Promise<{ secretCode: string }> {
    return this.#call('startTotpSetup', options, () => ({ secretCode: TOTP_SECRET }));
  }

  finishTotpSetup(input: { code: string }, options?: CallOptions): Promise<void> {
    return this.#call('finishTotpSetup', options, () => {
      if (input.code !== RIGHT_CODE) throw new AuthError('EnableSoftwareTokenMFAException', 'Code mismatch');
      if (!this.profile.mfa.enabled.includes('TOTP')) this.profile.mfa.enabled.push('TOTP');
    });
  }

  override listPasskeys(options?: CallOptions): Promise<Passkey[]> {
    return this.#call('listPasskeys', options, () => [...this.passkeyList]);
  }

  override startPasskeyRegistration(options?: CallOptions): Promise<Record<string, unknown>> {
    return this.neverAnswers.has('startPasskeyRegistration') || this.failsOnce.has('startPasskeyRegistration')
      ? this.#call('startPasskeyRegistration', options, () => ({}))
      : super.startPasskeyRegistration(options);
  }

  override completePasskeyRegistration(_credential: Record<string, unknown>, options?: CallOptions): Promise<void> {
    return answerAfter(this.latency, options, () => {
      this.passkeyList.push({ id: `cGFzc2tleS0${this.passkeyList.length}`, name: 'Chrome on macOS', createdAt: NOW, attachment: 'platform' });
    });
  }

  deletePasskey(id: string, options?: CallOptions): Promise<void> {
    return this.#call('deletePasskey', options, () => {
      this.passkeyList = this.passkeyList.filter((passkey) => passkey.id !== id);
    });
  }

  listDevices(options?: CallOptions): Promise<RememberedDevice[]> {
    return this.#call('listDevices', options, () => [...this.deviceList]);
  }

  forgetDevice(key: string, options?: CallOptions): Promise<void> {
    return this.#call('forgetDevice', options, () => {
      this.deviceList = this.deviceList.filter((device) => device.key !== key);
    });
  }

  deleteAccount(options?: CallOptions): Promise<void> {
    return this.#call('deleteAccount', options, () => undefined);
  }

  #delivery(name: string): CodeDelivery {
    return name === 'email' ? maskEmail(this.profile.attributes.email ?? '') : SMS_DELIVERY;
  }
}
