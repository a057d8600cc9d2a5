import { expect } from '@open-wc/testing';
import { encodeAnswer, parseChallenge, publicParameters } from '../../../src/cognito/challenges.js';
import type { ChallengeAnswer } from '../../../src/core/backend.js';
import { describeError } from '../../../src/core/error-mapping.js';

describe('Cognito challenges on the wire', () => {
  it('parses every challenge the kit has a step for into its typed challenge', () => {
    const sms = { CODE_DELIVERY_DESTINATION: '+*******1234', CODE_DELIVERY_DELIVERY_MEDIUM: 'SMS' };
    expect(parseChallenge('SMS_MFA', sms)).to.deep.equal({ type: 'smsCode', delivery: { destination: '+*******1234', medium: 'SMS' } });
    expect(parseChallenge('SMS_OTP', {})).to.deep.equal({ type: 'smsCode', delivery: undefined });
    expect(parseChallenge('SOFTWARE_TOKEN_MFA', {})).to.deep.equal({ type: 'totpCode' });
    expect(parseChallenge('EMAIL_OTP', { CODE_DELIVERY_DESTINATION: 'a***@e***', CODE_DELIVERY_DELIVERY_MEDIUM: 'EMAIL' })).to.deep.equal({
      type: 'emailCode',
      delivery: { destination: 'a***@e***', medium: 'EMAIL' },
    });
    expect(parseChallenge('SELECT_MFA_TYPE', { MFAS_CAN_CHOOSE: '["SMS_MFA","SOFTWARE_TOKEN_MFA","EMAIL_OTP"]' })).to.deep.equal({
      type: 'selectMfa',
      options: ['SMS', 'TOTP', 'EMAIL'],
    });
    expect(parseChallenge('MFA_SETUP', { MFAS_CAN_SETUP: '["SOFTWARE_TOKEN_MFA","EMAIL_OTP"]' })).to.deep.equal({
      type: 'setUpMfa',
      options: ['TOTP', 'EMAIL'],
    });
    expect(
      parseChallenge('NEW_PASSWORD_REQUIRED', {
        userAttributes: '{"email":"a@b.c","name":""}',
        requiredAttributes: '["userAttributes.email","userAttributes.name"]',
      }),
    ).to.deep.equal({ type: 'newPassword', missingAttributes: ['name'] });
    expect(parseChallenge('CUSTOM_CHALLENGE', { prompt: 'Colour?' })).to.deep.equal({ type: 'custom', parameters: { prompt: 'Colour?' } });
  });

  it('refuses a challenge it has no step for, as a non-retryable unknownChallenge', () => {
    let thrown: unknown;
    try {
      parseChallenge('ADMIN_NO_SRP_AUTH', {});
    } catch (error) {
      thrown = error;
    }
    expect((thrown as Error).name).to.equal('UnknownChallengeError');
    expect(describeError(thrown)).to.deep.include({ code: 'unknownChallenge', retryable: false });
  });

  it('survives malformed parameters: bad JSON, null, unknown methods, prototype keys', () => {
    expect(parseChallenge('NEW_PASSWORD_REQUIRED', { userAttributes: 'null', requiredAttributes: '["userAttributes.name"]' })).to.deep.equal({
      type: 'newPassword',
      missingAttributes: ['name'],
    });
    expect(parseChallenge('NEW_PASSWORD_REQUIRED', { userAttributes: '{', requiredAttributes: 'nope' })).to.deep.equal({
      type: 'newPassword',
      missingAttributes: [],
    });
    expect(parseChallenge('SELECT_MFA_TYPE', { MFAS_CAN_CHOOSE: '["WEBAUTHN","constructor","__proto__"]' })).to.deep.equal({
      type: 'selectMfa',
      options: [],
    });
    expect(parseChallenge('NEW_PASSWORD_REQUIRED', { userAttributes: '{}', requiredAttributes: '["userAttributes.toString"]' })).to.deep.equal({
      type: 'newPassword',
      missingAttributes: ['toString'],
    });
  });

  it('keeps the parameters naming the canonical user from the caller, and strings only', () => {
    expect(publicParameters({ USERNAME: 'u', USER_ID_FOR_SRP: 'u', prompt: 'p', n: 1, o: {} })).to.deep.equal({ prompt: 'p' });
    expect(Object.isFrozen(publicParameters({}))).to.equal(true);
  });

  it('encodes each typed answer as the ChallengeResponses its challenge expects, and refuses a mismatch', () => {
    const cases: [string, ChallengeAnswer, Record<string, string> | null][] = [
      ['SMS_MFA', { code: '1' }, { SMS_MFA_CODE: '1' }],
      ['SMS_OTP', { code: '1' }, { SMS_OTP_CODE: '1' }],
      ['SOFTWARE_TOKEN_MFA', { code: '1' }, { SOFTWARE_TOKEN_MFA_CODE: '1' }],
      ['EMAIL_OTP', { code: '1' }, { EMAIL_OTP_CODE: '1' }],
      ['SELECT_MFA_TYPE', { mfaType: 'TOTP' }, { ANSWER: 'SOFTWARE_TOKEN_MFA' }],
      ['MFA_SETUP', { email: 'a@b.c' }, { EMAIL: 'a@b.c' }],
      ['CUSTOM_CHALLENGE', { answer: '42' }, { ANSWER: '42' }],
      [
        'NEW_PASSWORD_REQUIRED',
        { newPassword: 'P', attributes: { name: 'N', email_verified: 'true', nickname: '' } },
        { NEW_PASSWORD: 'P', 'userAttributes.name': 'N' },
      ],
      ['SMS_MFA', { answer: '42' }, null],
      ['CUSTOM_CHALLENGE', { code: '1' }, null],
      ['constructor', { code: '1' }, null],
    ];
    for (const [name, answer, expected] of cases) expect(encodeAnswer(name, answer), name).to.deep.equal(expected);
  });
});
