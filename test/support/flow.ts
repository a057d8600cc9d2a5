/** Driving a real `<auth-flow>` against the local Cognito, as a person would. */
import { fixture, html } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../../src/define.js';
import type { AuthFlowType } from '../../src/core/backend.js';
import type { AuthFlowElement } from '../../src/elements/auth-flow.js';
import type { LocalUsernamePools } from '../../dev/local-cognito/launch.mjs';
import { fill, submit, waitFor } from './dom.js';
import { localCognito, uniqueUsername } from './local-cognito.js';

export const STRONG = 'Sturdy-Pass-2049';

/** An `<auth-flow>` built from attributes alone (the default fetch transport), showing its first form. */
export async function mountFlow(
  options: {
    authFlowType?: AuthFlowType;
    persist?: 'session' | 'local';
    requestTimeout?: number;
    /** The app client with ALLOW_USER_AUTH (the default client has none). */
    userAuthClient?: boolean;
    preferredChallenge?: string;
    passkeyPrompt?: 'after-sign-in' | 'never';
    rememberUsername?: boolean;
    rememberDevice?: 'ask' | 'always' | 'never';
    /** One of the pools whose usernames are emails or phone numbers (with its client), and `username-attributes` to match. */
    usernamePool?: keyof LocalUsernamePools;
    /** `default-country` of phone fields, e.g. `GB`. */
    defaultCountry?: string;
    /** `sign-up-attributes`, when not the element's default (`email phone_number?`). */
    signUpAttributes?: string;
  } = {},
): Promise<AuthFlowElement> {
  const local = await localCognito();
  const { endpoint, userAuthClientId } = local;
  const pool = options.usernamePool ? local.usernamePools[options.usernamePool] : undefined;
  const userPoolId = pool?.userPoolId ?? local.userPoolId;
  const clientId = pool?.clientId ?? (options.userAuthClient ? userAuthClientId : local.clientId);
  const el = await fixture<AuthFlowElement>(html`<auth-flow
    user-pool-id=${userPoolId}
    client-id=${clientId}
    endpoint=${endpoint}
    username-attributes=${pool?.usernameAttributes.join(' ') ?? ''}
    default-country=${options.defaultCountry ?? ''}
    sign-up-attributes=${ifDefined(options.signUpAttributes)}
    auth-flow-type=${options.authFlowType ?? 'USER_SRP_AUTH'}
    persist=${options.persist ?? ''}
    request-timeout=${options.requestTimeout ?? 0}
    preferred-challenge=${options.preferredChallenge ?? ''}
    passkey-prompt=${options.passkeyPrompt ?? 'never'}
    ?remember-username=${options.rememberUsername ?? false}
    remember-device=${options.rememberDevice ?? 'never'}
  ></auth-flow>`);
  await waitFor(() => el.querySelector(':scope > * form'));
  return el;
}

export function buttonNamed(el: Element, text: string): HTMLButtonElement {
  const button = [...el.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent?.trim() === text);
  if (!button) throw new Error(`no button "${text}"`);
  return button;
}

/** The texts tied to a field by `aria-describedby` (its error first, then its hint). */
export function describedBy(field: HTMLInputElement): string[] {
  return (field.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .filter(Boolean)
    .map((id) => document.getElementById(id)?.textContent ?? '');
}

export function formAlert(el: Element): string | null {
  return el.querySelector('[role=alert]')?.textContent ?? null;
}

/** Types credentials into the sign-in form and submits. */
export function signInAs(el: Element, username: string, password?: string): void {
  fill(el, password === undefined ? { username } : { username, password });
  submit(el);
}

/** Waits for the signed-in view. */
export function signedIn(el: Element): Promise<Element> {
  return waitFor(() => el.querySelector('auth-signed-in form'), 8000);
}

export function freshName(path: string): string {
  return uniqueUsername(path);
}
