import { expect } from '@open-wc/testing';
import type { AuthBackend, DeviceInfo } from '../../../src/core/backend.js';
import { AuthController } from '../../../src/core/controller.js';
import { fieldsOf } from '../../../src/core/step-table.js';
import { connect } from '../../../src/core/view.js';
import { handle, ScriptedBackend, SESSION, type Script } from '../../support/scripted-backend.js';
import { rejection } from '../../support/rejection.js';

const PASSWORD = 'Correct-horse-9';
const sms = () => ({ kind: 'challenge' as const, name: 'SMS_MFA', parameters: { CODE_DELIVERY_DESTINATION: '+*******1234' }, handle: handle() });
const setupTotp = () => ({ kind: 'challenge' as const, name: 'MFA_SETUP', parameters: { MFAS_CAN_SETUP: '["SOFTWARE_TOKEN_MFA"]' }, handle: handle() });

function setUp(script: Script, options: ConstructorParameters<typeof AuthController>[1] = {}) {
  const backend = new ScriptedBackend(script);
  const controller = new AuthController(backend, options);
  const events: string[] = [];
  for (const type of ['signedin', 'deviceremembered'] as const) {
    controller.addEventListener(type, (event) => events.push(`${event.type}:${'username' in event ? event.username : event.session.username}`));
  }
  return { backend, controller, events };
}

/** The same backend without the device methods (as identity-js is). */
function withoutDevices(backend: ScriptedBackend): AuthBackend {
  const plain = Object.create(backend) as AuthBackend & Record<string, unknown>;
  plain.listDevices = undefined;
  plain.forgetDevice = undefined;
  return plain;
}

const fieldNames = (controller: AuthController) => fieldsOf(controller.getSnapshot(), controller.stepConfig).map((field) => field.name);

describe('AuthController: remembered devices', () => {
  it('never (the default): sign-in as before, no checkbox', async () => {
    const { backend, controller } = setUp({ signIn: [sms()] });
    await controller.signIn({ username: 'ana', password: PASSWORD });
    expect(backend.calls[0].input).to.deep.equal({ username: 'ana', password: PASSWORD, authFlowType: 'USER_SRP_AUTH' });
    expect(fieldNames(controller)).to.deep.equal(['code']);
  });

  it('ask: the sign-in tells the backend, the MFA code step has the checkbox, a ticked box answers rememberDevice', async () => {
    const { backend, controller, events } = setUp(
      { signIn: [sms()], answerChallenge: [{ kind: 'done', session: SESSION, deviceRemembered: true }] },
      { rememberDevice: 'ask' },
    );
    await controller.signIn({ username: 'ana', password: PASSWORD });
    expect(backend.calls[0].input).to.deep.include({ rememberDevice: 'ask' });
    expect(controller.getSnapshot().step).to.equal('confirmSignInWithSmsCode');
    const checkbox = fieldsOf(controller.getSnapshot(), controller.stepConfig).find((field) => field.name === 'rememberDevice');
    expect(checkbox).to.include({ kind: 'checkbox', type: 'checkbox', required: false });
    await controller.submit({ code: '123456', rememberDevice: 'on' });
    expect((backend.calls[1].input as { answer: unknown }).answer).to.deep.equal({ code: '123456', rememberDevice: true });
    expect(events).to.deep.equal(['signedin:ana', 'deviceremembered:ana']);
  });

  it('ask, not ticked: the answer is the code alone, and no event without deviceRemembered', async () => {
    const { backend, controller, events } = setUp({ signIn: [sms()], answerChallenge: [{ kind: 'done', session: SESSION }] }, { rememberDevice: 'ask' });
    await controller.signIn({ username: 'ana', password: PASSWORD });
    await controller.submit({ code: '123456' });
    expect((backend.calls[1].input as { answer: unknown }).answer).to.deep.equal({ code: '123456' });
    expect(events).to.deep.equal(['signedin:ana']);
  });

  it('ask: the authenticator-app setup offers it with the first code', async () => {
    const { controller } = setUp({ signIn: [setupTotp()], associateTotp: [{ secretCode: 'JBSWY3DPEHPK3PXP' }] }, { rememberDevice: 'ask' });
    await controller.signIn({ username: 'ana', password: PASSWORD });
    expect(controller.getSnapshot().step).to.equal('setUpTotp');
    expect(fieldNames(controller)).to.deep.equal(['code', 'rememberDevice']);
  });

  it('always: the backend is told, and there is nothing to tick', async () => {
    const { backend, controller } = setUp({ signIn: [sms()] }, { rememberDevice: 'always' });
    await controller.signIn({ username: 'ana', password: PASSWORD });
    expect(backend.calls[0].input).to.deep.include({ rememberDevice: 'always' });
    expect(fieldNames(controller)).to.deep.equal(['code']);
  });

  it('a backend that cannot keep devices: ask acts as never; listing and forgetting reject as not supported', async () => {
    const scripted = new ScriptedBackend({ signIn: [sms()] });
    const controller = new AuthController(withoutDevices(scripted), { rememberDevice: 'ask' });
    await controller.signIn({ username: 'ana', password: PASSWORD });
    expect(scripted.calls[0].input).not.to.have.property('rememberDevice');
    expect(fieldNames(controller)).to.deep.equal(['code']);
    expect((await rejection(controller.listDevices())).name).to.equal('UnsupportedFeatureError');
    expect((await rejection(controller.forgetDevice('k'))).name).to.equal('UnsupportedFeatureError');
  });

  it('the option can change after construction (the element follows its attribute)', async () => {
    const { backend, controller } = setUp({ signIn: [sms(), sms()] });
    controller.rememberDevice = 'always';
    await controller.signIn({ username: 'ana', password: PASSWORD });
    controller.rememberDevice = 'never';
    await controller.signIn({ username: 'ana', password: PASSWORD });
    expect(backend.calls.map((call) => (call.input as { rememberDevice?: string }).rememberDevice)).to.deep.equal(['always', undefined]);
  });

  it('lists and forgets the signed-in person\'s devices through the backend', async () => {
    const devices: DeviceInfo[] = [{ key: 'k1', name: 'Chrome 140 · Linux', remembered: true, current: true, createdAt: 1 }];
    const { backend, controller } = setUp({ listDevices: [devices], forgetDevice: [undefined] });
    expect(await controller.listDevices()).to.deep.equal(devices);
    await controller.forgetDevice('k1');
    expect(backend.calls.map((call) => [call.method, call.input])).to.deep.equal([
      ['listDevices', undefined],
      ['forgetDevice', 'k1'],
    ]);
  });

  it('the view model shows the checkbox to any UI (headless included) only with ask', () => {
    const state = { ...new AuthController(new ScriptedBackend({})).getSnapshot(), step: 'confirmSignInWithEmailCode' as const };
    expect(connect(state, { rememberDevice: 'ask' }).fields.map((field) => field.name)).to.deep.equal(['code', 'rememberDevice']);
    expect(connect(state, { rememberDevice: 'always' }).fields.map((field) => field.name)).to.deep.equal(['code']);
    expect(connect({ ...state, step: 'confirmSignUp' }, { rememberDevice: 'ask' }).fields.map((field) => field.name), 'not outside sign-in').to.deep.equal(['code']);
  });
});
