/**
 * The English catalogue: every visible string, keyed by what it is for. Error messages are keyed on
 * the kit's error code (core/errors.ts), never on Cognito's English text. Other locales implement
 * `Messages` (any missing key falls back to English). It is two parts, so that the first load holds
 * only the first screen's strings (en-first.ts) and the rest loads later (en-rest.ts); this module,
 * both together, is the reference the types and tests read (docs/architecture.md §9).
 */
import type { ErrorCode } from '../core/errors.js';
import type { StepHeadingKey } from '../core/step-table.js';
import type { Notice } from '../core/steps.js';
import { enFirst } from './en-first.js';
import { enRest } from './en-rest.js';

/** The key families the kit looks up by code, step or notice: every catalogue must have them all. */
type RequiredKeys = StepHeadingKey | `error.${ErrorCode}` | `notice.${Notice}`;

export const en = { ...enFirst, ...enRest } satisfies Record<RequiredKeys, string> &
  Record<string, string | ((...args: never[]) => string)>;

type Catalogue = typeof en;

/** The shape every locale implements: same keys, same interpolation arguments. */
export type Messages = {
  [K in keyof Catalogue]: Catalogue[K] extends (...args: infer A) => string ? (...args: A) => string : string;
};

export type MessageKey = keyof Messages;

