/**
 * What every story shares: the toolbar globals (scheme, locale, direction), the `<auth-flow>` frame a
 * lone step element sits in, and manifest-driven attributes and event listeners.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { styleMap } from 'lit/directives/style-map.js';
import type { StoryContext } from '@storybook/web-components-vite';
import manifest from '../../custom-elements.json' with { type: 'json' };
import { en } from '../../src/i18n/en.js';
import { translator, type Translate } from '../../src/i18n/translate.js';

export type Scheme = 'light' | 'dark' | 'os';
export type Direction = 'auto' | 'rtl';

export interface StoryGlobals {
  scheme: Scheme;
  locale: string;
  direction: Direction;
}

export function globalsOf(context: Pick<StoryContext, 'globals'>): StoryGlobals {
  const { scheme = 'light', locale = 'en', direction = 'auto' } = context.globals as Partial<StoryGlobals>;
  return { scheme, locale, direction };
}

/** The translator the global loader prepared for the toolbar's locale. */
export function translatorOf(context: Pick<StoryContext, 'loaded'>): Translate {
  return (context.loaded as { t?: Translate } | undefined)?.t ?? translator(en);
}

/** `<auth-flow>` attributes for the toolbar's scheme, locale and direction. */
export function frameAttributes(context: Pick<StoryContext, 'globals'>) {
  const { scheme, locale, direction } = globalsOf(context);
  return {
    lang: locale,
    colorScheme: scheme === 'os' ? undefined : scheme,
    // See .storybook/preview-head.html: the frame sets its own `dir` from the locale, so the
    // story stylesheet carries an author `dir` to the light-DOM step.
    dir: direction === 'rtl' ? 'rtl' : undefined,
  };
}

/**
 * A lone step element inside a controller-less `<auth-flow>`: the frame supplies the tokens, the
 * step styles (`:where(auth-flow) …`), the colour scheme and the language, exactly as in the
 * product. With no controller the frame just shows its default slot.
 */
export function inFrame(
  context: Pick<StoryContext, 'globals'>,
  content: unknown,
  tokens: Readonly<Record<string, string>> = {},
): TemplateResult {
  const { lang, colorScheme, dir } = frameAttributes(context);
  const style = Object.keys(tokens).length ? styleMap(tokens) : nothing;
  return html`<auth-flow lang=${lang} color-scheme=${ifDefined(colorScheme)} dir=${ifDefined(dir)} style=${style}
    >${content}</auth-flow
  >`;
}

// ── the manifest ─────────────────────────────────────────────────────────────────────────────

interface ManifestMember {
  kind: string;
  name: string;
  privacy?: string;
  static?: boolean;
}
interface ManifestDeclaration {
  tagName?: string;
  members?: ManifestMember[];
  attributes?: { name: string; fieldName?: string }[];
  events?: { name: string }[];
  cssProperties?: { name: string; default?: string; description?: string }[];
}

const declarations: ManifestDeclaration[] = (manifest as { modules: { declarations?: ManifestDeclaration[] }[] }).modules.flatMap(
  (module) => module.declarations ?? [],
);

export function declarationOf(tag: string): ManifestDeclaration | undefined {
  return declarations.find((declaration) => declaration.tagName === tag);
}

/** `auth-step-change` → `onAuthStepChange`, the arg name Storybook gives an event's action. */
export function eventArgName(event: string): string {
  const camel = event.replace(/[-_:.\s]+(.)?/g, (_m, c: string | undefined) => (c ? c.toUpperCase() : ''));
  return `on${camel.charAt(0).toUpperCase()}${camel.slice(1)}`;
}

/**
 * Sets each documented attribute (by attribute name) and public property (by property name) found
 * in `args` on the element, through its property. `skip` lists what the story sets itself.
 */
export function applyAttributes(
  element: HTMLElement,
  tag: string,
  args: Readonly<Record<string, unknown>>,
  skip: readonly string[] = ['state', 't'],
): void {
  const target = element as unknown as Record<string, unknown>;
  const declaration = declarationOf(tag);
  for (const attribute of declaration?.attributes ?? []) {
    const value = args[attribute.name];
    if (value === undefined) continue;
    // An attribute with no property (`appearance`, read by the styles) is set as an attribute.
    if (attribute.fieldName) target[attribute.fieldName] = value;
    else if (value !== '') element.setAttribute(attribute.name, String(value));
  }
  for (const member of declaration?.members ?? []) {
    const hidden = member.privacy === 'private' || member.privacy === 'protected';
    if (member.kind !== 'field' || hidden || member.static || skip.includes(member.name)) continue;
    if (args[member.name] !== undefined) target[member.name] = args[member.name];
  }
}

const listening = new WeakSet<EventTarget>();

/** Sends each documented event to its Storybook action (the Actions panel, and spies in tests). */
export function listen(element: HTMLElement, tag: string, args: Readonly<Record<string, unknown>>): void {
  if (listening.has(element)) return;
  listening.add(element);
  for (const { name } of declarationOf(tag)?.events ?? []) {
    const handler = args[eventArgName(name)];
    if (typeof handler === 'function') element.addEventListener(name, handler as EventListener);
  }
}

/**
 * Table rows for what a designer can't use: private and protected members, methods. The manifest
 * lists them; Storybook would show them.
 */
export function hiddenMembers(tag: string): Record<string, { table: { disable: true } }> {
  const hidden: Record<string, { table: { disable: true } }> = {};
  for (const member of declarationOf(tag)?.members ?? []) {
    if (member.privacy === 'private' || member.privacy === 'protected' || member.kind === 'method' || member.static) {
      hidden[member.name] = { table: { disable: true } };
    }
  }
  return hidden;
}

/** Types into a step's fields as a person would have (without `input` events: nothing is checked). */
export function fillValues(root: ParentNode, values: Readonly<Record<string, string>>): void {
  for (const [name, value] of Object.entries(values)) {
    const input =
      root.querySelector<HTMLInputElement>(`input[type=radio][name="${name}"][value="${value}"]`) ??
      root.querySelector<HTMLInputElement>(`[name="${name}"]`);
    if (!input) throw new Error(`story: no field named ${name}`);
    if (input.type === 'checkbox' || input.type === 'radio') input.checked = value === 'on' || value === input.value;
    else input.value = value;
  }
}
