/**
 * The controller's commands that the sign-in screen does not need before its first submit, as one
 * module: `AuthController` fetches it on demand (core/on-demand.ts), core/controller.ts bundles it.
 * With them come the machine and the whole step table (the steps after the first screen), which
 * registers itself for the first load's lookup (core/step-lookup.ts; docs/architecture.md §2).
 */
export { confirmSignIn, prepareStep, resendCode } from './challenge-flow.js';
export { completeRedirect, signInWithProvider } from './federated-flow.js';
export { confirmResetPassword, resetPassword, sendResetCode } from './password-reset-flow.js';
export { transition } from './machine.js';
export {
  chooseAnotherFactor,
  declinePasskey,
  deletePasskey,
  listPasskeys,
  registerPasskey,
  signInWithPasskey,
  startPasskeyAutofill,
} from './passwordless-flow.js';
export { afterSignIn, sessionElsewhere, signOut } from './session-flow.js';
export { signInDiverted, signInResult } from './sign-in-flow.js';
export { confirmSignUp, sendSignUpCode, signUp } from './sign-up-flow.js';
