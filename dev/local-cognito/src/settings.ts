/**
 * The proxy's settings. Fixed ones come from the environment (launch.mjs sets them); the tunables
 * (lifetimes, lockout, pool MFA) start from the environment too and can be changed at run time
 * through `PUT /_local/settings`, `DELETE /_local/settings` restoring the start values.
 */
import { ACCOUNT_RULES, type AccountTunables } from './account-settings.js';
import { DEVICE_RULES, type DeviceTunables } from './device-settings.js';
import { TOKEN_RULES, type TokenTunables } from './token-settings.js';
import { errors } from './errors.js';
import { mergeOAuthClients, oauthClientsFromEnv, type OAuthClients, type OAuthClientSeed } from './oauth/app-client-settings.js';
import { MANAGED_LOGIN_RULES, type ManagedLoginTunables } from './oauth/managed-login-settings.js';
import { PASSKEY_RULES, type PasskeyTunables } from './passkey-settings.js';
import { startValues, type Rules } from './setting-rules.js';
import { USER_AUTH_RULES, type UserAuthTunables } from './user-auth-settings.js';

export type MfaConfiguration = 'OFF' | 'OPTIONAL' | 'ON';

/** What `/_local/settings` reads and writes. */
export interface Tunables extends UserAuthTunables, PasskeyTunables, ManagedLoginTunables, DeviceTunables, AccountTunables, TokenTunables {
  /** Overrides every app client's AuthSessionValidity (3–15 min) when set; null = the client's. */
  authSessionTtlSeconds: number | null;
  /** SMS_MFA / EMAIL_OTP code lifetime; default 3 minutes, as long as a default session. */
  mfaCodeTtlSeconds: number;
  signUpCodeTtlSeconds: number;
  resetCodeTtlSeconds: number;
  /** Consecutive wrong passwords before "Password attempts exceeded". */
  lockoutAttempts: number;
  /** How long the lockout lasts after the latest wrong password. */
  lockoutSeconds: number;
  /** The pool's MFA setting as the proxy enforces it (cognito-local's own pool stays OFF). */
  mfaConfiguration: MfaConfiguration;
  /** Refresh tokens cognito-local keeps per user; older ones are dropped (refresh-token-trim.ts). */
  maxRefreshTokensPerUser: number;
  /** Per app client id, as Cognito's RefreshTokenRotation client setting; absent = DISABLED. */
  refreshTokenRotation: Record<string, RefreshTokenRotation>;
  /** Per app client id, the managed-login (OAuth) fields of the client (oauth/app-client-settings.ts). */
  oauthClients: OAuthClients;
}

/** Cognito's `RefreshTokenRotation` app-client setting (CreateUserPoolClient / UpdateUserPoolClient). */
export interface RefreshTokenRotation {
  Feature: 'ENABLED' | 'DISABLED';
  /** 0–60: how long a replaced refresh token still works. */
  RetryGracePeriodSeconds: number;
}

function rotationSettings(value: unknown): Record<string, RefreshTokenRotation> {
  const bad = (why: string) => errors.invalidParameter(`refreshTokenRotation ${why}`);
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw bad('must be an object keyed by client id');
  const result: Record<string, RefreshTokenRotation> = {};
  for (const [clientId, setting] of Object.entries(value)) {
    const { Feature, RetryGracePeriodSeconds = 0, ...rest } = (setting ?? {}) as Partial<RefreshTokenRotation>;
    if (Feature !== 'ENABLED' && Feature !== 'DISABLED') throw bad(`.${clientId}.Feature must be ENABLED or DISABLED`);
    if (!Number.isInteger(RetryGracePeriodSeconds) || RetryGracePeriodSeconds < 0 || RetryGracePeriodSeconds > 60) {
      throw bad(`.${clientId}.RetryGracePeriodSeconds must be an integer from 0 to 60`);
    }
    if (Object.keys(rest).length) throw bad(`.${clientId} has unknown fields: ${Object.keys(rest).join(', ')}`);
    result[clientId] = { Feature, RetryGracePeriodSeconds };
  }
  return result;
}

/** The client's rotation setting in force; DISABLED unless set. */
export function rotationFor(tunables: Tunables, clientId: string): RefreshTokenRotation {
  return tunables.refreshTokenRotation[clientId] ?? { Feature: 'DISABLED', RetryGracePeriodSeconds: 0 };
}

export interface Settings {
  host: string;
  port: number;
  upstreamUrl: string;
  /** launch.mjs's per-launch token that cognito-local echoes (child-identity.cjs); unset = unchecked. */
  upstreamToken?: string;
  stateDir: string;
  quiet: boolean;
  fixedCode?: string;
  /** Module with the Define/Create/VerifyAuthChallenge triggers; default triggers/custom-auth.ts. */
  customAuthModule?: string;
  tunables: Tunables;
}

const NUMBER_KEYS = ['mfaCodeTtlSeconds', 'signUpCodeTtlSeconds', 'resetCodeTtlSeconds', 'lockoutAttempts', 'lockoutSeconds', 'maxRefreshTokensPerUser'] as const;
/** Settings that count something and so must be at least 1. */
const AT_LEAST_ONE: readonly string[] = ['lockoutAttempts', 'maxRefreshTokensPerUser'];
const MFA_CONFIGURATIONS: readonly MfaConfiguration[] = ['OFF', 'OPTIONAL', 'ON'];
/** The settings declared as rules (setting-rules.ts) rather than one by one below. */
const RULES: Rules<UserAuthTunables & PasskeyTunables & ManagedLoginTunables & DeviceTunables & AccountTunables & TokenTunables> = {
  ...USER_AUTH_RULES,
  ...PASSKEY_RULES,
  ...MANAGED_LOGIN_RULES,
  ...DEVICE_RULES,
  ...ACCOUNT_RULES,
  ...TOKEN_RULES,
};

function nonNegative(value: string | undefined, fallback: number): number;
function nonNegative(value: string | undefined, fallback: null): number | null;
function nonNegative(value: string | undefined, fallback: number | null): number | null {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) throw new Error(`not a non-negative number: ${value}`);
  return n;
}

/** `seed`: the seeded app clients and providers, which start with managed login on. */
export function settingsFromEnv(seed: OAuthClientSeed, env: NodeJS.ProcessEnv = process.env): Settings {
  const required = (name: string) => {
    const value = env[name];
    if (!value) throw new Error(`${name} is required`);
    return value;
  };
  const mfaConfiguration = (env.MFA_CONFIGURATION || 'OPTIONAL') as MfaConfiguration;
  if (!MFA_CONFIGURATIONS.includes(mfaConfiguration)) throw new Error(`MFA_CONFIGURATION must be one of ${MFA_CONFIGURATIONS.join(', ')}`);
  return {
    host: env.HOST || '127.0.0.1',
    port: Number(env.PORT ?? 9330),
    upstreamUrl: required('UPSTREAM_URL').replace(/\/$/, ''),
    upstreamToken: env.UPSTREAM_TOKEN || undefined,
    stateDir: required('STATE_DIR'),
    quiet: env.QUIET === '1' || env.QUIET === 'true',
    fixedCode: env.CODE || undefined,
    customAuthModule: env.CUSTOM_AUTH_TRIGGERS || undefined,
    tunables: {
      authSessionTtlSeconds: nonNegative(env.AUTH_SESSION_TTL_SECONDS, null),
      mfaCodeTtlSeconds: nonNegative(env.MFA_CODE_TTL_SECONDS, 180),
      signUpCodeTtlSeconds: nonNegative(env.SIGN_UP_CODE_TTL_SECONDS, 24 * 3600),
      resetCodeTtlSeconds: nonNegative(env.RESET_CODE_TTL_SECONDS, 3600),
      lockoutAttempts: nonNegative(env.LOCKOUT_ATTEMPTS, 5),
      lockoutSeconds: nonNegative(env.LOCKOUT_SECONDS, 60),
      mfaConfiguration,
      maxRefreshTokensPerUser: nonNegative(env.MAX_REFRESH_TOKENS_PER_USER, 20),
      refreshTokenRotation: env.REFRESH_TOKEN_ROTATION ? rotationSettings(JSON.parse(env.REFRESH_TOKEN_ROTATION)) : {},
      oauthClients: oauthClientsFromEnv(env, seed),
      ...startValues(RULES, env),
    },
  };
}

/** The tunables in force; the operations read `current` on every use, so changes apply at once. */
export class RuntimeSettings {
  current: Tunables;

  constructor(
    private readonly defaults: Tunables,
    /** Provider names `oauthClients` may list in SupportedIdentityProviders. */
    private readonly providerNames: readonly string[] = [],
  ) {
    this.current = { ...defaults };
  }

  /** Applies a partial update; throws InvalidParameterException naming the first bad key. */
  update(patch: unknown): Tunables {
    if (!patch || typeof patch !== 'object' || Array.isArray(patch)) throw errors.invalidParameter('Settings must be a JSON object');
    const next = { ...this.current };
    for (const [key, value] of Object.entries(patch)) {
      if (key === 'authSessionTtlSeconds') {
        if (value !== null && !(typeof value === 'number' && Number.isFinite(value) && value > 0)) {
          throw errors.invalidParameter('authSessionTtlSeconds must be a positive number of seconds, or null');
        }
        next.authSessionTtlSeconds = value;
      } else if ((NUMBER_KEYS as readonly string[]).includes(key)) {
        const minimum = AT_LEAST_ONE.includes(key) ? 1 : 0;
        if (typeof value !== 'number' || !Number.isFinite(value) || value < minimum) {
          throw errors.invalidParameter(`${key} must be a number ≥ ${minimum}`);
        }
        next[key as (typeof NUMBER_KEYS)[number]] = value;
      } else if (key === 'mfaConfiguration') {
        if (!MFA_CONFIGURATIONS.includes(value as MfaConfiguration)) {
          throw errors.invalidParameter(`mfaConfiguration must be one of ${MFA_CONFIGURATIONS.join(', ')}`);
        }
        next.mfaConfiguration = value as MfaConfiguration;
      } else if (key === 'refreshTokenRotation') {
        next.refreshTokenRotation = rotationSettings(value);
      } else if (key === 'oauthClients') {
        next.oauthClients = mergeOAuthClients(next.oauthClients, value, this.defaults.oauthClients, this.providerNames);
      } else if (Object.hasOwn(RULES, key)) {
        const rule = RULES[key as keyof typeof RULES] as Rules<Record<string, unknown>>[string];
        (next as unknown as Record<string, unknown>)[key] = rule.check(value, key);
      } else {
        throw errors.invalidParameter(`Unknown setting ${key}`);
      }
    }
    this.current = next;
    return next;
  }

  reset(): Tunables {
    this.current = { ...this.defaults };
    return this.current;
  }

  /** A challenge Session's lifetime for an app client with this AuthSessionValidity (minutes). */
  sessionTtlMs(validityMinutes = 3): number {
    const override = this.current.authSessionTtlSeconds;
    return override !== null ? override * 1000 : Math.min(15, Math.max(3, validityMinutes)) * 60_000;
  }

  /** The SignUp / ConfirmSignUp Session's lifetime: its own setting, else as a challenge Session. */
  signUpSessionTtlMs(validityMinutes = 3): number {
    const own = this.current.signUpSessionTtlSeconds;
    return own !== null ? own * 1000 : this.sessionTtlMs(validityMinutes);
  }
}
