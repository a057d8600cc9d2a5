/**
 * The English strings of the first screen: the frame, the sign-in step with its fields and provider
 * buttons, the notices it shows, and the errors it can show before any request (a field left empty
 * or in the wrong format, the network, a page set up wrongly). The rest of English (en-rest.ts)
 * loads with the other steps' templates and before a request's error is shown (en-rest-loader.ts);
 * en.ts is both together (docs/architecture.md §9).
 */
export const enFirst = {
  'flow.pending': 'Please wait…',
  'flow.backToSignIn': 'Back to sign in',
  'flow.retry': 'Try again',
  'flow.expiring': 'This step ends in 30 seconds. Finish it now, or you will need to sign in again.',

  'field.username': 'Username',
  'field.password': 'Password',
  'field.email': 'Email',
  'field.phone_number': 'Phone number',
  'field.phoneHint': 'With the country code, for example +1 555 010 0199.',
  'field.emailOrPhone': 'Email or phone number',
  'field.emailOrPhoneHint': 'A phone number starts with its country code, for example +1 555 010 0199.',
  'field.phoneCountry': 'Country or region',
  'field.phoneCountryHint': 'Choose the country, or start the number with + and its country code.',
  'password.show': 'Show password',

  'signIn.heading': 'Sign in',
  'signIn.submit': 'Sign in',
  'signIn.pending': 'Signing in…',
  'signIn.forgotPassword': 'Forgot your password?',
  'signIn.noAccount': 'No account yet?',
  'signIn.toSignUp': 'Create an account',
  'signIn.continue': 'Continue',

  'provider.group': 'Sign in with another account',
  'provider.continueWith': (provider: string) => `Continue with ${provider}`,
  'provider.or': 'or',
  'provider.sso': 'Sign in with your company (SSO)',
  'provider.ssoEmail': 'Work email',
  'provider.ssoContinue': 'Continue',

  'notice.signUpConfirmed': 'Your account is confirmed. Sign in to continue.',
  'notice.passwordReset': 'Your password was changed. Sign in with the new one.',
  'notice.signedOut': 'You are signed out.',

  'error.required': 'Fill in this field.',
  'error.invalidEmail': 'Enter an email address like name@example.com.',
  'error.invalidPhone': 'Enter the phone number with its country code, like +15550100199.',
  'error.misconfigured': 'Sign-in is not set up correctly. Please contact support.',
  'error.network': 'We could not reach the server. Check your connection and try again.',
} satisfies Record<string, string | ((...args: never[]) => string)>;
