// AuthController with markup of its own: no <auth-flow>, no Lit. Only the controller and the
// Cognito backend end up in the bundle (the package's main entry has no side effects).
import { AuthController, CognitoApiBackend, en, type AuthState, type MessageKey } from 'cognito-auth-flow';
import { config } from './config.js';

// `persist` keeps the person signed in across reloads and tabs (sealed, never in plain text).
const controller = new AuthController(new CognitoApiBackend({ ...config, persist: 'local' }));

const $ = <T extends HTMLElement>(selector: string) => document.querySelector<T>(selector)!;
const form = $<HTMLFormElement>('#sign-in');
const signOut = $<HTMLButtonElement>('#sign-out');

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const data = new FormData(form);
  void controller.signIn({ username: String(data.get('username')), password: String(data.get('password')) });
});
signOut.addEventListener('click', () => void controller.signOut());

// Events for what happened, state for what to show (a restored session too).
controller.addEventListener('signedin', ({ session }) => {
  $('#event').textContent = `Last event: signed in as ${session.username}`;
});
controller.addEventListener('signedout', ({ username }) => {
  $('#event').textContent = `Last event: signed out as ${username}`;
});

function render(state: AuthState): void {
  $('#greeting').textContent = state.step === 'signedIn' ? `Welcome, ${state.session.username}` : 'Not signed in';
  $('#step').textContent = `Controller state: ${state.step}${state.pending ? ' (working…)' : ''}`;
  form.hidden = state.step !== 'signIn';
  signOut.hidden = state.step !== 'signedIn';
  form.querySelector('button')!.disabled = state.pending;
  const message = state.error ? en[`error.${state.error.code}` as MessageKey] : '';
  $('#error').textContent = typeof message === 'string' ? message : (state.error?.code ?? '');
  if (state.error) form.password.value = '';
}

controller.subscribe(render);
render(controller.getSnapshot());
// A session kept from an earlier visit shows without signing in again.
void controller.restore();
