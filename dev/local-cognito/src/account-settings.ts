/**
 * Settings of the signed-in account operations (docs/cognito.md §8.6): the pool's
 * `UserAttributeUpdateSettings.AttributesRequireVerificationBeforeUpdate`, and what Cognito's
 * documentation leaves open about attribute-verification codes and ChangePassword's limit.
 */
import { listRule, numberRule, type Rules } from './setting-rules.js';

/** The attributes a verification code proves (and the only ones that may wait for one). */
export const CONTACT_ATTRIBUTES = ['email', 'phone_number'] as const;
export type ContactAttribute = (typeof CONTACT_ATTRIBUTES)[number];

export interface AccountTunables {
  /** A new value of these stays pending (the old one live) until VerifyUserAttribute; [] = it replaces the old one at once. */
  attributesRequireVerificationBeforeUpdate: ContactAttribute[];
  /** How long an attribute-verification code works (UpdateUserAttributes, GetUserAttributeVerificationCode). */
  attributeCodeTtlSeconds: number;
  /** Wrong previous passwords in a row before ChangePassword answers LimitExceededException (for `lockoutSeconds`). */
  changePasswordAttempts: number;
}

export const ACCOUNT_RULES: Rules<AccountTunables> = {
  attributesRequireVerificationBeforeUpdate: listRule('ATTRIBUTES_REQUIRE_VERIFICATION_BEFORE_UPDATE', CONTACT_ATTRIBUTES, [], true),
  attributeCodeTtlSeconds: numberRule('ATTRIBUTE_CODE_TTL_SECONDS', 24 * 3600, 0),
  changePasswordAttempts: numberRule('CHANGE_PASSWORD_ATTEMPTS', 5, 1, 1000, true),
};
