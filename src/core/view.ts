/**
 * The view model: what any UI needs to show the state, read from the step table (the machine →
 * connect split). The kit's elements, an app's own markup and headless UIs all read the same thing,
 * so a field's rules, autocomplete token and keyboard are declared once.
 */
import type { CodeDelivery } from './backend.js';
import type { ErrorInfo } from './errors.js';
import type { FieldSpec } from './fields.js';
import { DEFAULT_STEP_CONFIG, type Phase, type StepConfig, type StepHeadingKey, type StepSpec } from './step-spec.js';
import { entryOf } from './step-lookup.js';
import type { AuthState, EntryStep, Notice, StepName } from './steps.js';

/** What a person can do on the step, beside filling in its fields. */
export interface StepActions {
  /** The main button (the step's command). */
  submit: boolean;
  /** "Send a new code". */
  resend: boolean;
  /** Entry steps reachable from here ("Back to sign in", "Forgot your password?", "Create an account"). */
  goTo: readonly EntryStep[];
}

export interface StepView {
  step: StepName;
  phase: Phase;
  /** Message keys for the UI's catalogue. */
  heading: StepHeadingKey;
  notice: `notice.${Notice}` | null;
  fields: readonly FieldSpec[];
  actions: StepActions;
  /** Where the last code went, on steps that show it. */
  codeDelivery?: CodeDelivery;
  pending: boolean;
  /** The error to show, and at which field when the step has that field (else at form level). */
  error: ErrorInfo | null;
  errorAtField: boolean;
}

export interface ViewOptions extends Partial<StepConfig> {
  /** Hides "Create an account". */
  hideSignUp?: boolean;
}

export function connect(state: AuthState, options: ViewOptions = {}): StepView {
  const config: StepConfig = { ...DEFAULT_STEP_CONFIG, ...options };
  const spec = entryOf(state.step) as StepSpec<StepName> | undefined;
  if (!spec) return waiting(state as AuthState & { step: EntryStep });
  const fields = spec.fields(state as never, config);
  const error = state.error;
  return {
    step: state.step,
    phase: spec.phase,
    heading: spec.heading,
    notice: state.notice ? `notice.${state.notice}` : null,
    fields,
    actions: {
      submit: !!spec.submit,
      resend: !!spec.resend,
      goTo: reachable(state.step, config, options.hideSignUp ?? false),
    },
    codeDelivery: 'codeDelivery' in state ? state.codeDelivery : undefined,
    pending: state.pending,
    error,
    errorAtField: !!error?.field && fields.some((field) => field.name === error.field),
  };
}

/**
 * The view of an entry step whose entry is not here yet (`initial-step`, or `goTo` before the later
 * part of the step table arrived; docs/architecture.md §2): pending, nothing to fill in or press.
 * The kit's elements never show it (they wait for the entry); it only keeps `connect` total.
 */
function waiting(state: AuthState & { step: EntryStep }): StepView {
  const { step, error } = state;
  const actions = { submit: false, resend: false, goTo: [] };
  return { step, phase: 'entry', heading: `${step}.heading`, notice: null, fields: [], actions, pending: true, error, errorAtField: false };
}

function reachable(step: StepName, config: StepConfig, hideSignUp: boolean): EntryStep[] {
  if (step === 'signedIn') return [];
  if (step === 'signIn') {
    const links: EntryStep[] = config.authFlowType === 'CUSTOM_WITHOUT_SRP' ? [] : ['resetPassword'];
    return hideSignUp ? links : [...links, 'signUp'];
  }
  return ['signIn'];
}
