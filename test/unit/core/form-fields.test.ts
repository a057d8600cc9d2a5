/** `form-fields` in core: the step's attribute fields as the page configures them, checked by the controller. */
import { expect } from '@open-wc/testing';
import type { AuthErrorEvent } from '../../../src/core/controller-events.js';
import { AuthController } from '../../../src/core/controller.js';
import { attributeField, configureFields, isAttributeName } from '../../../src/core/attribute-fields.js';
import { parseAttributeList } from '../../../src/core/attribute-list.js';
import type { FormFields } from '../../../src/core/fields.js';
import { fieldsOf } from '../../../src/core/step-table.js';
import { initialState } from '../../../src/core/steps.js';
import { EMAIL_DELIVERY, ScriptedBackend } from '../../support/scripted-backend.js';

const PASSWORD = 'Correct-horse-9';
const brief = (fields: readonly { name: string; type: string; required: boolean; rules: readonly unknown[] }[]) =>
  fields.map(({ name, type, required, rules }) => `${name}:${type}:${required ? 'required' : 'optional'}:${rules.join('+')}`);

describe('configureFields', () => {
  const base = [attributeField({ name: 'email', required: true }), attributeField({ name: 'phone_number', required: false })];

  it('lays the page settings over an attribute and adds the ones the step lacked, last', () => {
    const fields = configureFields(base, [
      { name: 'custom:plan', type: 'select', options: ['free', 'pro'], required: true, label: 'Plan' },
      { name: 'email', label: 'Work email', hint: 'The one you use at work.', placeholder: 'name@company.example' },
    ]);
    expect(brief(fields)).to.deep.equal(['email:email:required:required+email', 'phone_number:tel:optional:phone', 'custom:plan:select:required:required']);
    expect(fields[0]).to.deep.include({ label: 'Work email', hint: 'The one you use at work.', placeholder: 'name@company.example', autocomplete: 'email' });
    expect(fields[2]).to.deep.include({ kind: 'attribute', label: 'Plan', options: ['free', 'pro'] });
  });

  it('places fields by order (the step counting from 0), the others keeping theirs', () => {
    const fields = configureFields(base, [{ name: 'given_name', order: -1 }, { name: 'phone_number', order: 0.5 }]);
    expect(fields.map(({ name }) => name)).to.deep.equal(['given_name', 'email', 'phone_number']);
  });

  it('a type brings its format rule and drops the standard keyboard; a field the pool requires stays required', () => {
    const [email, phone, other] = configureFields(base, [
      { name: 'email', required: false },
      { name: 'phone_number', type: 'text' },
      { name: 'custom:contact', type: 'tel', required: true },
    ]);
    expect(brief([email, phone, other])).to.deep.equal(['email:email:required:required+email', 'phone_number:text:optional:', 'custom:contact:tel:required:required+phone']);
    expect(phone.inputmode).to.equal(undefined);
  });

  it('leaves the kit fields and names that are no attribute alone', () => {
    const fields = configureFields([{ ...attributeField({ name: 'x', required: false }), name: 'username', kind: 'username' }], [
      { name: 'username', label: 'Login', type: 'number' },
      { name: 'terms', type: 'checkbox', required: true },
    ]);
    expect(brief(fields)).to.deep.equal(['username:text:optional:']);
    expect(fields[0].label).to.equal(undefined);
  });

  it('isAttributeName: the standard attributes and custom: ones only', () => {
    expect(['email', 'given_name', 'zoneinfo', 'custom:plan'].every(isAttributeName)).to.equal(true);
    expect(['terms', 'username', 'password', 'intent', 'custom:', 'email_verified'].some(isAttributeName)).to.equal(false);
  });
});

describe('form-fields through the step table and the controller', () => {
  const formFields: FormFields = {
    signUp: [
      { name: 'custom:plan', type: 'select', options: ['free', 'pro'], required: true },
      { name: 'birthdate', type: 'date' },
    ],
    newPasswordRequired: [{ name: 'name', label: 'Your full name' }],
  };

  it('the step table gives the configured fields to every reader (view, controller)', () => {
    const signUp = fieldsOf(initialState('signUp'), { authFlowType: 'USER_SRP_AUTH', signUpAttributes: parseAttributeList('email'), formFields });
    expect(signUp.map(({ name }) => name)).to.deep.equal(['username', 'password', 'email', 'custom:plan', 'birthdate']);
    const newPassword = fieldsOf(
      { ...initialState('signIn'), step: 'newPasswordRequired', missingAttributes: ['name'] } as never,
      { authFlowType: 'USER_SRP_AUTH', signUpAttributes: [], formFields },
    );
    expect(newPassword.find(({ name }) => name === 'name')).to.deep.include({ label: 'Your full name', required: true });
  });

  it('refuses a configured required field left empty, at its field, without a call', async () => {
    const backend = new ScriptedBackend({});
    const controller = new AuthController(backend, { initialStep: 'signUp', signUpAttributes: parseAttributeList('email'), formFields });
    await controller.signUp({ username: 'bo', password: PASSWORD, attributes: { email: 'bo@example.com', 'custom:plan': '' } });
    expect(backend.calls).to.have.length(0);
    expect(controller.getSnapshot().error).to.deep.include({ code: 'required', field: 'custom:plan' });
  });

  it('sends the attributes, and only attributes (a terms checkbox is no attribute)', async () => {
    const backend = new ScriptedBackend({ signUp: [{ userConfirmed: false, codeDelivery: EMAIL_DELIVERY }] });
    const controller = new AuthController(backend, { initialStep: 'signUp', signUpAttributes: parseAttributeList('email'), formFields });
    await controller.submit({ username: 'bo', password: PASSWORD, email: 'bo@example.com', 'custom:plan': 'pro', birthdate: '', terms: 'on' });
    expect(backend.calls[0].input).to.deep.equal({ username: 'bo', password: PASSWORD, attributes: { email: 'bo@example.com', 'custom:plan': 'pro' } });
  });

  it('refuses a form that lacks a field the pool requires before the call, saying it is the form, naming the attribute', async () => {
    const backend = new ScriptedBackend({});
    const controller = new AuthController(backend, { initialStep: 'signUp', signUpAttributes: parseAttributeList('email given_name phone_number?') });
    const errors: string[] = [];
    controller.addEventListener('error', (event) => errors.push(`${(event as AuthErrorEvent).error.code}:${(event as AuthErrorEvent).error.field}`));
    // An app's own markup with no given_name field (an empty one would be the person's to fill).
    await controller.submit({ username: 'bo', password: PASSWORD, email: 'bo@example.com' });
    expect(backend.calls).to.have.length(0);
    expect(controller.getSnapshot().error).to.deep.include({ code: 'formLacksField', field: 'given_name', retryable: false });
    expect(errors, 'the error event names it for the page').to.deep.equal(['formLacksField:given_name']);
    await controller.submit({ username: 'bo', password: PASSWORD, email: 'bo@example.com', given_name: '' });
    expect(controller.getSnapshot().error).to.deep.include({ code: 'required', field: 'given_name' });
  });
});
