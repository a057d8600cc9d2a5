/**
 * The account page's controller: the view on screen and its data, one command at a time (latest
 * wins, `pending` always settles), failures as error states. It works beside an `AuthController`
 * (the same backend, the same session): signing out there empties this page, and deleting the
 * account or signing out everywhere here ends the session there. Its table is account-views.ts.
 * Nothing in its state or events is secret: no password, code or token (the authenticator-app key
 * is shown while it is being set up, as on the sign-in side).
 */
import type { AccountProfile, MfaSetting, RememberedDevice } from './account-port.js';
import { ACCOUNT_VIEWS, availableViews, DEFAULT_ACCOUNT_CONFIG, type AccountCommands, type AccountConfig, type AccountView, type ContactAttribute } from './account-views.js';
import type { CodeDelivery, MfaType, Passkey, PasskeyAuthenticator } from './backend.js';
import { CommandRunner, type CommandOptions, type Run } from './command-runner.js';
import type { AuthController } from './auth-controller.js';
import { TypedEventTarget } from './controller-events.js';
import { AuthError, describeErrorLater, KIT_ERROR_NAMES, type ErrorInfo } from './errors.js';
import type { FormValues } from './step-table.js';
import { createPasskey } from './create-passkey.js';
import { normalizeAttributes, normalizeCode, rulesOf, validateFields, validationError } from './validation.js';

/** What just happened that the view should say. */
export type AccountNotice =
  | 'passwordChanged'
  | 'profileSaved'
  | 'contactVerified'
  | 'codeResent'
  | 'mfaUpdated'
  | 'totpEnabled'
  | 'passkeyAdded'
  | 'passkeyDeleted'
  | 'deviceForgotten';

/** Why the account page refused, beyond the kit's error codes (its own message). */
export type AccountReason = 'wrongCurrentPassword' | 'confirmationMismatch' | 'nothingChanged';

export interface AccountError extends ErrorInfo {
  reason?: AccountReason;
}

export interface AccountState {
  view: AccountView;
  /** False until the person signs in (and after sign-out): the page shows nothing to manage. */
  signedIn: boolean;
  profile: AccountProfile | null;
  passkeys: readonly Passkey[] | null;
  devices: readonly RememberedDevice[] | null;
  /** `verifyContact`: the attribute being verified and where its code went. */
  verifying: { name: ContactAttribute; delivery?: CodeDelivery } | null;
  /** `setUpTotp`: the key to put in the authenticator app. */
  totpSecret: string | null;
  /** The view's data is being fetched. */
  loading: boolean;
  /** A command is in flight. */
  pending: boolean;
  error: AccountError | null;
  notice: AccountNotice | null;
}

/** What changed, for `auth-account-change` (names only, never values that could be secret). */
export type AccountChange =
  | { change: 'password' }
  | { change: 'profile'; attributes: readonly string[] }
  | { change: 'contactVerified'; attribute: ContactAttribute }
  | { change: 'mfa'; settings: Readonly<Partial<Record<MfaType, MfaSetting>>> }
  | { change: 'totpEnabled' }
  | { change: 'passkeyAdded' }
  | { change: 'passkeyDeleted' }
  | { change: 'deviceForgotten'; current: boolean };

export class AccountChangeEvent extends Event {
  constructor(readonly detail: AccountChange) {
    super('accountchange');
  }
}

export class AccountDeletedEvent extends Event {
  constructor(readonly username: string) {
    super('accountdeleted');
  }
}

export class AccountErrorEvent extends Event {
  constructor(
    readonly error: AccountError,
    readonly view: AccountView,
  ) {
    super('error');
  }
}

export class AccountStateChangeEvent extends Event {
  constructor(readonly state: AccountState) {
    super('statechange');
  }
}

export interface AccountEventMap {
  statechange: AccountStateChangeEvent;
  accountchange: AccountChangeEvent;
  accountdeleted: AccountDeletedEvent;
  error: AccountErrorEvent;
}

export interface AccountControllerOptions {
  config?: Partial<AccountConfig>;
  /** The browser's passkeys, to add one (the element passes the browser's). */
  passkeys?: PasskeyAuthenticator;
  /** A name for the authenticator app in Cognito (`FriendlyDeviceName`). */
  totpDeviceName?: string;
}

const EMPTY: Omit<AccountState, 'signedIn'> = {
  view: 'overview',
  profile: null,
  passkeys: null,
  devices: null,
  verifying: null,
  totpSecret: null,
  loading: false,
  pending: false,
  error: null,
  notice: null,
};

const CONTACTS: readonly ContactAttribute[] = ['email', 'phone_number'];

export class AccountController extends TypedEventTarget<AccountEventMap> implements AccountCommands {
  readonly auth: AuthController;
  config: AccountConfig;
  passkeys: PasskeyAuthenticator | undefined;
  totpDeviceName: string | undefined;
  #state: AccountState;
  #listeners = new Set<(state: AccountState) => void>();
  readonly #commands = new CommandRunner();
  readonly #loads = new CommandRunner();
  #unsubscribe: () => void;

  constructor(auth: AuthController, options: AccountControllerOptions = {}) {
    super();
    this.auth = auth;
    this.config = { ...DEFAULT_ACCOUNT_CONFIG, ...options.config };
    this.passkeys = options.passkeys;
    this.totpDeviceName = options.totpDeviceName;
    this.#state = { ...EMPTY, signedIn: false };
    this.#unsubscribe = auth.subscribe(() => this.#followSession());
    this.#followSession();
  }

  get backend() {
    return this.auth.backend;
  }

  /** The views this backend offers (a backend without an operation does not offer its view). */
  get views(): AccountView[] {
    return availableViews(this.backend);
  }

  getSnapshot = (): AccountState => this.#state;

  subscribe = (listener: (state: AccountState) => void): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  dispose(): void {
    this.#unsubscribe();
    this.#commands.abandon();
    this.#loads.abandon();
  }

  // ── navigation ───────────────────────────────────────────────────────────────────────────

  /** Shows `view` (a view this backend does not offer stays on the overview) and loads its data. */
  open(view: AccountView): void {
    if (!this.#state.signedIn) return;
    const target = this.views.includes(view) ? view : 'overview';
    this.#commands.abandon();
    this.#set({ view: target, pending: false, error: null, notice: null, totpSecret: target === 'setUpTotp' ? null : this.#state.totpSecret });
    void this.#load();
  }

  /** Back to the overview, keeping what is loaded. */
  back(): void {
    this.open('overview');
  }

  /** A submitted form, by the view on screen (any markup works with the table's field names). */
  submit(values: FormValues, options: CommandOptions = {}): Promise<void> {
    const spec = ACCOUNT_VIEWS[this.#state.view];
    return spec.submit ? spec.submit(this, values, options) : Promise.resolve();
  }

  // ── commands ─────────────────────────────────────────────────────────────────────────────

  async changePassword(input: { current: string; proposed: string }, options: CommandOptions = {}): Promise<void> {
    if (this.#invalid('changePassword', { currentPassword: input.current, password: input.proposed })) return;
    await this.#run(
      options,
      (run) => this.#op('changePassword')({ current: input.current, proposed: input.proposed }, run.options),
      () => this.#done('overview', 'passwordChanged', { change: 'password' }),
      (error) => (error.code === 'incorrectCredentials' ? { ...error, field: 'currentPassword', reason: 'wrongCurrentPassword' } : error),
    );
  }

  /** Saves the attributes that changed; a new email or phone number goes on to its code. */
  async updateProfile(attributes: Readonly<Record<string, string>>, options: CommandOptions = {}): Promise<void> {
    const fields = ACCOUNT_VIEWS.editProfile.fields(this.config);
    const wanted = Object.fromEntries(fields.map((field) => [field.name, (attributes[field.name] ?? '').trim()]));
    if (this.#invalid('editProfile', wanted)) return;
    const current = this.#state.profile?.attributes ?? {};
    const normalized = normalizeAttributes(wanted);
    // A cleared optional field is sent empty (Cognito removes it); unchanged ones are not sent.
    const changed = Object.fromEntries(
      fields.map((field) => [field.name, normalized[field.name] ?? '']).filter(([name, value]) => value !== (current[name] ?? '')),
    );
    if (!Object.keys(changed).length) {
      this.#fail({ code: 'required', name: KIT_ERROR_NAMES.validation, retryable: false, reason: 'nothingChanged' });
      return;
    }
    await this.#run(
      options,
      (run) => this.#op('updateAttributes')(changed, run.options),
      async (deliveries) => {
        this.#emit({ change: 'profile', attributes: Object.keys(changed) });
        const contact = CONTACTS.find((name) => name in changed && changed[name] !== '');
        const delivery = deliveries.find((item) => item.attributeName === contact) ?? deliveries[0];
        await this.#reloadProfile();
        if (contact && (delivery || this.#unverified(contact))) {
          this.#set({ view: 'verifyContact', verifying: { name: contact, delivery }, pending: false, notice: null, error: null });
        } else this.#done('overview', 'profileSaved');
      },
    );
  }

  /** Sends a code to verify `name` (an unverified email or phone on file), then asks for it. */
  async verifyContact(name: ContactAttribute, options: CommandOptions = {}): Promise<void> {
    await this.#run(
      options,
      (run) => this.#op('sendAttributeCode')(name, run.options),
      (delivery) => this.#set({ view: 'verifyContact', verifying: { name, delivery }, pending: false, notice: null, error: null }),
    );
  }

  /** A new code for the attribute being verified. */
  async resendContactCode(options: CommandOptions = {}): Promise<void> {
    const verifying = this.#state.verifying;
    if (!verifying) return;
    await this.#run(
      options,
      (run) => this.#op('sendAttributeCode')(verifying.name, run.options),
      (delivery) => this.#set({ verifying: { name: verifying.name, delivery }, pending: false, notice: 'codeResent' }),
    );
  }

  async confirmContact(input: { code: string }, options: CommandOptions = {}): Promise<void> {
    const verifying = this.#state.verifying;
    const code = normalizeCode(input.code);
    if (!verifying || this.#invalid('verifyContact', { code })) return;
    await this.#run(
      options,
      (run) => this.#op('verifyAttribute')({ name: verifying.name, code }, run.options),
      async () => {
        this.#emit({ change: 'contactVerified', attribute: verifying.name });
        await this.#refreshClaims();
        await this.#reloadProfile();
        this.#done('overview', 'contactVerified', undefined, { verifying: null });
      },
    );
  }

  /** Turns an MFA method on, off, or makes it the preferred one. */
  async setMfa(type: MfaType, setting: MfaSetting, options: CommandOptions = {}): Promise<void> {
    const settings = { [type]: setting } as Partial<Record<MfaType, MfaSetting>>;
    await this.#run(
      options,
      (run) => this.#op('setMfaPreference')(settings, run.options),
      async () => {
        this.#emit({ change: 'mfa', settings });
        await this.#reloadProfile();
        this.#set({ pending: false, notice: 'mfaUpdated' });
      },
    );
  }

  async finishTotpSetup(input: { code: string }, options: CommandOptions = {}): Promise<void> {
    const code = normalizeCode(input.code);
    if (this.#invalid('setUpTotp', { code })) return;
    const setPreference = this.backend.setMfaPreference?.bind(this.backend);
    await this.#run(
      options,
      async (run) => {
        await this.#op('finishTotpSetup')({ code, deviceName: this.totpDeviceName }, run.options);
        // Verified is not yet on: make it the method Cognito asks for.
        await setPreference?.({ TOTP: 'preferred' }, run.options);
      },
      async () => {
        this.#emit({ change: 'totpEnabled' });
        await this.#reloadProfile();
        this.#done('signInMethods', 'totpEnabled', undefined, { totpSecret: null });
      },
    );
  }

  async addPasskey(options: CommandOptions = {}): Promise<void> {
    const backend = this.backend;
    await this.#run(
      options,
      async (run) => {
        await createPasskey(backend, this.passkeys, run.options);
        return backend.listPasskeys ? backend.listPasskeys(run.options) : null;
      },
      (passkeys) => {
        this.#emit({ change: 'passkeyAdded' });
        this.#set({ passkeys, pending: false, notice: 'passkeyAdded' });
      },
    );
  }

  async deletePasskey(id: string, options: CommandOptions = {}): Promise<void> {
    await this.#run(
      options,
      async (run) => {
        await this.#op('deletePasskey')(id, run.options);
        return this.#op('listPasskeys')(run.options);
      },
      (passkeys) => {
        this.#emit({ change: 'passkeyDeleted' });
        this.#set({ passkeys, pending: false, notice: 'passkeyDeleted' });
      },
    );
  }

  async forgetDevice(key: string, options: CommandOptions = {}): Promise<void> {
    const current = !!this.#state.devices?.find((device) => device.key === key)?.current;
    await this.#run(
      options,
      async (run) => {
        await this.#op('forgetDevice')(key, run.options);
        return this.#op('listDevices')(run.options);
      },
      (devices) => {
        this.#emit({ change: 'deviceForgotten', current });
        this.#set({ devices, pending: false, notice: 'deviceForgotten' });
      },
    );
  }

  /** Signs out here and revokes every token of the person on every device. */
  signOutEverywhere(options: CommandOptions = {}): Promise<void> {
    return this.auth.signOut({ global: true }, options);
  }

  /** Deletes the account after the person typed what they sign in with; then signed out. */
  async deleteAccount(input: { confirmation: string }, options: CommandOptions = {}): Promise<void> {
    const typed = input.confirmation.trim();
    if (this.#invalid('deleteAccount', { confirmation: typed })) return;
    const profile = this.#state.profile;
    const accepted = [this.auth.getSnapshot().username, profile?.username, profile?.attributes.email, profile?.attributes.phone_number];
    if (!accepted.some((name) => !!name && name.toLowerCase() === typed.toLowerCase())) {
      this.#fail({ code: 'required', name: KIT_ERROR_NAMES.validation, field: 'confirmation', retryable: false, reason: 'confirmationMismatch' });
      return;
    }
    const username = profile?.username ?? this.auth.getSnapshot().username;
    await this.#run(
      options,
      (run) => this.#op('deleteAccount')(run.options),
      async () => {
        this.#set({ pending: false });
        this.dispatchEvent(new AccountDeletedEvent(username));
        // The backend dropped its tokens; this shows sign-in there (and empties this page).
        await this.auth.signOut();
      },
    );
  }

  // ── internals ────────────────────────────────────────────────────────────────────────────

  /** Follows the session: signed in fills the page, anything else empties it. */
  #followSession(): void {
    // Signed in on any step that holds a session (signed in, the passkey offer, verifying a contact).
    const signedIn = 'session' in this.auth.getSnapshot();
    if (signedIn === this.#state.signedIn) return;
    this.#commands.abandon();
    this.#loads.abandon();
    this.#state = { ...EMPTY, signedIn };
    this.#publish();
    if (signedIn) void this.#load();
  }

  /** Fetches what the view on screen shows. A failure is an error state with a way to retry (open the view again). */
  async #load(): Promise<void> {
    const { view } = this.#state;
    const loads = ACCOUNT_VIEWS[view].loads;
    if (!loads) return;
    const run = this.#loads.begin();
    this.#set({ loading: true });
    const outcome = await this.#loads.perform(run, () => this.#fetch(loads, run));
    if (outcome.status === 'stale') return;
    if (outcome.status === 'done') this.#set({ ...outcome.value, loading: false });
    else {
      this.#set({ loading: false });
      this.#fail(await describeErrorLater(outcome.error));
    }
  }

  async #fetch(loads: NonNullable<(typeof ACCOUNT_VIEWS)[AccountView]['loads']>, run: Run): Promise<Partial<AccountState>> {
    if (loads === 'profile') return { profile: await this.#op('getProfile')(run.options) };
    if (loads === 'passkeys') return { passkeys: await this.#op('listPasskeys')(run.options) };
    if (loads === 'devices') return { devices: await this.#op('listDevices')(run.options) };
    return { totpSecret: (await this.#op('startTotpSetup')(run.options)).secretCode };
  }

  async #reloadProfile(): Promise<void> {
    try {
      const profile = await this.#op('getProfile')();
      this.#set({ profile });
    } catch {
      // The change itself succeeded; the overview shows what it last knew.
    }
  }

  /** After a verified contact the ID token's claims are stale: new tokens, and the flow shows them. */
  async #refreshClaims(): Promise<void> {
    try {
      await this.backend.refreshSession();
      await this.auth.restore();
    } catch {
      // The claims catch up at the next refresh.
    }
  }

  #unverified(name: ContactAttribute): boolean {
    const verified = this.#state.profile?.attributes[`${name}_verified`];
    return verified !== undefined && verified !== 'true';
  }

  /** The backend's operation, or the kit's "not supported" when it lacks it. */
  #op<K extends keyof AccountBackendOps>(name: K): NonNullable<AccountBackendOps[K]> {
    const backend = this.backend as AccountBackendOps;
    const operation = backend[name];
    if (typeof operation !== 'function') {
      return (() => Promise.reject(new AuthError(KIT_ERROR_NAMES.unsupported, `This backend has no ${String(name)}.`))) as never;
    }
    return (operation as (...args: never[]) => unknown).bind(backend) as never;
  }

  /** Runs one command: pending while it runs, its result applied only while it is the latest. */
  async #run<T>(
    options: CommandOptions,
    call: (run: Run) => Promise<T>,
    onResult: (result: T) => void | Promise<void>,
    explain: (error: AccountError) => AccountError = (error) => error,
  ): Promise<void> {
    if (!this.#state.signedIn) return;
    const run = this.#commands.begin(options);
    this.#set({ pending: true, error: null, notice: null });
    const outcome = await this.#commands.perform(run, () => call(run));
    if (outcome.status === 'stale') {
      if (outcome.latest) this.#set({ pending: false });
      return;
    }
    if (outcome.status === 'done') {
      await onResult(outcome.value);
      if (this.#state.pending && run.isLatest()) this.#set({ pending: false });
      return;
    }
    const error = explain(await describeErrorLater(outcome.error));
    if (!run.isLatest()) return;
    this.#set({ pending: false });
    this.#fail(error);
  }

  #invalid(view: AccountView, values: Readonly<Record<string, string>>): boolean {
    const [first] = validateFields(values, rulesOf(ACCOUNT_VIEWS[view].fields(this.config)));
    if (first) this.#fail(validationError(first));
    return !!first;
  }

  #done(view: AccountView, notice: AccountNotice, change?: AccountChange, extra: Partial<AccountState> = {}): void {
    if (change) this.#emit(change);
    this.#set({ view, notice, pending: false, error: null, ...extra });
    void this.#load();
  }

  #emit(change: AccountChange): void {
    this.dispatchEvent(new AccountChangeEvent(change));
  }

  #fail(error: AccountError): void {
    this.#set({ error, pending: false });
    this.dispatchEvent(new AccountErrorEvent(error, this.#state.view));
  }

  #set(patch: Partial<AccountState>): void {
    this.#state = { ...this.#state, ...patch };
    this.#publish();
  }

  #publish(): void {
    const state = this.#state;
    for (const listener of this.#listeners) listener(state);
    this.dispatchEvent(new AccountStateChangeEvent(state));
  }
}

/** The account operations and the passkey ones, as the controller calls them. */
type AccountBackendOps = Pick<
  AuthController['backend'],
  | 'getProfile'
  | 'changePassword'
  | 'updateAttributes'
  | 'sendAttributeCode'
  | 'verifyAttribute'
  | 'setMfaPreference'
  | 'startTotpSetup'
  | 'finishTotpSetup'
  | 'listDevices'
  | 'forgetDevice'
  | 'deleteAccount'
  | 'listPasskeys'
  | 'deletePasskey'
>;
