/**
 * The English catalogue: every visible string, keyed by what it is for. Error messages are keyed on
 * the kit's error code (core/errors.ts), never on Cognito's English text. Other locales implement
 * `Messages` (any missing key falls back to English).
 */
import type { CodeDelivery } from '../core/backend.js';
import type { ErrorCode } from '../core/errors.js';
import type { StepHeadingKey } from '../core/step-table.js';
import type { Notice } from '../core/steps.js';

/** The key families the kit looks up by code, step or notice: every catalogue must have them all. */
type RequiredKeys = StepHeadingKey | `error.${ErrorCode}` | `notice.${Notice}`;

const codeSent = ({ destination, medium }: CodeDelivery): string =>
  medium === 'SMS'
    ? `We sent a code by text message to ${destination}.`
    : medium === 'EMAIL'
      ? `We sent a code by email to ${destination}.`
      : `We sent a code to ${destination}.`;

export const en = {
  'flow.pending': 'Please wait…',
  'flow.backToSignIn': 'Back to sign in',
  'flow.retry': 'Try again',
  'flow.expiring': 'This step ends in 30 seconds. Finish it now, or you will need to sign in again.',

  'field.username': 'Username',
  'field.password': 'Password',
  'field.newPassword': 'New password',
  'field.email': 'Email',
  'field.phone_number': 'Phone number',
  'field.name': 'Full name',
  'field.given_name': 'First name',
  'field.family_name': 'Last name',
  'field.nickname': 'Nickname',
  'field.preferred_username': 'Preferred username',
  'field.birthdate': 'Date of birth',
  'field.address': 'Address',
  'field.website': 'Website',
  'field.code': 'Code',
  'field.optional': (label: string) => `${label} (optional)`,
  'field.phoneHint': 'With the country code, for example +1 555 010 0199.',
  'field.codeHint': 'Paste or type the code; spaces are ignored.',
  'field.emailOrPhone': 'Email or phone number',
  'field.emailOrPhoneHint': 'A phone number starts with its country code, for example +1 555 010 0199.',
  'password.show': 'Show password',
  'password.rules': 'Your password needs',
  'password.rule.minLength': (length: number) => `at least ${length} characters`,
  'password.rule.lowercase': 'a lowercase letter',
  'password.rule.uppercase': 'an uppercase letter',
  'password.rule.numbers': 'a number',
  'password.rule.symbols': 'a symbol, such as ! or #',
  'password.ruleMet': 'done',
  'password.ruleUnmet': 'still needed',
  'password.stillNeeds': (rules: string) => `Your password still needs ${rules}.`,
  'password.allMet': 'Your password meets every rule.',

  'signIn.heading': 'Sign in',
  'signIn.submit': 'Sign in',
  'signIn.pending': 'Signing in…',
  'signIn.forgotPassword': 'Forgot your password?',
  'signIn.noAccount': 'No account yet?',
  'signIn.toSignUp': 'Create an account',

  'signUp.heading': 'Create your account',
  'signUp.submit': 'Create account',
  'signUp.pending': 'Creating your account…',
  'signUp.haveAccount': 'Already have an account?',
  'signUp.toSignIn': 'Sign in',

  'confirmSignUp.heading': 'Confirm your account',
  'confirmSignUp.intro': 'Enter the confirmation code we sent you.',
  'confirmSignUp.submit': 'Confirm',
  'confirmSignUp.pending': 'Confirming…',
  'code.resend': 'Send a new code',
  'code.sent': codeSent,

  'mfa.smsHeading': 'Enter the code we texted you',
  'mfa.totpHeading': 'Enter the code from your authenticator app',
  'mfa.totpIntro': 'Open your authenticator app and enter the 6-digit code it shows for this account.',
  'mfa.emailHeading': 'Check your email',
  'mfa.submit': 'Verify',
  'mfa.pending': 'Verifying…',
  'mfa.type.SMS': 'Text message (SMS)',
  'mfa.type.TOTP': 'Authenticator app',
  'mfa.type.EMAIL': 'Email',
  'mfaSelect.heading': 'Choose how to verify it’s you',
  'mfaSelect.legend': 'Send a code by',
  'mfaSelect.submit': 'Continue',
  'mfaSetupSelect.heading': 'Set up two-step verification',
  'mfaSetupSelect.legend': 'Verify your sign-ins with',

  'totpSetup.heading': 'Set up your authenticator app',
  'totpSetup.scan': 'Scan this QR code with your authenticator app, or enter the setup key by hand.',
  'totpSetup.qr': 'QR code to add this account to an authenticator app',
  'totpSetup.key': 'Setup key',
  'totpSetup.copy': 'Copy key',
  'totpSetup.copied': 'Setup key copied.',
  'totpSetup.copyFailed': 'Could not copy. Select the key and copy it yourself.',
  'totpSetup.preparing': 'Preparing your setup key…',
  'totpSetup.codeLabel': 'Code from the app',
  'totpSetup.submit': 'Verify and finish',

  'emailSetup.heading': 'Set up email verification',
  'emailSetup.intro': 'We will send a code to this address each time you sign in.',
  'emailSetup.submit': 'Send code',

  'newPassword.heading': 'Choose a new password',
  'newPassword.intro': 'You need to set a new password before you can continue.',
  'newPassword.submit': 'Save and continue',
  'newPassword.pending': 'Saving…',

  'challenge.heading': 'Verify it’s you',
  'challenge.intro': 'Answer to continue signing in.',
  'challenge.submit': 'Continue',
  'field.answer': 'Answer',

  'resetPassword.heading': 'Reset your password',
  'resetPassword.intro': 'Enter your username and we will send you a code to reset your password.',
  'resetPassword.submit': 'Send code',
  'resetPassword.pending': 'Sending…',
  'confirmResetPassword.heading': 'Choose a new password',
  'confirmResetPassword.intro': 'If an account exists for that username, we sent it a code.',
  'confirmResetPassword.submit': 'Change password',
  'confirmResetPassword.pending': 'Changing…',

  'signedIn.heading': 'You are signed in',
  'signedIn.as': (username: string) => `Signed in as ${username}.`,
  'signedIn.email': (email: string) => `Email: ${email}`,
  'signedIn.global': 'Sign out on all devices',
  'signedIn.signOut': 'Sign out',
  'signedIn.pending': 'Signing out…',

  'signIn.continue': 'Continue',
  'factor.heading': 'How do you want to sign in?',
  'factor.legend': 'Sign in with',
  'factor.WEB_AUTHN': 'A passkey',
  'factor.EMAIL_OTP': 'A code sent by email',
  'factor.SMS_OTP': 'A code sent by text message',
  'factor.PASSWORD': 'Your password',
  'factor.PASSWORD_SRP': 'Your password',
  'factor.other': 'Choose another way to sign in',
  'factor.passwordHeading': 'Enter your password',
  'passkey.heading': 'Sign in with your passkey',
  'passkey.waiting': 'Follow the steps your browser or device shows to use your passkey.',
  'passkey.noPasskey': 'No passkey on this device? Choose another way to sign in.',
  'passkeyOffer.heading': 'Sign in faster next time',
  'passkeyOffer.intro': 'Create a passkey to sign in with your fingerprint, face or screen lock instead of a password.',
  'passkeyOffer.create': 'Create a passkey',
  'passkeyOffer.pending': 'Creating your passkey…',
  'passkeyOffer.skip': 'Not now',
  'provider.group': 'Sign in with another account',
  'provider.continueWith': (provider: string) => `Continue with ${provider}`,
  'provider.or': 'or',
  'provider.sso': 'Sign in with your company (SSO)',
  'provider.ssoEmail': 'Work email',
  'provider.ssoContinue': 'Continue',

  'notice.signUpConfirmed': 'Your account is confirmed. Sign in to continue.',
  'notice.passwordReset': 'Your password was changed. Sign in with the new one.',
  'notice.signedOut': 'You are signed out.',
  'notice.codeResent': 'A new code is on its way.',
  'notice.accountNotConfirmed': 'Your account is not confirmed yet. Enter the code we sent to confirm it, then sign in.',
  'notice.passwordResetRequired': 'You need to choose a new password before you can sign in. Enter the code we sent and your new password.',
  'notice.passkeyAdded': 'Your passkey is ready. Next time, sign in with it.',

  'error.required': 'Fill in this field.',
  'error.invalidCodeFormat': 'Enter the code using digits only.',
  'error.incorrectCredentials': 'Incorrect username or password.',
  'error.passwordAttemptsExceeded': 'Too many failed attempts. Try again in a few minutes (at most 15).',
  'error.userDisabled': 'This account is disabled. Contact support for help.',
  'error.sessionExpired': 'That took too long and the sign-in expired. Please sign in again.',
  'error.tokenRevoked': 'Your session has ended. Please sign in again.',
  'error.userNotFound': 'We could not find an account with that username.',
  'error.userNotConfirmed': 'This account is not confirmed yet.',
  'error.passwordResetRequired': 'You need to choose a new password.',
  'error.usernameExists': 'That username is taken. Sign in instead, or choose another username.',
  'error.aliasExists': 'That email or phone number is already used by another account.',
  'error.alreadyConfirmed': 'This account is already confirmed.',
  'error.codeMismatch': 'That code is not right. Check it and try again.',
  'error.codeExpired': 'That code has expired. Ask for a new one.',
  'error.limitExceeded': 'Too many attempts. Please try again later.',
  'error.tooManyRequests': 'Too many requests. Please wait a moment and try again.',
  'error.tooManyFailedAttempts': 'Too many wrong codes. Ask for a new code later.',
  'error.invalidPassword': 'This password does not meet the password rules.',
  'error.passwordTooShort': 'This password is too short.',
  'error.passwordNeedsLowercase': 'Add a lowercase letter to this password.',
  'error.passwordNeedsUppercase': 'Add an uppercase letter to this password.',
  'error.passwordNeedsNumber': 'Add a number to this password.',
  'error.passwordNeedsSymbol': 'Add a symbol, such as ! or #, to this password.',
  'error.passwordReused': 'You used this password before. Choose one you have not used.',
  'error.invalidUsername': 'Enter a username without spaces.',
  'error.signUpDisabled': 'New accounts cannot be created here. Contact support for help.',
  'error.passwordResetNotAllowed': 'The password of this account cannot be reset now. Contact support for help.',
  'error.mfaSetupUnavailable': 'This account must set up verification by text message, which this page cannot do. Contact support for help.',
  'error.invalidEmail': 'Enter an email address like name@example.com.',
  'error.invalidPhone': 'Enter the phone number with its country code, like +15550100199.',
  'error.invalidParameter': 'Something in the form is not valid. Check it and try again.',
  'error.noVerifiedContact': 'This account has no verified email or phone number to send a code to.',
  'error.flowNotEnabled': 'This sign-in method is not enabled for this app.',
  'error.codeDeliveryFailure': 'We could not send the code. Please try again.',
  'error.triggerFailed': 'The request was refused.',
  'error.misconfigured': 'Sign-in is not set up correctly. Please contact support.',
  'error.mfaMethodNotFound': 'No usable sign-in verification method was found for this account.',
  'error.softwareTokenNotFound': 'No authenticator app is set up for this account.',
  'error.forbidden': 'The request was blocked.',
  'error.unknownChallenge': 'This sign-in needs a step this page cannot show.',
  'error.network': 'We could not reach the server. Check your connection and try again.',
  'error.timeout': 'The server took too long to answer. Check your connection and try again.',
  'error.aborted': 'The request was cancelled.',
  'error.serviceError': 'Something went wrong on our side. Please try again.',
  'error.notSupported': 'This is not available here. Choose another way to sign in.',
  'error.passkeyCancelled': 'The passkey request was cancelled or timed out.',
  'error.passkeyExists': 'This device already has a passkey for your account.',
  'error.passkeyNotAllowed': 'Passkeys for this account cannot be used on this site.',
  'error.passkeyUnsupported': 'This browser or device cannot use passkeys. Choose another way to sign in.',
  'error.passkeyFailed': 'Your passkey could not be used. Try again, or choose another way to sign in.',
  'error.providerCancelled': 'Sign-in with that account was cancelled. Try again, or sign in another way.',
  'error.providerUnavailable': 'Signing in with that account is not available right now. Sign in another way.',
  'error.providerStateMismatch': 'This sign-in did not start here, or it started too long ago. Start again.',
  'error.providerCodeInvalid': 'That sign-in has expired or was already used. Start again.',
  'error.providerTokenInvalid': 'The answer from the sign-in service could not be trusted. Start again.',
  'error.providerWindowClosed': 'The sign-in window was closed before it finished. Try again.',
} satisfies Record<RequiredKeys, string> & Record<string, string | ((...args: never[]) => string)>;

type Catalogue = typeof en;

/** The shape every locale implements: same keys, same interpolation arguments. */
export type Messages = {
  [K in keyof Catalogue]: Catalogue[K] extends (...args: infer A) => string ? (...args: A) => string : string;
};

export type MessageKey = keyof Messages;

