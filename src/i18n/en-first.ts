/**
 * The English strings of the first screen as it paints: the frame, the sign-in step with its fields,
 * and the errors it can show before any other code is here (the network, a page set up wrongly).
 * The rest of English (en-rest.ts) loads with the other steps' templates, before a request's error,
 * a field's error or a notice is shown, and with managed login's buttons (en-rest-loader.ts); en.ts
 * is both together (docs/architecture.md §9).
 */
export const enFirst = {
  'flow.pending': 'Please wait…',
  'flow.retry': 'Try again',

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

  'error.misconfigured': 'Sign-in is not set up correctly. Please contact support.',
  'error.network': 'We could not reach the server. Check your connection and try again.',
} satisfies Record<string, string | ((...args: never[]) => string)>;
