/**
 * The English catalogue: every visible string, keyed by what it is for. Error messages are keyed on
 * the kit's error code (core/errors.ts), never on Cognito's English text. Other locales implement
 * `Messages` (any missing key falls back to English).
 */
import type { CodeDelivery } from '../core/backend.js';

const codeSent = ({ destination, medium }: CodeDelivery): string =>
  medium === 'SMS'
    ? `We sent a code by text message to ${destination}.`
    : medium === 'EMAIL'
      ? `We sent a code by email to ${destination}.`
      : `We sent a code to ${destination}.`;

export const en = {
  'flow.pending': 'Please wait…',
  'flow.unavailable': 'This step is not available in this version.',
  'flow.backToSignIn': 'Back to sign in',

  'field.username': 'Username',
  'field.password': 'Password',
  'field.newPassword': 'New password',
  'field.email': 'Email',
  'field.phone_number': 'Phone number',
  'field.code': 'Code',
  'field.optional': (label: string) => `${label} (optional)`,
  'field.phoneHint': 'With the country code, for example +1 555 010 0199.',
  'field.codeHint': 'Paste or type the code; spaces are ignored.',
  'field.passwordHint': 'At least 8 characters, with upper and lower case letters, a number and a symbol.',
  'password.show': 'Show password',

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

  'signedIn.heading': 'You are signed in',
  'signedIn.as': (username: string) => `Signed in as ${username}.`,
  'signedIn.email': (email: string) => `Email: ${email}`,
  'signedIn.global': 'Sign out on all devices',
  'signedIn.signOut': 'Sign out',
  'signedIn.pending': 'Signing out…',

  'notice.signUpConfirmed': 'Your account is confirmed. Sign in to continue.',
  'notice.passwordReset': 'Your password was changed. Sign in with the new one.',
  'notice.signedOut': 'You are signed out.',
  'notice.codeResent': 'A new code is on its way.',

  'error.required': 'Fill in this field.',
  'error.invalidCodeFormat': 'Enter the code using digits only.',
  'error.incorrectCredentials': 'Incorrect username or password.',
  'error.passwordAttemptsExceeded': 'Too many failed attempts. Wait a while before trying again.',
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
  'error.aborted': 'The request was cancelled.',
  'error.serviceError': 'Something went wrong on our side. Please try again.',
};

type Catalogue = typeof en;

/** The shape every locale implements: same keys, same interpolation arguments. */
export type Messages = {
  [K in keyof Catalogue]: Catalogue[K] extends (...args: infer A) => string ? (...args: A) => string : string;
};

export type MessageKey = keyof Messages;

export const messages: Messages = en;
