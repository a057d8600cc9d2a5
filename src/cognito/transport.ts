/**
 * The wire seam of the API backend: one call per Cognito operation (docs/cognito.md §1). Transports
 * return the operation's JSON output or throw `AuthError` carrying Cognito's exception name, or
 * `NetworkError` / `AbortError` (core/errors.ts KIT_ERROR_NAMES). They never log.
 */

export interface CognitoTransport {
  /** Sends `operation` (`InitiateAuth`, `SignUp`, …) with its PascalCase input. */
  call(operation: string, input: object, signal?: AbortSignal): Promise<Record<string, unknown>>;
}

export interface TransportConfig {
  /** AWS region, e.g. `eu-west-1` (the user pool id before `_`). */
  region: string;
  /** Overrides `https://cognito-idp.<region>.amazonaws.com/` (local Cognito, a proxy). */
  endpoint?: string;
}

/** Builds a transport for a region/endpoint; what `CognitoApiBackend`'s `transport` option may be. */
export type TransportFactory = (config: TransportConfig) => CognitoTransport;

/** Operations of a sign-up or sign-in flow: they take `ClientId` and `ClientMetadata`. */
export const FLOW_OPERATIONS: ReadonlySet<string> = new Set([
  'SignUp',
  'ConfirmSignUp',
  'ResendConfirmationCode',
  'InitiateAuth',
  'RespondToAuthChallenge',
  'ForgotPassword',
  'ConfirmForgotPassword',
  'GetTokensFromRefreshToken',
]);

export function regionFromPoolId(userPoolId: string): string {
  const at = userPoolId.indexOf('_');
  if (at <= 0) throw new TypeError(`Not a user pool id: "${userPoolId}"`);
  return userPoolId.slice(0, at);
}

export function defaultEndpoint(region: string): string {
  return `https://cognito-idp.${region}.amazonaws.com/`;
}

/**
 * Cognito's error name from `__type` or `x-amzn-errortype`: the text before the first `:` and
 * after the last `#` (`com.amazonaws…#NotAuthorizedException`, `NotAuthorizedException:http://…`).
 */
export function parseErrorType(raw: unknown): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const name = raw.split(':')[0].split('#').pop()!.trim();
  return name || undefined;
}
