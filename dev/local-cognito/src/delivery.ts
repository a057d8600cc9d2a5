/** Where a code goes (email or SMS) and how Cognito masks the destination in CodeDeliveryDetails. */
import { attribute, type PoolOptions, type StoredUser } from './user-store.js';

export type Medium = 'EMAIL' | 'SMS';

export interface Delivery {
  AttributeName: 'email' | 'phone_number';
  DeliveryMedium: Medium;
  /** Unmasked: only the outbox sees it. */
  Destination: string;
}

/** `demo@example.com` → `d***@e***` (Cognito shows the first letter of each part). */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at < 1) return `${email.slice(0, 1)}***`;
  return `${email[0]}***@${email[at + 1] ?? ''}***`;
}

/** `+15555550123` → `+*******0123`. */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  return `+${'*'.repeat(Math.max(0, digits.length - 4))}${digits.slice(-4)}`;
}

export function codeDeliveryDetails(delivery: Delivery) {
  return {
    AttributeName: delivery.AttributeName,
    DeliveryMedium: delivery.DeliveryMedium,
    Destination: delivery.DeliveryMedium === 'SMS' ? maskPhone(delivery.Destination) : maskEmail(delivery.Destination),
  };
}

function email(user: StoredUser): Delivery | undefined {
  const value = attribute(user, 'email');
  return value ? { AttributeName: 'email', DeliveryMedium: 'EMAIL', Destination: value } : undefined;
}

function phone(user: StoredUser): Delivery | undefined {
  const value = attribute(user, 'phone_number');
  return value ? { AttributeName: 'phone_number', DeliveryMedium: 'SMS', Destination: value } : undefined;
}

/** Sign-up codes go to an auto-verified attribute, the phone first (as cognito-local and Cognito do). */
export function signUpDelivery(options: PoolOptions, user: StoredUser): Delivery | undefined {
  const auto = options.AutoVerifiedAttributes ?? [];
  return (auto.includes('phone_number') ? phone(user) : undefined) ?? (auto.includes('email') ? email(user) : undefined);
}

/** Reset codes go to a *verified* contact, in the pool's AccountRecoverySetting order. */
export function recoveryDelivery(options: PoolOptions, user: StoredUser): Delivery | undefined {
  const mechanisms = options.AccountRecoverySetting?.RecoveryMechanisms ?? [
    { Name: 'verified_email', Priority: 1 },
    { Name: 'verified_phone_number', Priority: 2 },
  ];
  for (const { Name } of [...mechanisms].sort((a, b) => a.Priority - b.Priority)) {
    if (Name === 'verified_email' && attribute(user, 'email_verified') === 'true') return email(user);
    if (Name === 'verified_phone_number' && attribute(user, 'phone_number_verified') === 'true') return phone(user);
  }
  return undefined;
}
