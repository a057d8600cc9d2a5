/**
 * `<auth-flow>`'s wiring once its parts are here (docs/architecture.md §11): the controller it
 * builds from its attributes (or is given) and keeps in step with them, the controller's states and
 * events as DOM events, managed login's code, and what a person's actions run (the submit, a link to
 * another entry step, the modal). The element itself draws the first screen before this arrives.
 */
import type { PropertyValues } from 'lit';
import type { AuthBackend, FederatedSignIn } from '../../core/backend.js';
import { AuthController } from '../../core/auth-controller.js';
import { AuthError, KIT_ERROR_NAMES } from '../../core/errors.js';
import { parseAttributeList } from '../../core/attribute-list.js';
import { loadOnce } from '../../core/load-once.js';
import { isManagedLoginReturn } from '../../core/managed-login-return.js';
import { parsePasswordPolicy } from '../../core/password-policy.js';
import { entryOf, loadStepTable } from '../../core/step-lookup.js';
import type { AuthState, StepName } from '../../core/steps.js';
import { parseUsernameAttributes } from '../../core/username.js';
import { englishTextFor, loadEnglishRest } from '../../i18n/en-rest-loader.js';
import { type Translate } from '../../i18n/translate.js';
import { codeSentText } from '../../i18n/phrases.js';
import type { AuthFlowElement } from '../auth-flow.js';
import { browserPasskeys } from './browser-passkeys.js';
import { lastUsername } from './device-memory.js';
import { bridgeEvents } from './event-bridge.js';
import { emit } from './events.js';
import { ExpiryWarning } from './expiry-warning.js';
import { deviceFactorMemory } from './factor-memory.js';
import { FormSubmitter } from './form-submit.js';
import { ModalPresenter } from './modal.js';
import type { StepSettings } from './step-context.js';

type Federation = typeof import('./federation.js');

/** Managed login's element side (federation.ts), once here. */
let federation: Federation | undefined;
/**
 * Fetched only where a page offers provider sign-in, with the rest of English (the buttons' strings);
 * a failed fetch is forgotten, so the next state tries again.
 */
const loadFederation = loadOnce(() =>
  Promise.all([import('./federation.js'), loadEnglishRest()]).then(([module]) => (federation = module)),
);

/** Managed login while its code cannot be fetched (offline): a return fails as a call would, with the network's error. */
const offline = (): Promise<never> => Promise.reject(new AuthError(KIT_ERROR_NAMES.network));
const OFFLINE: FederatedSignIn = { start: offline, complete: offline, endSession: () => false };

/** What only `<auth-flow>` knows or changes: its locale, its live region, the step on screen, its first screen's choices. */
export interface FlowFrame {
  /** The locale's strings as they are now. */
  translator(): Translate;
  announce(text: string, append?: boolean): void;
  /** The step whose announcement the live region holds. */
  announcedStep(): string | null;
  /** Where focus goes as the modal opens. */
  initialFocus(): HTMLElement | null;
  rememberedUsername(): string;
  autofillWanted(username: string): boolean;
}

export class FlowWiring {
  controller: AuthController | null = null;
  owns = false;
  /** Managed login's code on its way for the controller on screen: the first screen waits for it. */
  federating: Promise<Federation> | null = null;
  readonly modal: ModalPresenter;
  readonly expiry: ExpiryWarning;
  readonly #submitter: FormSubmitter;
  #detach: AbortController | null = null;

  constructor(
    private readonly host: AuthFlowElement,
    private readonly frame: FlowFrame,
  ) {
    this.modal = new ModalPresenter(host, frame.initialFocus);
    this.expiry = new ExpiryWarning(
      host,
      () => host.challengeLifetime,
      () => frame.announce(frame.translator()('flow.expiring')),
    );
    this.#submitter = new FormSubmitter(host);
  }

  /** Builds the controller from the attributes (the given backend, else the default one), in place of the one it built before. */
  build(): void {
    const { host } = this;
    const backend = host.backend ?? this.#defaultBackend();
    if (!backend) {
      this.use(null, this.owns);
      return;
    }
    const username = this.frame.rememberedUsername();
    const controller = new AuthController(backend, {
      initialStep: host.initialStep,
      username,
      authFlowType: host.authFlowType,
      signUpAttributes: parseAttributeList(host.signUpAttributes),
      usernameKind: parseUsernameAttributes(host.usernameAttributes),
      passwordPolicy: parsePasswordPolicy(host.passwordPolicy),
      formFields: host.formFields,
      revealUnknownUsers: host.revealUnknownUsers,
      preferredChallenge: host.preferredChallenge || undefined,
      passkeyPrompt: host.passkeyPrompt,
      verifyContact: host.verifyContact,
      rememberDevice: host.rememberDevice,
      passkeys: browserPasskeys,
      factorMemory: deviceFactorMemory,
    });
    controller.passkeyAutofill = this.frame.autofillWanted(username);
    if (this.owns) this.controller?.dispose();
    this.use(controller, true);
    const federating = this.federating;
    void controller.restore().then(async () => {
      if (federating && isManagedLoginReturn(location.href)) await this.#completeReturn(controller, federating);
      this.#startAutofill();
    });
  }

  #defaultBackend(): AuthBackend | null {
    const { host } = this;
    host.configError = false;
    const factory = (host.constructor as typeof AuthFlowElement).defaultBackend;
    if (!factory || !host.userPoolId || !host.clientId) return null;
    try {
      const { userPoolId, clientId, endpoint, persist, requestTimeout: timeout } = host;
      return factory({ userPoolId, clientId, endpoint, persist, timeout });
    } catch {
      host.configError = true; // a malformed pool id: say so instead of failing on submit
      return null;
    }
  }

  /** Puts `controller` on screen (`owns`: built here, so disposed when replaced) and follows it. */
  use(controller: AuthController | null, owns = false): void {
    this.owns = owns;
    this.#detach?.abort();
    this.#detach = null;
    if (this.controller !== controller) {
      this.controller = controller;
      this.federating = null; // the previous controller's
      emit(this.host, 'auth-controller-change', { controller });
    }
    this.host.snapshot = controller?.getSnapshot() ?? null;
    this.connect();
  }

  /** Keeps the controller in step with the attributes that changed. */
  sync(changed: PropertyValues<AuthFlowElement>): void {
    const { controller, host } = this;
    if (!controller) return;
    if (changed.has('authFlowType')) controller.authFlowType = host.authFlowType;
    if (changed.has('revealUnknownUsers')) controller.revealUnknownUsers = host.revealUnknownUsers;
    if (!this.owns) return;
    controller.preferredChallenge = host.preferredChallenge || undefined;
    controller.passkeyPrompt = host.passkeyPrompt;
    controller.verifyContact = host.verifyContact;
    controller.rememberDevice = host.rememberDevice;
    if (changed.has('signUpAttributes')) controller.signUpAttributes = parseAttributeList(host.signUpAttributes);
    if (changed.has('usernameAttributes')) controller.usernameKind = parseUsernameAttributes(host.usernameAttributes);
    if (changed.has('passwordPolicy')) controller.passwordPolicy = parsePasswordPolicy(host.passwordPolicy);
    if (changed.has('formFields')) controller.formFields = host.formFields;
  }

  /** Follows the controller on screen while connected: its states, and its events as DOM events. */
  connect(): void {
    const { controller, host, frame } = this;
    if (!controller || !host.isConnected || this.#detach) return;
    host.snapshot = controller.getSnapshot();
    this.#federate();
    const detach = new AbortController();
    this.#detach = detach;
    const unsubscribe = controller.subscribe(this.#onState);
    detach.signal.addEventListener('abort', unsubscribe);
    bridgeEvents(controller, host, detach.signal, (event) => {
      // After what the step said (its heading, why the person is here), not instead of it.
      if (event.type === 'signedin' && host.rememberUsername) lastUsername.set(host.snapshot?.username ?? '');
      if (event.type === 'codesent' && 'codeDelivery' in event) {
        const { codeDelivery } = event;
        const say = () => frame.announce(codeSentText(frame.translator(), codeDelivery), host.snapshot?.step === frame.announcedStep());
        // Its sentence is in the rest of English: said once that is here (at once when it is).
        const wait = englishTextFor(['code.sent']);
        if (wait) wait.then(say, () => {});
        else say();
      }
    });
  }

  disconnect(): void {
    this.#detach?.abort();
    this.#detach = null;
  }

  #onState = (next: AuthState): void => {
    const { host } = this;
    const previous = host.snapshot;
    host.snapshot = next;
    this.#federate();
    this.expiry.track(next);
    if (previous && previous.step !== next.step) emit(host, 'auth-step-change', { step: next.step, previousStep: previous.step });
    if (next.step === 'signIn' && previous?.step !== 'signIn') this.#startAutofill();
    if (next.step === 'signedIn' && previous && previous.step !== 'signedIn' && this.modal.open) this.modal.close();
    if (previous && previous.pending !== next.pending) emit(host, 'auth-pending-change', { pending: next.pending });
  };

  /** Managed login's buttons for the steps, once its code is here for a controller that offers it. */
  providers(): StepSettings['providers'] {
    const enabled = this.controller?.federation;
    return enabled && enabled !== OFFLINE ? federation?.providerButtons(this.host) : undefined;
  }

  submit(event: SubmitEvent): void {
    void this.#submitter.submit(event, this.controller);
  }

  /**
   * The dialog's name: the step's heading. Until its text is here (the rest of English, fetched with
   * the step's template), the sign-in screen is still the one showing, and names it.
   */
  dialogLabel(step: StepName | undefined): string {
    const t = this.frame.translator();
    const spec = step && entryOf(step);
    // An entry step whose entry is not here yet (docs/architecture.md §2): named once it is.
    if (step && !spec) loadStepTable().then(() => this.host.requestUpdate(), () => {});
    const heading = spec ? spec.heading : 'signIn.heading';
    const wait = englishTextFor([heading]);
    if (!wait) return t(heading);
    wait.then(() => this.host.requestUpdate(), () => {});
    return t('signIn.heading');
  }

  /**
   * Fetches managed login's code when the controller on screen needs it: the one built here, with
   * `oauth-domain` (its `federation` is built then), or one given with its federation and providers
   * to show. After a failure (offline) the next state tries again.
   */
  #federate(): void {
    const { controller, host } = this;
    const factory = (host.constructor as typeof AuthFlowElement).defaultFederation;
    const build = this.owns && !!host.oauthDomain && !!factory && !controller?.federation;
    const show = !!controller?.federation && !federation && !!(host.identityProviders || host.sso);
    if (this.federating || !controller || !(build || show)) return;
    const federating = loadFederation().then(async (module) => {
      if (build) controller.federation = await module.buildFederation(factory!, host);
      return module;
    });
    this.federating = federating;
    const settle = () => {
      if (this.federating !== federating) return;
      this.federating = null;
      host.requestUpdate();
    };
    federating.then(settle, settle);
  }

  /** Completes the return from a provider; without its code (offline), the form says so (`network`) and the address keeps it for a reload. */
  #completeReturn(controller: AuthController, federating: Promise<Federation>): Promise<void> {
    return federating.then(
      (module) => module.completeReturn(controller),
      async () => {
        // Pending, then the network's error, and pending settles; no provider buttons meanwhile.
        controller.federation = OFFLINE;
        await controller.completeRedirect(location.href);
        controller.federation = null;
      },
    );
  }

  /** Passkeys in the username field's autofill, when a remembered username lets Cognito ask for one. */
  #startAutofill(): void {
    const { controller, host } = this;
    if (controller?.passkeyAutofill && host.snapshot?.username) void controller.startPasskeyAutofill(host.snapshot.username);
  }
}
