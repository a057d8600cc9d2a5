/**
 * The attribute lists elements take (`sign-up-attributes`, `profile-attributes`) as the requests the
 * controllers work with. Read once a controller is built, so not in the first load
 * (docs/architecture.md §11).
 */
import type { AttributeRequest } from './fields.js';

/** Parses a list such as `"email phone_number?"`: names separated by spaces or commas, `?` marking optional ones. */
export function parseAttributeList(value: string): AttributeRequest[] {
  return value
    .split(/[\s,]+/)
    .filter(Boolean)
    .map((token) => ({ name: token.replace(/\?$/, ''), required: !token.endsWith('?') }));
}
