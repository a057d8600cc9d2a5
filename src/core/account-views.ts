/**
 * The account page's table: one entry per view (task), the only place a view is described. Each
 * entry says which port operations it needs (a backend without them does not offer the view), what
 * it loads as it opens, its fields with their rules, and how its submitted form becomes a command.
 * The account controller, the view model and `<auth-account>` read it (docs/architecture.md §11).
 */
import type { CommandOptions } from './command-runner.js';
import { attributeField } from './attribute-fields.js';
import { CODE_FIELD, newPasswordField } from './later-fields.js';
import { PASSWORD_FIELD, type AttributeRequest, type FieldSpec } from './fields.js';
import type { PasswordPolicy } from './password-policy.js';
import type { FormValues } from './step-table.js';
import type { AuthBackend, MfaType } from './backend.js';

export type AccountView =
  | 'overview'
  | 'changePassword'
  | 'editProfile'
  | 'verifyContact'
  | 'signInMethods'
  | 'setUpTotp'
  | 'passkeys'
  | 'devices'
  | 'deleteAccount';

/** What a view fetches as it opens. */
export type AccountLoad = 'profile' | 'passkeys' | 'devices' | 'totpSecret';

export type { ContactAttribute } from './account-port.js';

export interface AccountConfig {
  /** The profile attributes the person may edit, in order. */
  attributes: readonly AttributeRequest[];
  passwordPolicy: PasswordPolicy | null;
  /** The MFA methods the pool offers. */
  mfaTypes: readonly MfaType[];
}

export const DEFAULT_ACCOUNT_CONFIG: AccountConfig = {
  attributes: [
    { name: 'name', required: false },
    { name: 'email', required: false },
    { name: 'phone_number', required: false },
  ],
  passwordPolicy: null,
  mfaTypes: ['TOTP', 'SMS', 'EMAIL'],
};

/** The account controller's commands, as the table calls them. */
export interface AccountCommands {
  changePassword(input: { current: string; proposed: string }, options?: CommandOptions): Promise<void>;
  updateProfile(attributes: Readonly<Record<string, string>>, options?: CommandOptions): Promise<void>;
  confirmContact(input: { code: string }, options?: CommandOptions): Promise<void>;
  finishTotpSetup(input: { code: string }, options?: CommandOptions): Promise<void>;
  deleteAccount(input: { confirmation: string }, options?: CommandOptions): Promise<void>;
}

export interface AccountViewSpec {
  /** The operations the view cannot work without. */
  needs: readonly (keyof AuthBackend)[];
  loads?: AccountLoad;
  fields(config: AccountConfig): readonly FieldSpec[];
  submit?(commands: AccountCommands, values: FormValues, options: CommandOptions): Promise<void>;
}

const value = (values: FormValues, name: string): string => (Object.hasOwn(values, name) ? values[name] : '');

/** The current password, named apart from the new one so a password manager tells them apart. */
export const CURRENT_PASSWORD_FIELD: FieldSpec = { ...PASSWORD_FIELD, name: 'currentPassword' };
/** The username typed again to confirm deleting the account. */
export const DELETE_CONFIRMATION_FIELD: FieldSpec = Object.freeze<FieldSpec>({
  name: 'confirmation',
  kind: 'username',
  rules: ['required'],
  required: true,
  type: 'text',
  autocomplete: 'off',
});

const none = (): readonly FieldSpec[] => [];

export const ACCOUNT_VIEWS: { readonly [V in AccountView]: AccountViewSpec } = {
  overview: { needs: ['getProfile'], loads: 'profile', fields: none },
  changePassword: {
    needs: ['changePassword'],
    fields: (config) => [CURRENT_PASSWORD_FIELD, newPasswordField(config.passwordPolicy)],
    submit: (commands, values, options) =>
      commands.changePassword({ current: value(values, 'currentPassword'), proposed: value(values, 'password') }, options),
  },
  editProfile: {
    needs: ['getProfile', 'updateAttributes'],
    loads: 'profile',
    fields: (config) => config.attributes.map(attributeField),
    submit: (commands, values, options) => commands.updateProfile(values, options),
  },
  verifyContact: {
    needs: ['sendAttributeCode', 'verifyAttribute'],
    fields: () => [CODE_FIELD],
    submit: (commands, values, options) => commands.confirmContact({ code: value(values, 'code') }, options),
  },
  signInMethods: { needs: ['getProfile', 'setMfaPreference'], loads: 'profile', fields: none },
  setUpTotp: {
    needs: ['startTotpSetup', 'finishTotpSetup'],
    loads: 'totpSecret',
    fields: () => [CODE_FIELD],
    submit: (commands, values, options) => commands.finishTotpSetup({ code: value(values, 'code') }, options),
  },
  passkeys: { needs: ['listPasskeys'], loads: 'passkeys', fields: none },
  devices: { needs: ['listDevices', 'forgetDevice'], loads: 'devices', fields: none },
  deleteAccount: {
    needs: ['deleteAccount'],
    fields: () => [DELETE_CONFIRMATION_FIELD],
    submit: (commands, values, options) => commands.deleteAccount({ confirmation: value(values, 'confirmation') }, options),
  },
};

/** The views this backend can offer, in the overview's order. */
export function availableViews(backend: object): AccountView[] {
  return (Object.keys(ACCOUNT_VIEWS) as AccountView[]).filter((view) =>
    ACCOUNT_VIEWS[view].needs.every((operation) => typeof (backend as Record<string, unknown>)[operation] === 'function'),
  );
}
