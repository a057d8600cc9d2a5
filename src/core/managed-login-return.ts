/**
 * Whether an address is a return from managed login (`?code=…&state=…`, or `?error=…&state=…`):
 * `<auth-flow>` loads the code that completes it only then, and the OAuth client completes only
 * such an address (docs/cognito.md §11).
 */
export function isManagedLoginReturn(url: string): boolean {
  const query = new URL(url).searchParams;
  return query.has('state') && (query.has('code') || query.has('error'));
}
