import 'cognito-auth-flow/define';
import { AuthController, CognitoApiBackend, type AuthFlowElement, type FormFields, type StepName } from 'cognito-auth-flow';
import { useRef, useState, useSyncExternalStore } from 'react';
import { config } from './config.js';
import { useAuthFlowEvent } from './use-auth-flow-event.js';

// One controller for the app: <auth-flow> renders its steps, React reads its state. `persist`
// keeps the person signed in across reloads and tabs (sealed, never in plain text).
const controller = new AuthController(new CognitoApiBackend({ ...config, persist: 'local' }));
// A session kept from an earlier visit shows without signing in again.
void controller.restore();

// How sign-up shows its attributes (the kit's form-fields): a plan to choose, required.
const formFields: FormFields = {
  signUp: [{ name: 'custom:plan', label: 'Plan', type: 'select', required: true, options: [{ value: 'free', label: 'Free' }, { value: 'pro', label: 'Pro' }] }],
};

export function App() {
  // subscribe/getSnapshot are stable functions shaped for useSyncExternalStore.
  const state = useSyncExternalStore(controller.subscribe, controller.getSnapshot);
  const [lastEvent, setLastEvent] = useState('–');
  const [steps, setSteps] = useState<StepName[]>([]);
  const flow = useRef<AuthFlowElement>(null);
  useAuthFlowEvent(flow, 'auth-step-change', (event) => setSteps((seen) => [...seen, event.detail.step]));

  return (
    <main>
      {/* State for what to show (a restored session too), events for what happened. */}
      <p role="status" id="greeting">
        {state.step === 'signedIn' ? `Welcome, ${state.session.username}` : 'Not signed in'}
      </p>
      <p id="step">
        Controller state: {state.step}
        {state.pending ? ' (working…)' : ''}
      </p>
      <p id="event">Last event: {lastEvent}</p>
      <p id="steps">Steps seen: {steps.join(' → ') || '–'}</p>
      {/* React 19 sets `controller`, `formFields` and `hideSignUp` as properties (the element has
          them) and listens to `auth-signed-in` for `onauth-signed-in`. */}
      <auth-flow
        ref={flow}
        controller={controller}
        formFields={formFields}
        hideSignUp
        onauth-signed-in={(event) => setLastEvent(`signed in as ${event.detail.username}`)}
        onauth-signed-out={(event) => setLastEvent(`signed out as ${event.detail.username}`)}
      />
    </main>
  );
}
