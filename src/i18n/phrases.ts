/**
 * Text made from what Cognito sends rather than from the catalogue alone: an attribute's label
 * (the catalogue's, else its name made readable), server text isolated inside a sentence, and the
 * "we sent a code" sentence. Only later steps and the account page use them, so they load with those
 * (docs/architecture.md §11).
 */
import type { CodeDelivery } from '../core/backend.js';
import { enFirst } from './en-first.js';
import { englishRest } from './en-rest-loader.js';
import type { MessageKey, Messages } from './en.js';
import type { Translate } from './translate.js';

/** Catalogue keys whose text takes no arguments, starting with `field.`: the attribute labels. */
type LabelKey = { [K in MessageKey]: K extends `field.${string}` ? (Messages[K] extends string ? K : never) : never }[MessageKey];

function isLabelKey(key: string): key is LabelKey {
  const part = [enFirst, englishRest()].find((english) => english && Object.hasOwn(english, key));
  return typeof (part as Record<string, unknown> | undefined)?.[key] === 'string';
}

/** The label for a Cognito attribute: the catalogue's `field.<name>`, else the name made readable. */
export function fieldLabel(t: Translate, name: string): string {
  const key = `field.${name}`;
  if (isLabelKey(key)) return t(key);
  const words = name.replace(/^custom:/, '').replace(/[_:]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * Server-provided text inside a sentence, isolated (U+2068 … U+2069) so that its direction marks
 * cannot reorder the sentence around it: "…to \u202Emoc.elpmaxe@evil" stays visibly reversed.
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}

/** "We sent a code to …", with the masked destination isolated. */
export function codeSentText(t: Translate, delivery: CodeDelivery): string {
  return t('code.sent', { ...delivery, destination: isolate(delivery.destination) });
}
