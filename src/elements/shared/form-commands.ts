/**
 * What a submitted form asks of the controller: one command per step (and per button `intent`).
 * Any markup works, the kit's step elements or an app's own, as long as its fields use these names:
 * `username`, `password`, `code`, `answer`, `mfaType`, `email`, and Cognito attribute names.
 */
import type { AuthController, CommandOptions } from '../../core/controller.js';
import type { MfaType, StepName } from '../../core/steps.js';

/** Never copied into an event: they are the person's secrets. */
export const SECRET_FIELDS = new Set(['password', 'newPassword', 'code', 'answer']);

/** Fields that are form plumbing, not Cognito attributes. */
const NOT_ATTRIBUTES = new Set(['username', 'password', 'intent', 'global']);

export function publicValues(values: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(values).filter(([name]) => !SECRET_FIELDS.has(name) && name !== 'intent'));
}

function attributesFrom(values: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(values).filter(([name]) => !NOT_ATTRIBUTES.has(name)));
}

export function runFormCommand(
  controller: AuthController,
  step: StepName,
  intent: string,
  values: Readonly<Record<string, string>>,
  options: CommandOptions,
): Promise<void> {
  const v = (name: string) => values[name] ?? '';
  switch (step) {
    case 'signIn':
      return controller.signIn({ username: v('username'), password: values.password }, options);
    case 'signUp':
      return controller.signUp({ username: v('username'), password: v('password'), attributes: attributesFrom(values) }, options);
    case 'confirmSignUp':
      return intent === 'resend' ? controller.resendCode(options) : controller.confirmSignUp({ code: v('code') }, options);
    case 'resetPassword':
      return controller.resetPassword({ username: v('username') }, options);
    case 'confirmResetPassword':
      return intent === 'resend'
        ? controller.resendCode(options)
        : controller.confirmResetPassword({ code: v('code'), password: v('password') }, options);
    case 'confirmSignInWithSmsCode':
    case 'confirmSignInWithEmailCode':
      return intent === 'resend' ? controller.resendCode(options) : controller.confirmSignIn({ code: v('code') }, options);
    case 'confirmSignInWithTotpCode':
    case 'setUpTotp':
      return controller.confirmSignIn({ code: v('code') }, options);
    case 'selectMfaType':
    case 'selectMfaSetupType':
      return controller.confirmSignIn({ mfaType: v('mfaType') as MfaType }, options);
    case 'newPasswordRequired':
      return controller.confirmSignIn({ newPassword: v('password'), attributes: attributesFrom(values) }, options);
    case 'customChallenge':
      return controller.confirmSignIn({ answer: v('answer') }, options);
    case 'setUpEmail':
      return controller.confirmSignIn({ email: v('email') }, options);
    case 'signedIn':
      return intent === 'signOut' ? controller.signOut({ global: values.global === 'on' }, options) : Promise.resolve();
    default:
      return Promise.resolve();
  }
}
