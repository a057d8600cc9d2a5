// Type tests for the generated JSX types (run by `tsc -p examples/react`, never bundled): each
// `@ts-expect-error` must meet an error, so a typo that type-checks fails the run ("unused directive").
import type { AuthController, AuthFlowElement } from 'cognito-auth-flow';
import { useRef } from 'react';
import { useAuthFlowEvent } from './use-auth-flow-event.js';

declare const controller: AuthController;

export const typos = (
  <>
    {/* @ts-expect-error: property name typo */}
    <auth-flow userPolId="eu-west-1_AbCdEf123" />
    {/* @ts-expect-error: a boolean property given a string */}
    <auth-flow hideSignUp="yes" />
    {/* @ts-expect-error: wrong value for a typed attribute */}
    <auth-flow initial-step="confirmSignUp" />
    {/* @ts-expect-error: the detail of auth-signed-in has no `user` */}
    <auth-flow onauth-signed-in={(event) => event.detail.user} />
    {/* @ts-expect-error: a property of the wrong type */}
    <auth-flow controller="not a controller" />
  </>
);

// The detail is typed (not `any`): these must type-check.
export const typed = (
  <auth-flow
    controller={controller}
    onauth-signed-in={(event) => event.detail.session.expiresAt.toFixed()}
    onauth-error={(event) => event.detail.code satisfies string}
  />
);

// Event names through the hook are checked (hyphenated JSX names are not; see use-auth-flow-event.ts).
export function Hooked() {
  const flow = useRef<AuthFlowElement>(null);
  // @ts-expect-error: event name typo
  useAuthFlowEvent(flow, 'auth-signed-inn', () => {});
  // @ts-expect-error: the detail of auth-step-change has no `stepName`
  useAuthFlowEvent(flow, 'auth-step-change', (event) => event.detail.stepName);
  useAuthFlowEvent(flow, 'auth-signed-in', (event) => event.detail.session.expiresAt.toFixed());
  return <auth-flow ref={flow} />;
}
