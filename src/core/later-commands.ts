/**
 * The controller's commands that the sign-in screen does not need before its first submit, as one
 * module: `AuthController` fetches it on demand (core/on-demand.ts), core/controller.ts bundles it.
 */
export { confirmSignIn, prepareStep, resendCode } from './challenge-flow.js';
export { completeRedirect, signInWithProvider } from './federated-flow.js';
export { confirmResetPassword, resetPassword, sendResetCode } from './password-reset-flow.js';
export { afterSignIn, sessionElsewhere, signOut } from './session-flow.js';
export { confirmSignUp, sendSignUpCode, signUp } from './sign-up-flow.js';
