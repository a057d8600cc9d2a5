/**
 * Remembered devices end to end, against the local Cognito with device tracking on
 * (`deviceConfiguration`): MFA once and "Remember this device", then sign-ins without MFA until
 * the device is forgotten (docs/cognito.md §13).
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { CognitoApiBackend } from '../../src/cognito/api/backend.js';
import { MemorySecretStore } from '../../src/cognito/device-store.js';
import type { AuthFlowElement } from '../../src/elements/auth-flow.js';
import { fill, submit, waitFor } from '../support/dom.js';
import { freshName, mountFlow, signedIn, signInAs, STRONG } from '../support/flow.js';
import { createUser, latestCode, localCognito, setLocalSettings } from '../support/local-cognito.js';
import { pathsTo } from '../support/reach.js';

const PROMPTED = { ChallengeRequiredOnNewDevice: true, DeviceOnlyRememberedOnUserPrompt: true };

async function smsUser(prefix: string) {
  return createUser({ username: freshName(prefix), password: STRONG, phone_number: '+15550102468', mfa: { sms: true } });
}

/** Signs in and records the steps it went through; answers the SMS code when asked (ticking the box when told to). */
async function signInRecording(el: AuthFlowElement, username: string, tick = false): Promise<string[]> {
  const steps: string[] = [];
  const record = (event: Event) => steps.push((event as CustomEvent<{ step: string }>).detail.step);
  el.addEventListener('auth-step-change', record);
  const started = new Date().toISOString();
  signInAs(el, username, STRONG);
  await waitFor(() => el.querySelector('auth-mfa-code form, auth-signed-in form'), 8000);
  if (el.querySelector('auth-mfa-code form')) {
    fill(el, { code: await latestCode(username, started) });
    if (tick) el.querySelector<HTMLInputElement>('input[name=rememberDevice]')!.click();
    submit(el);
  }
  await signedIn(el);
  el.removeEventListener('auth-step-change', record);
  return steps;
}

async function signOut(el: AuthFlowElement): Promise<void> {
  const out = oneEvent(el, 'auth-signed-out');
  el.querySelector<HTMLButtonElement>('auth-signed-in button[value=signOut]')!.click();
  await out;
  await waitFor(() => el.querySelector('auth-sign-in form'));
}

describe('e2e: remembered devices', () => {
  afterEach(() => setLocalSettings(null));

  it('MFA with "Remember this device" → sign out → sign in without MFA → forget the device → MFA again', async () => {
    await setLocalSettings({ deviceConfiguration: PROMPTED });
    const user = await smsUser('device');
    const el = await mountFlow({ rememberDevice: 'ask' });

    const remembered = oneEvent(el, 'auth-device-remembered');
    expect(await signInRecording(el, user.username, true)).to.deep.equal(['confirmSignInWithSmsCode', 'signedIn']);
    expect((await remembered).detail).to.deep.equal({ username: user.username });
    const [device, ...others] = await el.controller!.listDevices();
    expect(others).to.deep.equal([]);
    expect(device).to.include({ remembered: true, current: true });
    expect(device.name).to.be.a('string').and.not.equal('');
    expect(device.createdAt).to.be.a('number');

    await signOut(el);
    expect(await signInRecording(el, user.username), 'no MFA on a remembered device').to.deep.equal(['signedIn']);
    expect((await el.controller!.listDevices()).map((d) => d.key)).to.deep.equal([device.key]);

    await el.controller!.forgetDevice(device.key);
    expect(await el.controller!.listDevices()).to.deep.equal([]);
    await signOut(el);
    expect(await signInRecording(el, user.username), 'forgotten: MFA again').to.deep.equal(['confirmSignInWithSmsCode', 'signedIn']);
  });

  it('a device forgotten elsewhere: refresh goes on without it, and the next sign-in drops it and asks for MFA again', async () => {
    await setLocalSettings({ deviceConfiguration: PROMPTED });
    const user = await smsUser('device-elsewhere');
    const el = await mountFlow({ rememberDevice: 'ask' });
    await signInRecording(el, user.username, true);
    const [device] = await el.controller!.listDevices();
    const backend = el.controller!.backend as import('../../src/cognito/api/backend.js').CognitoApiBackend;
    await backend.refreshSession();

    // Another browser's account page forgets this device (a direct call with this person's token).
    const { endpoint } = await localCognito();
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-amz-json-1.1', 'X-Amz-Target': 'AWSCognitoIdentityProviderService.ForgetDevice' },
      body: JSON.stringify({ AccessToken: await backend.accessToken(), DeviceKey: device.key }),
    });
    expect(response.status).to.equal(200);
    const refreshed = await backend.refreshSession();
    expect(refreshed.username).to.equal(user.username);

    await signOut(el);
    expect(await signInRecording(el, user.username, true)).to.deep.equal(['confirmSignInWithSmsCode', 'signedIn']);
    const [again] = await el.controller!.listDevices();
    expect(again.key, 'a new device').not.to.equal(device.key);
    expect(again).to.include({ remembered: true, current: true });
  });

  it('ask, not ticked: the device is kept but not remembered, so MFA stays; ticking later remembers it', async () => {
    await setLocalSettings({ deviceConfiguration: PROMPTED });
    const user = await smsUser('device-untick');
    const el = await mountFlow({ rememberDevice: 'ask' });
    let rememberedEvents = 0;
    el.addEventListener('auth-device-remembered', () => rememberedEvents++);

    expect(await signInRecording(el, user.username)).to.deep.equal(['confirmSignInWithSmsCode', 'signedIn']);
    expect((await el.controller!.listDevices()).map((d) => [d.remembered, d.current])).to.deep.equal([[false, true]]);
    await signOut(el);
    expect(await signInRecording(el, user.username, true), 'not remembered: MFA').to.deep.equal(['confirmSignInWithSmsCode', 'signedIn']);
    expect((await el.controller!.listDevices()).map((d) => d.remembered), 'the same device, now remembered').to.deep.equal([true]);
    await signOut(el);
    expect(await signInRecording(el, user.username)).to.deep.equal(['signedIn']);
    expect(rememberedEvents).to.equal(1);
  });

  it('always: no checkbox, and the next sign-in skips MFA', async () => {
    await setLocalSettings({ deviceConfiguration: PROMPTED });
    const user = await smsUser('device-always');
    const el = await mountFlow({ rememberDevice: 'always' });
    const started = new Date().toISOString();
    signInAs(el, user.username, STRONG);
    await waitFor(() => el.querySelector('auth-mfa-code form'));
    expect(el.querySelector('input[name=rememberDevice]')).to.equal(null);
    fill(el, { code: await latestCode(user.username, started) });
    const remembered = oneEvent(el, 'auth-device-remembered');
    submit(el);
    await remembered;
    await signedIn(el);
    await signOut(el);
    expect(await signInRecording(el, user.username)).to.deep.equal(['signedIn']);
  });

  it('the device secret is reachable from nothing the page holds, and appears in no storage', async () => {
    await setLocalSettings({ deviceConfiguration: PROMPTED });
    const user = await smsUser('device-reach');
    const written: string[] = [];
    // Records what reaches the secret store, in a closure the walk cannot see.
    class RecordingStore extends MemorySecretStore {
      override async set(key: string, value: string): Promise<void> {
        written.push(value);
        return super.set(key, value);
      }
    }
    const { endpoint, userPoolId, clientId } = await localCognito();
    const backend = new CognitoApiBackend({ userPoolId, clientId, endpoint, deviceSecrets: new RecordingStore() });
    const el = await fixture<AuthFlowElement>(html`<auth-flow .backend=${backend} remember-device="ask"></auth-flow>`);
    await waitFor(() => el.querySelector('auth-sign-in form'));
    await signInRecording(el, user.username, true);
    await signOut(el);
    expect(await signInRecording(el, user.username), 'the device works').to.deep.equal(['signedIn']);

    const { secret } = JSON.parse(written[0]) as { secret: string };
    expect(secret).to.have.length(56); // base64 of 40 bytes
    expect(pathsTo({ el, controller: el.controller, backend }, secret)).to.deep.equal([]);
    const stored = [localStorage, sessionStorage].flatMap((storage) => Object.keys(storage).map((key) => storage.getItem(key) ?? ''));
    expect(stored.some((value) => value.includes(secret))).to.equal(false);
  });

  it('never (the default): no checkbox, no device kept, MFA every time', async () => {
    await setLocalSettings({ deviceConfiguration: { ChallengeRequiredOnNewDevice: true, DeviceOnlyRememberedOnUserPrompt: false } });
    const user = await smsUser('device-never');
    const el = await mountFlow();
    const started = new Date().toISOString();
    signInAs(el, user.username, STRONG);
    await waitFor(() => el.querySelector('auth-mfa-code form'));
    expect(el.querySelector('input[name=rememberDevice]')).to.equal(null);
    fill(el, { code: await latestCode(user.username, started) });
    submit(el);
    await signedIn(el);
    expect(await el.controller!.listDevices(), 'nothing confirmed').to.deep.equal([]);
    await signOut(el);
    expect(await signInRecording(el, user.username)).to.deep.equal(['confirmSignInWithSmsCode', 'signedIn']);
  });
});
