/**
 * The three ways the managed login says no. Once client and redirect_uri are known good, an
 * authorize-time error goes back to the app (`?error=…&error_description=…&state=…`); before that
 * there is nowhere safe to send it, so the browser gets the managed login's own error page. The
 * token, userInfo and revoke endpoints answer JSON (`{error, error_description}`).
 */

/** Sent to the app's redirect_uri. */
export class RedirectedError extends Error {
  constructor(
    readonly error: string,
    readonly description: string,
  ) {
    super(`${error}: ${description}`);
  }
}

/** Shown on the managed login's error page: no redirect_uri to trust. */
export class ErrorPageError extends Error {
  constructor(
    readonly error: string,
    readonly description: string,
    readonly clientId?: string,
  ) {
    super(`${error}: ${description}`);
  }
}

/** A JSON error of the token, userInfo or revoke endpoint. */
export class EndpointError extends Error {
  constructor(
    readonly error: string,
    readonly description?: string,
    readonly status = 400,
  ) {
    super(description ? `${error}: ${description}` : error);
  }
}
