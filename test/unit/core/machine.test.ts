import { expect } from '@open-wc/testing';
import type { ErrorCode, ErrorInfo } from '../../../src/core/errors.js';
import { transition, type Outcome } from '../../../src/core/machine.js';
import { STEP_NAMES, STEPS } from '../../../src/core/step-table.js';
import type { AuthState, StepData, StepName } from '../../../src/core/steps.js';
import { challengeResult, EMAIL_DELIVERY, handle, SESSION } from '../../support/scripted-backend.js';

/** A state on `step` with the data its screen needs and a username typed earlier. */
function on(step: StepName): AuthState {
  const data: Record<StepName, StepData> = {
    signIn: { step: 'signIn' },
    signUp: { step: 'signUp' },
    confirmSignUp: { step: 'confirmSignUp', codeDelivery: EMAIL_DELIVERY },
    confirmSignInWithSmsCode: { step: 'confirmSignInWithSmsCode' },
    confirmSignInWithTotpCode: { step: 'confirmSignInWithTotpCode' },
    confirmSignInWithEmailCode: { step: 'confirmSignInWithEmailCode' },
    selectMfaType: { step: 'selectMfaType', allowedMfaTypes: ['SMS', 'TOTP'] },
    selectMfaSetupType: { step: 'selectMfaSetupType', allowedMfaTypes: ['TOTP', 'EMAIL'] },
    setUpTotp: { step: 'setUpTotp' },
    setUpEmail: { step: 'setUpEmail' },
    newPasswordRequired: { step: 'newPasswordRequired', missingAttributes: [] },
    customChallenge: { step: 'customChallenge', parameters: { prompt: 'colour?' }, round: 2 },
    resetPassword: { step: 'resetPassword' },
    confirmResetPassword: { step: 'confirmResetPassword' },
    signedIn: { step: 'signedIn', session: SESSION },
    selectFirstFactor: { step: 'selectFirstFactor', factors: ['WEB_AUTHN', 'PASSWORD_SRP'] },
    confirmSignInWithPassword: { step: 'confirmSignInWithPassword', factor: 'PASSWORD_SRP', factors: ['EMAIL_OTP', 'PASSWORD_SRP'] },
    confirmSignInWithPasskey: { step: 'confirmSignInWithPasskey', factors: ['WEB_AUTHN', 'EMAIL_OTP'] },
    offerPasskey: { step: 'offerPasskey', session: SESSION },
    verifyContact: { step: 'verifyContact', session: SESSION, contacts: [{ attribute: 'email', value: 'ana@example.com' }] },
    confirmContact: { step: 'confirmContact', session: SESSION, attribute: 'email', codeDelivery: EMAIL_DELIVERY },
  };
  return { ...data[step], pending: true, error: null, username: 'ana', notice: null };
}

const challenge = (name: string, parameters: Record<string, string> = {}): Outcome => ({
  type: 'signInResult',
  result: challengeResult(name, parameters),
});
const errorOf = (code: ErrorCode, name = 'SomeException'): ErrorInfo => ({ code, name, retryable: false });
const failed = (code: ErrorCode, name = 'SomeException'): Outcome => ({ type: 'failed', error: errorOf(code, name) });

const CHALLENGE_STEPS = STEP_NAMES.filter((step) => STEPS[step].phase === 'challenge');

/** Outcomes that mean nothing on some steps leave those states untouched. */
const IGNORED: Partial<Record<Outcome['type'], StepName[]>> = {
  codeResent: STEP_NAMES.filter((step) => !('resend' in STEPS[step])),
  mfaSetupChosen: STEP_NAMES.filter((step) => step !== 'selectMfaSetupType'),
  totpSecretReady: STEP_NAMES.filter((step) => step !== 'setUpTotp'),
  factorChosen: STEP_NAMES.filter((step) => step !== 'selectFirstFactor'),
  otherFactorRequested: STEP_NAMES.filter((step) => step !== 'confirmSignInWithPassword' && step !== 'confirmSignInWithPasskey'),
  passkeyOffered: STEP_NAMES.filter((step) => step !== 'signedIn'),
  passkeyOfferClosed: STEP_NAMES.filter((step) => step !== 'offerPasskey'),
  contactVerificationOffered: STEP_NAMES.filter((step) => step !== 'signedIn'),
  contactCodeSent: STEP_NAMES.filter((step) => step !== 'verifyContact' && step !== 'confirmContact'),
  contactVerified: STEP_NAMES.filter((step) => step !== 'confirmContact'),
  contactVerificationSkipped: STEP_NAMES.filter((step) => step !== 'verifyContact' && step !== 'confirmContact'),
};
const userAuth = (name: string, available: string[], parameters: Record<string, string> = {}): Outcome => ({
  type: 'signInResult',
  result: challengeResult(name, parameters, handle(), available),
});

/**
 * The table: for each outcome, the step it leads to from every step. `same` = stays on the step it
 * came from. A row lists only the steps that differ from its default.
 */
const TABLE: { name: string; outcome: Outcome; to: StepName | 'same'; except?: Partial<Record<StepName, StepName>> }[] = [
  { name: 'submitted', outcome: { type: 'submitted' }, to: 'same' },
  { name: 'done', outcome: { type: 'signInResult', result: { kind: 'done', session: SESSION } }, to: 'signedIn' },
  { name: 'SMS_MFA', outcome: challenge('SMS_MFA'), to: 'confirmSignInWithSmsCode' },
  { name: 'SMS_OTP', outcome: challenge('SMS_OTP'), to: 'confirmSignInWithSmsCode' },
  { name: 'SOFTWARE_TOKEN_MFA', outcome: challenge('SOFTWARE_TOKEN_MFA'), to: 'confirmSignInWithTotpCode' },
  { name: 'EMAIL_OTP', outcome: challenge('EMAIL_OTP'), to: 'confirmSignInWithEmailCode' },
  {
    name: 'SELECT_MFA_TYPE',
    outcome: challenge('SELECT_MFA_TYPE', { MFAS_CAN_CHOOSE: '["SMS_MFA","SOFTWARE_TOKEN_MFA"]' }),
    to: 'selectMfaType',
  },
  {
    name: 'MFA_SETUP (TOTP+EMAIL)',
    outcome: challenge('MFA_SETUP', { MFAS_CAN_SETUP: '["SOFTWARE_TOKEN_MFA","EMAIL_OTP"]' }),
    to: 'selectMfaSetupType',
  },
  { name: 'MFA_SETUP (TOTP)', outcome: challenge('MFA_SETUP', { MFAS_CAN_SETUP: '["SOFTWARE_TOKEN_MFA"]' }), to: 'setUpTotp' },
  { name: 'MFA_SETUP (EMAIL)', outcome: challenge('MFA_SETUP', { MFAS_CAN_SETUP: '["EMAIL_OTP","SMS_MFA"]' }), to: 'setUpEmail' },
  { name: 'NEW_PASSWORD_REQUIRED', outcome: challenge('NEW_PASSWORD_REQUIRED'), to: 'newPasswordRequired' },
  { name: 'CUSTOM_CHALLENGE', outcome: challenge('CUSTOM_CHALLENGE', { q: '1' }), to: 'customChallenge' },
  { name: 'a challenge no step fits', outcome: challenge('SELECT_MFA_TYPE', { MFAS_CAN_CHOOSE: '["WEBAUTHN"]' }), to: 'same' },
  { name: 'SELECT_CHALLENGE', outcome: userAuth('SELECT_CHALLENGE', ['EMAIL_OTP', 'PASSWORD_SRP']), to: 'selectFirstFactor' },
  { name: 'SELECT_CHALLENGE with no factor the kit knows', outcome: userAuth('SELECT_CHALLENGE', ['SOFTWARE_TOKEN']), to: 'same' },
  {
    name: 'WEB_AUTHN',
    outcome: userAuth('WEB_AUTHN', ['WEB_AUTHN', 'EMAIL_OTP'], { CREDENTIAL_REQUEST_OPTIONS: '{"challenge":"abc"}' }),
    to: 'confirmSignInWithPasskey',
  },
  {
    name: 'factorChosen PASSWORD_SRP',
    outcome: { type: 'factorChosen', factor: 'PASSWORD_SRP' },
    to: 'same',
    except: { selectFirstFactor: 'confirmSignInWithPassword' },
  },
  {
    name: 'otherFactorRequested',
    outcome: { type: 'otherFactorRequested' },
    to: 'same',
    except: { confirmSignInWithPassword: 'selectFirstFactor', confirmSignInWithPasskey: 'selectFirstFactor' },
  },
  { name: 'passkeyOffered', outcome: { type: 'passkeyOffered' }, to: 'same', except: { signedIn: 'offerPasskey' } },
  {
    name: 'passkeyOfferClosed',
    outcome: { type: 'passkeyOfferClosed', registered: true },
    to: 'same',
    except: { offerPasskey: 'signedIn' },
  },
  {
    name: 'signedUp (code needed)',
    outcome: { type: 'signedUp', username: 'bo', result: { userConfirmed: false, codeDelivery: EMAIL_DELIVERY } },
    to: 'confirmSignUp',
  },
  { name: 'signedUp (confirmed)', outcome: { type: 'signedUp', username: 'bo', result: { userConfirmed: true } }, to: 'signIn' },
  { name: 'signUpConfirmed', outcome: { type: 'signUpConfirmed' }, to: 'signIn' },
  { name: 'codeResent', outcome: { type: 'codeResent', codeDelivery: EMAIL_DELIVERY }, to: 'same' },
  {
    name: 'resetCodeSent',
    outcome: { type: 'resetCodeSent', username: 'bo', codeDelivery: EMAIL_DELIVERY },
    to: 'confirmResetPassword',
  },
  { name: 'passwordReset', outcome: { type: 'passwordReset' }, to: 'signIn' },
  { name: 'failed: wrong code', outcome: failed('codeMismatch'), to: 'same' },
  { name: 'failed: incorrect credentials', outcome: failed('incorrectCredentials'), to: 'same' },
  // Only a sign-in's refusal is a step; the same error from another command is just an error.
  { name: 'failed: user not confirmed', outcome: failed('userNotConfirmed'), to: 'same' },
  { name: 'failed: password reset required', outcome: failed('passwordResetRequired'), to: 'same' },
  { name: 'sign-in diverted: user not confirmed', outcome: { type: 'signInDiverted', error: errorOf('userNotConfirmed') }, to: 'confirmSignUp' },
  { name: 'sign-in diverted: password reset required', outcome: { type: 'signInDiverted', error: errorOf('passwordResetRequired') }, to: 'confirmResetPassword' },
  {
    name: 'failed: session expired',
    outcome: failed('sessionExpired'),
    to: 'same',
    except: Object.fromEntries(CHALLENGE_STEPS.map((step) => [step, 'signIn'])),
  },
  { name: 'signedOut', outcome: { type: 'signedOut' }, to: 'signIn' },
  { name: 'sessionRestored', outcome: { type: 'sessionRestored', session: SESSION }, to: 'signedIn' },
  { name: 'totpSecretReady', outcome: { type: 'totpSecretReady', secretCode: 'ABC' }, to: 'same' },
  {
    name: 'mfaSetupChosen TOTP',
    outcome: { type: 'mfaSetupChosen', mfaType: 'TOTP' },
    to: 'same',
    except: { selectMfaSetupType: 'setUpTotp' },
  },
  {
    name: 'mfaSetupChosen EMAIL',
    outcome: { type: 'mfaSetupChosen', mfaType: 'EMAIL' },
    to: 'same',
    except: { selectMfaSetupType: 'setUpEmail' },
  },
  {
    name: 'failed: token revoked',
    outcome: failed('tokenRevoked'),
    to: 'same',
    except: { signedIn: 'signIn', offerPasskey: 'signIn', verifyContact: 'signIn', confirmContact: 'signIn' },
  },
  {
    name: 'contactVerificationOffered',
    outcome: { type: 'contactVerificationOffered', contacts: [{ attribute: 'phone_number', value: '+15555550100' }] },
    to: 'same',
    except: { signedIn: 'verifyContact' },
  },
  {
    name: 'contactCodeSent',
    outcome: { type: 'contactCodeSent', attribute: 'email', codeDelivery: EMAIL_DELIVERY },
    to: 'same',
    except: { verifyContact: 'confirmContact' },
  },
  { name: 'contactVerified', outcome: { type: 'contactVerified', session: SESSION }, to: 'same', except: { confirmContact: 'signedIn' } },
  {
    name: 'contactVerificationSkipped',
    outcome: { type: 'contactVerificationSkipped' },
    to: 'same',
    except: { verifyContact: 'signedIn', confirmContact: 'signedIn' },
  },
  { name: 'navigated to signUp', outcome: { type: 'navigated', step: 'signUp' }, to: 'signUp' },
  { name: 'navigated to resetPassword', outcome: { type: 'navigated', step: 'resetPassword' }, to: 'resetPassword' },
];

describe('machine: step × outcome', () => {
  it('covers every outcome type', () => {
    const types = new Set(TABLE.map((row) => row.outcome.type));
    // A Record forces this list to name every outcome type the machine has.
    const all: Record<Outcome['type'], true> = {
      submitted: true, signInResult: true, signedUp: true, signUpConfirmed: true, codeResent: true,
      resetCodeSent: true, passwordReset: true, failed: true, signedOut: true, sessionRestored: true,
      totpSecretReady: true, mfaSetupChosen: true, navigated: true, signInDiverted: true,
      factorChosen: true, otherFactorRequested: true, passkeyOffered: true, passkeyOfferClosed: true,
      contactVerificationOffered: true, contactCodeSent: true, contactVerified: true, contactVerificationSkipped: true,
    };
    expect([...types].sort()).to.deep.equal(Object.keys(all).sort());
  });

  for (const row of TABLE) {
    for (const from of STEP_NAMES) {
      const expected = row.except?.[from] ?? (row.to === 'same' ? from : row.to);
      it(`${from} + ${row.name} → ${expected}`, () => {
        const before = on(from);
        const after = transition(before, row.outcome);
        expect(after.step).to.equal(expected);
        expect(before, 'the old state is never mutated').to.deep.equal(on(from));
        if (IGNORED[row.outcome.type]?.includes(from)) expect(after).to.equal(before);
        else if (row.outcome.type === 'submitted') expect(after.pending).to.equal(true);
        else if (row.outcome.type === 'signInDiverted') expect(after.pending, 'its code is on the way').to.equal(true);
        else {
          expect(after.pending, 'settled').to.equal(false);
        }
      });
    }
  }
});

describe('machine: what each step carries', () => {
  it('keeps the username typed earlier across steps', () => {
    expect(transition(on('confirmSignInWithSmsCode'), failed('sessionExpired')).username).to.equal('ana');
    expect(transition(on('signUp'), { type: 'navigated', step: 'signIn' }).username).to.equal('ana');
    expect(transition(on('signIn'), { type: 'submitted', username: 'bea' }).username).to.equal('bea');
  });

  it('keeps the expiry error on the sign-in screen it returns to', () => {
    const after = transition(on('customChallenge'), failed('sessionExpired'));
    expect(after.error?.code).to.equal('sessionExpired');
  });

  it('turns a challenge no step fits (an MFA choice with no method the kit knows) into a non-retryable error', () => {
    const after = transition(on('signIn'), challenge('SELECT_MFA_TYPE', { MFAS_CAN_CHOOSE: '["WEBAUTHN"]' }));
    expect(after).to.deep.include({ step: 'signIn', pending: false });
    expect(after.error).to.deep.include({ code: 'unknownChallenge', name: 'SELECT_MFA_TYPE', retryable: false });
  });

  it('reads the masked destination of an SMS code', () => {
    const after = transition(
      on('signIn'),
      challenge('SMS_MFA', { CODE_DELIVERY_DESTINATION: '+*******1234', CODE_DELIVERY_DELIVERY_MEDIUM: 'SMS' }),
    );
    expect(after).to.deep.include({ step: 'confirmSignInWithSmsCode', codeDelivery: { destination: '+*******1234', medium: 'SMS' } });
  });

  it('lists the MFA types a person may choose, in Amplify names', () => {
    const after = transition(on('signIn'), challenge('SELECT_MFA_TYPE', { MFAS_CAN_CHOOSE: '["SOFTWARE_TOKEN_MFA","EMAIL_OTP"]' }));
    expect(after).to.deep.include({ allowedMfaTypes: ['TOTP', 'EMAIL'] });
  });

  it('asks only for the required attributes the user lacks, prefix stripped', () => {
    const after = transition(
      on('signIn'),
      challenge('NEW_PASSWORD_REQUIRED', {
        userAttributes: '{"email":"a@b.c","name":""}',
        requiredAttributes: '["userAttributes.email","userAttributes.name","userAttributes.family_name"]',
      }),
    );
    expect(after).to.deep.include({ missingAttributes: ['name', 'family_name'] });
  });

  it('counts custom-challenge rounds', () => {
    const first = transition(on('signIn'), challenge('CUSTOM_CHALLENGE'));
    const second = transition(first, challenge('CUSTOM_CHALLENGE'));
    expect([first, second].map((s) => (s.step === 'customChallenge' ? s.round : 0))).to.deep.equal([1, 2]);
  });

  it('shows the new destination after a resend', () => {
    const sms = { destination: '+*******9999', medium: 'SMS' as const };
    const after = transition(on('confirmSignUp'), { type: 'codeResent', codeDelivery: sms });
    expect(after).to.deep.include({ codeDelivery: sms, notice: 'codeResent' });
  });

  it('refuses an MFA setup choice the pool did not offer', () => {
    const only = { ...on('selectMfaSetupType'), allowedMfaTypes: ['TOTP'] as const };
    expect(transition(only, { type: 'mfaSetupChosen', mfaType: 'EMAIL' })).to.equal(only);
  });

  it('stores the TOTP secret only on the TOTP setup step', () => {
    expect(transition(on('setUpTotp'), { type: 'totpSecretReady', secretCode: 'S' })).to.deep.include({ secretCode: 'S' });
    expect(transition(on('signIn'), { type: 'totpSecretReady', secretCode: 'S' })).not.to.have.property('secretCode');
  });
});
