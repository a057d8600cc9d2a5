import 'cognito-auth-flow/define';
import { AuthController, CognitoApiBackend, type AuthFlowElement, type FormFields, type StepName } from 'cognito-auth-flow';
import { useRef, useState, useSyncExternalStore } from 'react';
import { config } from './config.js';
import { useAuthFlowEvent } from './use-auth-flow-event.js';

// One controller for the app: <auth-flow> renders its steps, React reads its state.
const controller = new AuthController(new CognitoApiBackend(config));

// How sign-up shows its attributes (the kit's form-fields): a plan to choose, required.
const formFields: FormFields = {
  signUp: [{ name: 'custom:plan', label: 'Plan', type: 'select', required: true, options: [{ value: 'free', label: 'Free' }, { value: 'pro', label: 'Pro' }] }],
};

export function App() {
  // subscribe/getSnapshot are stable functions shaped for useSyncExternalStore.
  const state = useSyncExternalStore(controller.subscribe, controller.getSnapshot);
  const [user, setUser] = useState<string | null>(null);
  const [steps, setSteps] = useState<StepName[]>([]);
  const flow = useRef<AuthFlowElement>(null);
  useAuthFlowEvent(flow, 'auth-step-change', (event) => setSteps((seen) => [...seen, event.detail.step]));

  return (
    <main>
      <p role="status" id="greeting">
        {user ? `Welcome, ${user}` : 'Not signed in'}
      </p>
      <p id="step">
        Controller state: {state.step}
        {state.pending ? ' (working…)' : ''}
      </p>
      <p id="steps">Steps seen: {steps.join(' → ') || '–'}</p>
      {/* React 19 sets `controller`, `formFields` and `hideSignUp` as properties (the element has
          them) and listens to `auth-signed-in` for `onauth-signed-in`. */}
      <auth-flow
        ref={flow}
        controller={controller}
        formFields={formFields}
        hideSignUp
        onauth-signed-in={(event) => setUser(event.detail.username)}
        onauth-signed-out={() => setUser(null)}
      />
    </main>
  );
}
