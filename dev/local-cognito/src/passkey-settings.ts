/**
 * Settings of passkeys (WebAuthn): the pool's `WebAuthnConfiguration` as the local Cognito plays
 * it, plus what Cognito does not document (allowed origins, challenge lifetime, the error for a bad
 * assertion, the per-user limit). docs/cognito.md §8.4 lists them.
 */
import { errors } from './errors.js';
import { enumRule, numberRule, splitList, type Rules, type SettingRule } from './setting-rules.js';
import { originPatternProblem, relyingPartyIdProblem } from './webauthn-origins.js';

export const USER_VERIFICATION = ['preferred', 'required'] as const;
export const FACTOR_CONFIGURATIONS = ['SINGLE_FACTOR', 'MULTI_FACTOR_WITH_USER_VERIFICATION'] as const;

export interface PasskeyTunables {
  /** `WebAuthnConfiguration.RelyingPartyId`: a host name; the browser tests run on http://localhost. */
  webAuthnRelyingPartyId: string;
  /** Origins a passkey ceremony may come from; null = http://localhost on any port and https://<RP ID>. */
  webAuthnAllowedOrigins: string[] | null;
  /** `WebAuthnConfiguration.UserVerification`. */
  webAuthnUserVerification: (typeof USER_VERIFICATION)[number];
  /** `WebAuthnConfiguration.FactorConfiguration`: with MULTI_FACTOR_WITH_USER_VERIFICATION a verified passkey satisfies MFA. */
  webAuthnFactorConfiguration: (typeof FACTOR_CONFIGURATIONS)[number];
  /** How long a StartWebAuthnRegistration challenge may be completed (a sign-in challenge lives as long as its Session). */
  webAuthnChallengeTtlSeconds: number;
  /** The exception a WEB_AUTHN answer that does not verify gets. */
  webAuthnAssertionError: string;
  /** Passkeys per user; StartWebAuthnRegistration beyond it answers LimitExceededException. */
  maxWebAuthnCredentialsPerUser: number;
}

const relyingPartyIdRule: SettingRule<string> = {
  env: 'WEB_AUTHN_RP_ID',
  fallback: 'localhost',
  fromEnv: (text) => {
    const problem = relyingPartyIdProblem(text);
    if (problem) throw new Error(`WEB_AUTHN_RP_ID ${problem}`);
    return text;
  },
  check: (value, key) => {
    const problem = relyingPartyIdProblem(value);
    if (problem) throw errors.invalidParameter(`${key} ${problem}`);
    return value as string;
  },
};

const allowedOriginsRule: SettingRule<string[] | null> = {
  env: 'WEB_AUTHN_ORIGINS',
  fallback: null,
  fromEnv: (text) => {
    const list = splitList(text);
    const problem = list.map(originPatternProblem).find(Boolean);
    if (problem || !list.length) throw new Error(`WEB_AUTHN_ORIGINS ${problem ?? 'must list at least one origin'}`);
    return list;
  },
  check: (value, key) => {
    if (value === null) return null;
    if (!Array.isArray(value) || !value.length) throw errors.invalidParameter(`${key} must be a non-empty list of origins, or null`);
    const problem = value.map(originPatternProblem).find(Boolean);
    if (problem) throw errors.invalidParameter(`${key} ${problem}`);
    return [...new Set(value as string[])];
  },
};

const exceptionNameRule: SettingRule<string> = {
  env: 'WEB_AUTHN_ASSERTION_ERROR',
  fallback: 'NotAuthorizedException',
  fromEnv: (text) => {
    if (!/^[A-Za-z]+$/.test(text)) throw new Error('WEB_AUTHN_ASSERTION_ERROR must be an exception name');
    return text;
  },
  check: (value, key) => {
    if (typeof value !== 'string' || !/^[A-Za-z]+$/.test(value)) throw errors.invalidParameter(`${key} must be an exception name`);
    return value;
  },
};

export const PASSKEY_RULES: Rules<PasskeyTunables> = {
  webAuthnRelyingPartyId: relyingPartyIdRule,
  webAuthnAllowedOrigins: allowedOriginsRule,
  webAuthnUserVerification: enumRule('WEB_AUTHN_USER_VERIFICATION', USER_VERIFICATION, 'preferred'),
  webAuthnFactorConfiguration: enumRule('WEB_AUTHN_FACTOR_CONFIGURATION', FACTOR_CONFIGURATIONS, 'SINGLE_FACTOR'),
  webAuthnChallengeTtlSeconds: numberRule('WEB_AUTHN_CHALLENGE_TTL_SECONDS', 120, 0),
  webAuthnAssertionError: exceptionNameRule,
  maxWebAuthnCredentialsPerUser: numberRule('MAX_WEB_AUTHN_CREDENTIALS_PER_USER', 20, 1, 1000, true),
};
