/**
 * The account page's English strings (`<auth-account>`), a catalogue of its own so that pages with
 * only `<auth-flow>` never load them. Other locales implement `AccountMessages` (any missing key
 * falls back to English); the sign-in catalogue (i18n/en.ts) supplies field labels, codes and errors.
 */
import type { AccountView } from '../../core/account-views.js';
import type { AccountNotice, AccountReason } from '../../core/account-controller.js';

type RequiredKeys = `account.heading.${AccountView}` | `account.notice.${AccountNotice}` | `account.error.${AccountReason}`;

export const accountEn = {
  'account.heading.overview': 'Your account',
  'account.heading.changePassword': 'Change your password',
  'account.heading.editProfile': 'Edit your profile',
  'account.heading.verifyContact': 'Enter the verification code',
  'account.heading.signInMethods': 'Two-step verification',
  'account.heading.setUpTotp': 'Set up an authenticator app',
  'account.heading.passkeys': 'Passkeys',
  'account.heading.devices': 'Remembered devices',
  'account.heading.deleteAccount': 'Delete your account',

  'account.signedOut': 'Sign in to manage your account.',
  'account.loading': 'Loading…',
  'account.retry': 'Try again',
  'account.back': 'Back to your account',
  'account.save': 'Save',
  'account.saving': 'Saving…',
  'account.notSet': 'Not set',
  'account.verified': 'Verified',
  'account.unverified': 'Not verified',
  'account.verify': (field: string) => `Verify ${field}`,
  'account.profile': 'Profile',
  'account.security': 'Security',
  'account.open.editProfile': 'Edit profile',
  'account.open.changePassword': 'Change password',
  'account.open.signInMethods': 'Two-step verification',
  'account.open.passkeys': 'Passkeys',
  'account.open.devices': 'Remembered devices',
  'account.open.deleteAccount': 'Delete account',
  'account.signOutEverywhere': 'Sign out on all devices',

  'account.field.currentPassword': 'Current password',
  'account.changePassword.submit': 'Change password',

  'account.verify.intro': (field: string) => `Your new ${field} is used once it is verified; until then, the old one keeps working.`,
  'account.verify.submit': 'Verify',
  'account.verify.later': 'Verify later',

  'account.mfa.intro': 'A code from one of these methods is asked for after your password.',
  'account.mfa.on': 'On',
  'account.mfa.off': 'Off',
  'account.mfa.preferred': 'On, asked for first',
  'account.mfa.turnOn': (method: string) => `Turn on ${method}`,
  'account.mfa.turnOff': (method: string) => `Turn off ${method}`,
  'account.mfa.prefer': (method: string) => `Ask for ${method} first`,
  'account.mfa.setUpTotp': 'Set up an authenticator app',
  'account.mfa.needsVerified': (field: string) => `Needs a verified ${field} in your profile.`,

  'account.passkeys.intro': 'Passkeys let you sign in with your fingerprint, face or screen lock instead of a password.',
  'account.passkeys.none': 'You have no passkeys yet.',
  'account.passkeys.add': 'Add a passkey',
  'account.passkeys.adding': 'Follow your browser’s instructions…',
  'account.passkeys.created': (date: string) => `Added ${date}`,
  'account.passkeys.delete': (name: string) => `Delete ${name}`,

  'account.devices.intro': 'On a remembered device you sign in without the second step.',
  'account.devices.none': 'No devices are remembered.',
  'account.devices.thisDevice': 'This device',
  'account.devices.lastUsed': (date: string) => `Last used ${date}`,
  'account.devices.forget': (name: string) => `Forget ${name}`,

  'account.delete.warning': 'Your account and everything in it will be deleted. This cannot be undone.',
  'account.delete.confirmLabel': (name: string) => `To confirm, type ${name}`,
  'account.delete.submit': 'Delete my account',
  'account.delete.pending': 'Deleting…',

  'account.notice.passwordChanged': 'Your password was changed.',
  'account.notice.profileSaved': 'Your profile was saved.',
  'account.notice.contactVerified': 'Verified. You can use it from now on.',
  'account.notice.codeResent': 'We sent a new code.',
  'account.notice.mfaUpdated': 'Two-step verification was updated.',
  'account.notice.totpEnabled': 'Your authenticator app is set up and asked for at sign-in.',
  'account.notice.passkeyAdded': 'Your passkey was added.',
  'account.notice.passkeyDeleted': 'The passkey was deleted.',
  'account.notice.deviceForgotten': 'The device was forgotten. It will be asked for the second step again.',

  'account.error.wrongCurrentPassword': 'Your current password is not right.',
  'account.error.confirmationMismatch': 'That does not match. Type it exactly as shown.',
  'account.error.nothingChanged': 'Nothing has changed.',
} satisfies Record<RequiredKeys, string> & Record<string, string | ((...args: never[]) => string)>;

type Catalogue = typeof accountEn;

/** The shape every account locale implements: same keys, same interpolation arguments. */
export type AccountMessages = {
  [K in keyof Catalogue]: Catalogue[K] extends (...args: infer A) => string ? (...args: A) => string : string;
};

export type AccountMessageKey = keyof AccountMessages;
