import { expect } from '@open-wc/testing';
import type { Challenge } from '../../../src/core/backend.js';
import { DEFAULT_STEP_CONFIG, STEP_NAMES, STEPS, stepForChallenge } from '../../../src/core/step-table.js';
import { initialState } from '../../../src/core/steps.js';
import { connect } from '../../../src/core/view.js';
import { STEP_TAGS } from '../../../src/elements/step-tags.js';
import { en } from '../../../src/i18n/en.js';

/** One typed challenge of each type, to check that every one leads somewhere. */
const CHALLENGES: Challenge[] = [
  { type: 'smsCode' },
  { type: 'emailCode' },
  { type: 'totpCode' },
  { type: 'selectMfa', options: ['SMS', 'TOTP'] },
  { type: 'setUpMfa', options: ['TOTP'] },
  { type: 'setUpMfa', options: ['EMAIL'] },
  { type: 'setUpMfa', options: ['TOTP', 'EMAIL'] },
  { type: 'newPassword', missingAttributes: [] },
  { type: 'custom', parameters: {} },
];

describe('step table', () => {
  it('describes every step: a heading in the catalogue and an element that renders it', () => {
    for (const step of STEP_NAMES) {
      expect(en, step).to.have.property(STEPS[step].heading);
      expect(STEP_TAGS[step], step).to.be.a('string');
    }
  });

  it('leads every typed challenge to a challenge step of the table', () => {
    const reached = CHALLENGES.map((challenge) => stepForChallenge(challenge, initialState())?.step);
    expect(reached).to.deep.equal([
      'confirmSignInWithSmsCode',
      'confirmSignInWithEmailCode',
      'confirmSignInWithTotpCode',
      'selectMfaType',
      'setUpTotp',
      'setUpEmail',
      'selectMfaSetupType',
      'newPasswordRequired',
      'customChallenge',
    ]);
    for (const step of reached) expect(STEPS[step!].phase, step).to.equal('challenge');
  });

  it('has no step for an MFA choice with nothing to choose', () => {
    expect(stepForChallenge({ type: 'selectMfa', options: [] }, initialState())).to.equal(null);
  });

  it('gives every field of every step its rules and input hints, declared once', () => {
    for (const step of STEP_NAMES) {
      const view = connect({ ...initialState(), ...stateFor(step) } as never, { signUpAttributes: [{ name: 'email', required: true }] });
      for (const field of view.fields) {
        expect(field.required, `${step}.${field.name}`).to.equal(field.rules.includes('required'));
        if (field.kind === 'code') expect(field, `${step}.code`).to.include({ autocomplete: 'one-time-code', inputmode: 'numeric' });
        if (field.kind === 'newPassword') expect(field.autocomplete, step).to.equal('new-password');
        if (field.kind === 'password') expect(field.autocomplete, step).to.equal('current-password');
      }
    }
  });

  it('drops the password field for CUSTOM_WITHOUT_SRP and the sign-up link when hidden', () => {
    const view = connect(initialState(), { authFlowType: 'CUSTOM_WITHOUT_SRP', hideSignUp: true });
    expect(view.fields.map((field) => field.name)).to.deep.equal(['username']);
    expect(view.actions.goTo).to.deep.equal([]);
    const plain = connect(initialState(), DEFAULT_STEP_CONFIG);
    expect(plain.fields.map((field) => field.name)).to.deep.equal(['username', 'password']);
    expect(plain.actions.goTo).to.deep.equal(['resetPassword', 'signUp']);
  });

  it('places an error at its field only when the step shows that field', () => {
    const error = { code: 'invalidEmail' as const, name: 'ValidationError', field: 'email', retryable: false };
    expect(connect({ ...initialState('signUp'), error }, { signUpAttributes: [{ name: 'email', required: true }] }).errorAtField).to.equal(true);
    expect(connect({ ...initialState('signIn'), error }).errorAtField).to.equal(false);
  });
});

function stateFor(step: (typeof STEP_NAMES)[number]): object {
  const data: Record<string, object> = {
    selectMfaType: { allowedMfaTypes: ['SMS'] },
    selectMfaSetupType: { allowedMfaTypes: ['TOTP', 'EMAIL'] },
    newPasswordRequired: { missingAttributes: ['name'] },
    customChallenge: { parameters: {}, round: 1 },
    signedIn: { session: { username: 'a', idTokenClaims: {}, accessTokenClaims: {}, expiresAt: 0 } },
  };
  return { step, ...data[step] };
}
