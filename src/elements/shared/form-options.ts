/**
 * `<auth-flow>`'s attributes for forms as the user pool is configured: what it takes as a username,
 * its password policy, the country phone numbers start with, and how attribute fields look; and how
 * the flow is presented (a modal, a gate before the app). A mixin, like
 * sign-in-options.ts, so the element's file stays about the flow itself.
 */
import type { LitElement, PropertyDeclarations } from 'lit';
import type { FormFields } from '../../core/fields.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Constructor<T> = new (...args: any[]) => T;

/** What the mixin adds (declared, so the declaration build can name the element's type). */
export interface FormOptionsProperties {
  usernameAttributes: string;
  passwordPolicy: string;
  defaultCountry: string;
  formFields: FormFields;
  variant: '' | 'modal';
  gate: boolean;
}

export function FormOptions<T extends Constructor<LitElement>>(Base: T): T & Constructor<FormOptionsProperties> {
  class FormOptionsElement extends Base {
  /** @internal Lit's reactive properties: a table rather than decorators, which cost more bytes (docs/architecture.md §11). */
  static properties: PropertyDeclarations = {
    usernameAttributes: { attribute: 'username-attributes' },
    passwordPolicy: { attribute: 'password-policy' },
    defaultCountry: { attribute: 'default-country' },
    formFields: { type: Object, attribute: 'form-fields' },
    variant: {},
    gate: { type: Boolean, reflect: true },
  };

  /**
   * What the pool takes as a username, as its `UsernameAttributes`: `email`, `phone_number`, or
   * `email phone_number` (one field for either). Sign-in, sign-up and reset then label, type and
   * check the field for it, and send the address or number as Cognito stores it. Empty: a username.
   */
  usernameAttributes = '';

  /**
   * The pool's password policy, shown as a checklist under a new password and checked before
   * sending: empty for Cognito's default (8 characters, lower and upper case, a number, a symbol),
   * the pool's `PasswordPolicy` as JSON, a compact `min=10 lower upper digit symbol`, or `none`.
   */
  passwordPolicy = '';

  /**
   * The country a phone field's picker starts with (ISO 3166 alpha-2, `GB`); by default the region
   * of the page's language (`en-GB`), then of the browser's.
   */
  defaultCountry = '';

  /**
   * How sign-up (`signUp`) and the forced new password (`newPasswordRequired`) show attributes: per
   * step, a list of `{ name, label, hint, placeholder, type, options, autocomplete, required, order }`
   * for standard and `custom:` attributes (`type`: `text`, `email`, `tel`, `number`, `checkbox`,
   * `select` with `options`, `date`). A property, or JSON in the attribute.
   */
  formFields: FormFields = {};

  /**
   * `modal`: the flow in a native dialog, opened with `show()` or without script by a page button
   * (`commandfor="<this element's id>" command="--show"`), closed with Escape, `close()`, a button
   * with `command="--close"`, or a sign-in; focus then goes back to what opened it.
   */
  variant: '' | 'modal' = '';

  /**
   * The flow as a gate before your app: the element's own children (those without a `slot`) show
   * only while someone is signed in, in place of the flow; until then, and after a sign-out
   * (`el.controller.signOut()` from the app), the flow shows and they are hidden.
   */
  gate = false;
  }
  return FormOptionsElement;
}
