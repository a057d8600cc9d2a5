/**
 * The step table's entries for every step but sign-in (docs/architecture.md §2): the steps after
 * the first screen, loaded on demand with the controller's later commands (core/later-commands.ts,
 * through core/machine.ts, which alone leads to them). Whole entries only: the step is the unit.
 * core/step-table.ts composes them with the sign-in entry (core/sign-in-step.ts).
 */
import type { FirstFactor } from './backend.js';
import { attributeField, configureFields, isAttributeName } from './attribute-fields.js';
import {
  ANSWER_FIELD,
  CODE_FIELD,
  CONTACT_CHOICE_FIELD,
  EMAIL_FIELD,
  FACTOR_FIELD,
  MFA_CHOICE_FIELD,
  newPasswordField,
  REMEMBER_DEVICE_FIELD,
} from './later-fields.js';
import { PASSWORD_FIELD, usernameField } from './fields.js';
import { formValue, type FormValues, type StepCommands, type StepConfig, type StepSpec } from './step-spec.js';
import type { UsernameKind } from './username.js';
import type { MfaType, StepName } from './steps.js';

/** The values that are Cognito attributes (not the username, the password, a terms checkbox…). */
function attributesOf(values: FormValues): Record<string, string> {
  return Object.fromEntries(Object.entries(values).filter(([name]) => isAttributeName(name)));
}

const v = formValue;

const code = () => [CODE_FIELD];
/** An MFA code, with "Remember this device" when the page asks (a ticked box answers `rememberDevice`). */
const mfaCode = (_state: unknown, config: StepConfig) => (config.rememberDevice === 'ask' ? [CODE_FIELD, REMEMBER_DEVICE_FIELD] : [CODE_FIELD]);
const submitCode: StepSpec<StepName>['submit'] = (c, values, options) =>
  c.confirmSignIn(v(values, 'rememberDevice') ? { code: v(values, 'code'), rememberDevice: true } : { code: v(values, 'code') }, options);
const chooseMfa: StepSpec<StepName>['submit'] = (c, values, options) =>
  c.confirmSignIn({ mfaType: v(values, 'mfaType') as MfaType }, options);
const otherFactor = { otherFactor: (c: StepCommands) => c.chooseAnotherFactor() };

export const LATER_STEPS = {
  signUp: {
    phase: 'entry',
    heading: 'signUp.heading',
    fields: (_state, config) =>
      configureFields(
        [
          usernameField(config.usernameKind),
          newPasswordField(config.passwordPolicy),
          // The username is the email address or phone number: no second field for it.
          ...config.signUpAttributes.filter(({ name }) => !usernameCovers(config.usernameKind, name)).map(attributeField),
        ],
        config.formFields?.signUp?.filter(({ name }) => !usernameCovers(config.usernameKind, name)),
      ),
    submit: (c, values, options) =>
      c.signUp({ username: v(values, 'username'), password: v(values, 'password'), attributes: attributesOf(values) }, options),
  },
  confirmSignUp: {
    phase: 'recovery',
    heading: 'confirmSignUp.heading',
    resend: 'signUpCode',
    fields: code,
    submit: (c, values, options) => c.confirmSignUp({ code: v(values, 'code') }, options),
  },
  confirmSignInWithSmsCode: {
    phase: 'challenge',
    heading: 'mfa.smsHeading',
    challenge: 'smsCode',
    enter: (challenge) => (challenge.type === 'smsCode' ? { step: 'confirmSignInWithSmsCode', codeDelivery: challenge.delivery } : null),
    resend: 'challengeCode',
    fields: mfaCode,
    submit: submitCode,
  },
  confirmSignInWithTotpCode: {
    phase: 'challenge',
    heading: 'mfa.totpHeading',
    challenge: 'totpCode',
    enter: () => ({ step: 'confirmSignInWithTotpCode' }),
    fields: mfaCode,
    submit: submitCode,
  },
  confirmSignInWithEmailCode: {
    phase: 'challenge',
    heading: 'mfa.emailHeading',
    challenge: 'emailCode',
    enter: (challenge) =>
      challenge.type === 'emailCode' ? { step: 'confirmSignInWithEmailCode', codeDelivery: challenge.delivery } : null,
    resend: 'challengeCode',
    fields: mfaCode,
    submit: submitCode,
  },
  selectMfaType: {
    phase: 'challenge',
    heading: 'mfaSelect.heading',
    challenge: 'selectMfa',
    enter: (challenge) =>
      // No method the kit knows: nothing to choose, so no step (an error instead of an empty choice).
      challenge.type === 'selectMfa' && challenge.options.length ? { step: 'selectMfaType', allowedMfaTypes: challenge.options } : null,
    fields: () => [MFA_CHOICE_FIELD],
    submit: chooseMfa,
  },
  selectMfaSetupType: {
    phase: 'challenge',
    heading: 'mfaSetupSelect.heading',
    challenge: 'setUpMfa',
    enter: (challenge) => {
      // SMS is set up after sign-in (as Amplify does); a choice only when two remain.
      const options = challenge.type === 'setUpMfa' ? setupOptions(challenge.options) : [];
      return options.length > 1 ? { step: 'selectMfaSetupType', allowedMfaTypes: options } : null;
    },
    answersLocally: true,
    fields: () => [MFA_CHOICE_FIELD],
    submit: chooseMfa,
  },
  setUpEmail: {
    phase: 'challenge',
    heading: 'emailSetup.heading',
    challenge: 'setUpMfa',
    enter: (challenge) =>
      challenge.type === 'setUpMfa' && setupOptions(challenge.options)[0] === 'EMAIL' ? { step: 'setUpEmail' } : null,
    fields: () => [EMAIL_FIELD],
    submit: (c, values, options) => c.confirmSignIn({ email: v(values, 'email') }, options),
  },
  setUpTotp: {
    phase: 'challenge',
    heading: 'totpSetup.heading',
    challenge: 'setUpMfa',
    // Only an authenticator app, or no choice left but the app.
    enter: (challenge) => (challenge.type === 'setUpMfa' && challenge.options.includes('TOTP') ? { step: 'setUpTotp' } : null),
    prepare: 'totpSecret',
    fields: mfaCode,
    submit: submitCode,
  },
  newPasswordRequired: {
    phase: 'challenge',
    heading: 'newPassword.heading',
    challenge: 'newPassword',
    enter: (challenge) =>
      challenge.type === 'newPassword' ? { step: 'newPasswordRequired', missingAttributes: challenge.missingAttributes } : null,
    fields: (state, config) =>
      configureFields(
        [newPasswordField(config.passwordPolicy), ...state.missingAttributes.map((name) => attributeField({ name, required: true }))],
        config.formFields?.newPasswordRequired,
      ),
    submit: (c, values, options) =>
      c.confirmSignIn({ newPassword: v(values, 'password'), attributes: attributesOf(values) }, options),
  },
  customChallenge: {
    phase: 'challenge',
    heading: 'challenge.heading',
    challenge: 'custom',
    enter: (challenge, state) =>
      challenge.type === 'custom'
        ? { step: 'customChallenge', parameters: challenge.parameters, round: state.step === 'customChallenge' ? state.round + 1 : 1 }
        : null,
    fields: () => [ANSWER_FIELD],
    submit: (c, values, options) => c.confirmSignIn({ answer: v(values, 'answer') }, options),
  },
  resetPassword: {
    phase: 'entry',
    heading: 'resetPassword.heading',
    fields: (_state, config) => [usernameField(config.usernameKind)],
    submit: (c, values, options) => c.resetPassword({ username: v(values, 'username') }, options),
  },
  confirmResetPassword: {
    phase: 'recovery',
    heading: 'confirmResetPassword.heading',
    resend: 'resetCode',
    fields: (_state, config) => [CODE_FIELD, newPasswordField(config.passwordPolicy)],
    submit: (c, values, options) => c.confirmResetPassword({ code: v(values, 'code'), password: v(values, 'password') }, options),
  },
  signedIn: {
    phase: 'done',
    heading: 'signedIn.heading',
    fields: () => [],
    submit: (c, values, options) => c.signOut({ global: values.global === 'on' }, options),
  },
  selectFirstFactor: {
    phase: 'challenge',
    heading: 'factor.heading',
    challenge: 'selectFactor',
    enter: (challenge) => (challenge.type === 'selectFactor' && challenge.factors.length ? { step: 'selectFirstFactor', factors: challenge.factors } : null),
    // A password factor asks for the password on the next screen, before any call.
    answersLocally: true,
    fields: () => [FACTOR_FIELD],
    submit: (c, values, options) => c.confirmSignIn({ factor: v(values, 'factor') as FirstFactor }, options),
  },
  confirmSignInWithPassword: {
    phase: 'challenge',
    heading: 'factor.passwordHeading',
    fields: () => [PASSWORD_FIELD],
    // The controller sends it as the password factor this step was entered with.
    submit: (c, values, options) => c.confirmSignIn({ factor: 'PASSWORD_SRP', password: v(values, 'password') }, options),
    intents: otherFactor,
  },
  confirmSignInWithPasskey: {
    phase: 'challenge',
    heading: 'passkey.heading',
    challenge: 'passkey',
    enter: (challenge, state) =>
      challenge.type === 'passkey'
        ? { step: 'confirmSignInWithPasskey', factors: challenge.factors.length ? challenge.factors : 'factors' in state ? state.factors : [] }
        : null,
    prepare: 'passkey',
    fields: () => [],
    // Try again: the same request, the sheet opened anew.
    submit: (c, _values, options) => c.signInWithPasskey(options),
    intents: otherFactor,
  },
  offerPasskey: {
    phase: 'done',
    heading: 'passkeyOffer.heading',
    fields: () => [],
    submit: (c, _values, options) => c.registerPasskey(options),
    intents: { skip: (c) => c.declinePasskey() },
  },
  verifyContact: {
    phase: 'done',
    heading: 'verifyContact.heading',
    fields: () => [CONTACT_CHOICE_FIELD],
    submit: (c, values, options) => c.sendContactCode({ attribute: v(values, 'attribute') }, options),
    intents: { skip: (c) => c.skipContactVerification() },
  },
  confirmContact: {
    phase: 'done',
    heading: 'confirmContact.heading',
    resend: 'contactCode',
    fields: code,
    submit: (c, values, options) => c.confirmContact({ code: v(values, 'code') }, options),
    intents: { skip: (c) => c.skipContactVerification() },
  },
} satisfies { [S in Exclude<StepName, 'signIn'>]: StepSpec<S> };

/** The attributes the username itself is: sign-up sends the username as the one that fits it. */
const USERNAME_ATTRIBUTES: Record<UsernameKind, readonly string[]> = {
  username: [],
  email: ['email'],
  phone: ['phone_number'],
  emailOrPhone: ['email', 'phone_number'],
};

function usernameCovers(kind: UsernameKind = 'username', attribute: string): boolean {
  return USERNAME_ATTRIBUTES[kind].includes(attribute);
}

function setupOptions(options: readonly MfaType[]): MfaType[] {
  return options.filter((type) => type !== 'SMS');
}
