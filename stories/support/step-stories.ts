/**
 * One factory for every step element's stories, so a step's story file is a list of one-liners:
 *
 *   const s = stepStories({ tag: 'auth-confirm-code', step: 'confirmSignUp', fields: ['code'] });
 *   export default s.meta;
 *   export const Empty = s.empty();
 *   export const CodeMismatch = s.error(cognitoError('CodeMismatchException'));
 *
 * Every story renders the element for an `AuthState` (the `state` arg, editable as JSON) inside an
 * `<auth-flow>` frame, and its play function checks what the state promises: the error at its
 * field (aria-invalid + aria-describedby) or as a form-level alert, the notice, the pending button.
 */
import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { expect, waitFor, within } from 'storybook/test';
import type { ErrorInfo } from '../../src/core/errors.js';
import type { Notice, StateOf, StepName } from '../../src/core/steps.js';
import type { StepElementBase } from '../../src/elements/shared/step-element-base.js';
import { connect } from '../../src/core/view.js';
import { en } from '../../src/i18n/en.js';
import { directionOf, errorMessage } from '../../src/i18n/translate.js';
import { LONG_USERNAME, stateFor } from './fixtures.js';
import { applyAttributes, fillValues, hiddenMembers, inFrame, listen, translatorOf } from './frame.js';

export interface StepArgs {
  /** The controller state the element renders. */
  state: StateOf<StepName>;
  /** What the person has typed so far, by field name (set after the first render). */
  values?: Record<string, string>;
  [attributeOrAction: string]: unknown;
}

export type StepStory = StoryObj<StepArgs>;
type Context = StoryContext<StepArgs>;

export interface StepStoryOptions<S extends StepName> {
  tag: string;
  step: S;
  title: string;
  /** The fields the element renders by default: an error on one of them is field-level. */
  fields: readonly string[];
  /** What the person typed, for the filled, pending and layout stories. */
  filled: Record<string, string>;
  /** State the stories start from (beside `stateFor(step)`'s defaults). */
  base?: Partial<StateOf<S>>;
  /** Attributes (by attribute name) for every story. */
  attributes?: Record<string, unknown>;
  description?: string;
}

/** Globals for a 320 × 568 viewport; use with `layout: 'fullscreen'` so the step gets all 320 px. */
export const NARROW = { viewport: { value: 'mobile1', isRotated: false } };
export const WIDE = { viewport: { value: 'desktop', isRotated: false } }; // 1280 × 1024

/**
 * On a docs page many stories render at once, and a step with a field error focuses that field on
 * its first render (as it should after a submit): the page would scroll to the last one. There,
 * the first render happens inside an `inert` box, which refuses focus; it is removed right after.
 */
export function quietInDocs(context: Pick<StoryContext, 'viewMode'>, content: HTMLElement, ready: Promise<unknown>): unknown {
  if (context.viewMode !== 'docs') return content;
  const box = document.createElement('div');
  box.inert = true;
  box.append(content);
  void ready.finally(() => (box.inert = false));
  return box;
}

const settled = new WeakMap<Element, Promise<void>>();

/**
 * Shows `state` the way a person gets there: the step first renders without the error, the typed
 * values go in, then the error arrives (so the kit clears what it clears after that error, and
 * focuses the field, exactly as after a submit).
 */
function settle(element: StepElementBase, state: StateOf<StepName>, values?: Record<string, string>): Promise<void> {
  element.state = state.error ? { ...state, error: null } : state;
  const done = element.updateComplete.then(async () => {
    if (values) fillValues(element, values);
    if (state.error) {
      element.state = state;
      await element.updateComplete;
    }
  });
  settled.set(element, done);
  return done;
}

/** The step element in the canvas, settled in its story state. */
export async function stepElement(canvasElement: HTMLElement, tag: string): Promise<StepElementBase> {
  const element = canvasElement.querySelector<StepElementBase>(tag);
  await expect(element, `<${tag}> is rendered`).toBeTruthy();
  await (settled.get(element!) ?? element!.updateComplete);
  return element!;
}

/**
 * Nothing in the step is clipped or sticks out at this width: every box's content fits it (a
 * scrollable box is allowed to scroll), and nothing reaches past the viewport's edges.
 */
export async function expectNoOverflow(element: HTMLElement): Promise<void> {
  const width = document.documentElement.clientWidth;
  const offenders: string[] = [];
  for (const box of [element, ...element.querySelectorAll<HTMLElement>('*')]) {
    const style = getComputedStyle(box);
    if (style.display === 'none' || box.closest('.visually-hidden, [hidden]')) continue;
    const rect = box.getBoundingClientRect();
    const scrolls = /(auto|scroll)/.test(style.overflowX);
    // Fields scroll their own text; any other box whose content is wider than it clips or spills.
    const field = /^(input|textarea|select)$/.test(box.localName);
    if (!scrolls && !field && box.clientWidth && box.scrollWidth > box.clientWidth + 1) offenders.push(`${box.localName}.${box.className} overflows by ${box.scrollWidth - box.clientWidth} px`);
    if (rect.width && (rect.left < -1 || rect.right > width + 1)) offenders.push(`${box.localName}.${box.className} reaches ${Math.round(rect.left)}–${Math.round(rect.right)} of ${width}`);
  }
  await expect(offenders, `at ${width} px`).toEqual([]);
}

/** Asserts the error is shown where the kit promises: at its field, or as a form-level alert. */
export async function expectErrorShown(canvasElement: HTMLElement, tag: string, error: ErrorInfo, context: Context): Promise<void> {
  const element = await stepElement(canvasElement, tag);
  const message = errorMessage(translatorOf(context), error);
  await expect(message, 'the error has a message in the catalogue').not.toMatch(/^error\./);
  const field = error.field ? element.querySelector<HTMLInputElement>(`form [name="${error.field}"]:not([hidden])`) : null;
  // A choice (radio buttons) carries its error on the fieldset around it.
  const input = field?.type === 'radio' ? field.closest('fieldset') : field;
  if (input) {
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    await expect(input).toHaveAccessibleDescription(expect.stringContaining(message));
    await expect(within(element).queryByRole('alert'), 'a field error is not also a form alert').toBeNull();
  } else {
    await expect(within(element).getByRole('alert')).toHaveTextContent(message);
  }
}

export function stepStories<S extends StepName>(options: StepStoryOptions<S>) {
  const { tag, step, fields, filled } = options;
  const state = (extra: Partial<StateOf<S>> = {}): StateOf<S> => stateFor(step, { ...options.base, ...extra });

  const meta: Meta<StepArgs> = {
    title: options.title,
    component: tag,
    tags: ['autodocs'],
    args: { state: state(), ...options.attributes },
    argTypes: {
      ...hiddenMembers(tag),
      state: { control: 'object', table: { category: 'properties' } },
      values: { control: 'object', description: 'Story only: what the person has typed, by field name.' },
    },
    parameters: {
      docs: { description: { component: options.description } },
    },
    render: (args, context) => {
      const element = document.createElement(tag) as StepElementBase;
      element.t = translatorOf(context);
      applyAttributes(element, tag, args);
      listen(element, tag, args);
      return inFrame(context, quietInDocs(context, element, settle(element, args.state, args.values)));
    },
  };

  /** Play: the element is there, with its heading. */
  const rendered = async ({ canvasElement }: Context) => {
    const element = await stepElement(canvasElement, tag);
    await expect(within(element).getByRole('heading', { level: 2 })).toBeVisible();
  };

  const describeError = (error: ErrorInfo) =>
    error.field && fields.includes(error.field)
      ? `\`${error.code}\` at the **${error.field}** field (\`aria-invalid\`, \`aria-describedby\`), from \`${error.name}\`.`
      : `\`${error.code}\` as a form-level alert (\`role="alert"\`), from \`${error.name}\`.`;

  return {
    meta,
    state,

    empty: (extra: Partial<StateOf<S>> = {}): StepStory => ({ args: { state: state(extra) }, play: rendered }),

    filled: (extra: Partial<StateOf<S>> = {}, values = filled): StepStory => ({
      args: { state: state(extra), values },
      play: rendered,
    }),

    pending: (values = filled): StepStory => ({
      args: { state: state({ pending: true } as Partial<StateOf<S>>), values },
      play: async ({ canvasElement }) => {
        const element = await stepElement(canvasElement, tag);
        await expect(element.querySelector('form')).toHaveAttribute('aria-busy', 'true');
        // Pending keeps the button focusable (a disabled button drops focus) but marks it.
        await expect(element.querySelector('button[type=submit][aria-disabled]')).toHaveAttribute('aria-disabled', 'true');
      },
    }),

    notice: (notice: Notice, extra: Partial<StateOf<S>> = {}): StepStory => ({
      parameters: { docs: { description: { story: `The \`${notice}\` notice.` } } },
      args: { state: state({ notice, ...extra } as Partial<StateOf<S>>) },
      play: async (context) => {
        const element = await stepElement(context.canvasElement, tag);
        const text = translatorOf(context)(`notice.${notice}`);
        await expect(element.querySelector('.auth-notice')).toHaveTextContent(text);
      },
    }),

    /** One error, with what the person had typed (minus what the kit clears after this error). */
    error: (error: ErrorInfo, values?: Record<string, string>, extra: Partial<StateOf<S>> = {}): StepStory => ({
      parameters: { docs: { description: { story: describeError(error) } } },
      args: { state: state({ error, ...extra } as Partial<StateOf<S>>), values },
      play: (context) => expectErrorShown(context.canvasElement, tag, error, context),
    }),

    longUsername: (extra: Partial<StateOf<S>> = {}): StepStory => ({
      args: { state: state({ username: LONG_USERNAME, ...extra } as Partial<StateOf<S>>) },
      parameters: { layout: 'fullscreen', docs: { description: { story: 'A username (an email address) longer than the field, at 320 px.' } } },
      globals: NARROW,
      play: rendered,
    }),

    /** The pseudo-long locale at 320 px, with an error and the typed values: the most text in the least room. */
    longTranslationsNarrow: (error: ErrorInfo | null, extra: Partial<StateOf<S>> = {}): StepStory => ({
      args: { state: state({ error, ...extra } as Partial<StateOf<S>>), values: filled },
      globals: { locale: 'en-XA', ...NARROW },
      parameters: { layout: 'fullscreen' },
      play: async (context) => {
        await rendered(context);
        await expectNoOverflow(await stepElement(context.canvasElement, tag));
      },
    }),

    /** The RTL pseudo-locale at 320 px: nothing clipped, nothing past either edge. */
    rightToLeftNarrow: (error: ErrorInfo | null, extra: Partial<StateOf<S>> = {}): StepStory => ({
      args: { state: state({ error, ...extra } as Partial<StateOf<S>>), values: filled },
      globals: { locale: 'ar-XB', ...NARROW },
      parameters: { layout: 'fullscreen' },
      play: async (context) => {
        const element = await stepElement(context.canvasElement, tag);
        await waitFor(() => expect(getComputedStyle(element.querySelector('form')!).direction).toBe('rtl'));
        await expectNoOverflow(element);
      },
    }),

    rightToLeft: (error: ErrorInfo | null, extra: Partial<StateOf<S>> = {}): StepStory => ({
      args: { state: state({ error, ...extra } as Partial<StateOf<S>>), values: filled },
      globals: { locale: 'ar-XB' },
      play: async (context) => {
        const element = await stepElement(context.canvasElement, tag);
        // The frame takes its direction from the catalogue, which loads after the first render.
        await waitFor(() => expect(getComputedStyle(element.querySelector('form')!).direction).toBe('rtl'));
      },
    }),

    /**
     * A built-in language (the toolbar's locale), with an error and the typed values: the heading
     * and the error in that language, the form laid out in its direction; axe runs on the result.
     */
    inLanguage: (locale: string, error: ErrorInfo | null, extra: Partial<StateOf<S>> = {}): StepStory => ({
      args: { state: state({ error, ...extra } as Partial<StateOf<S>>), values: filled },
      globals: { locale },
      play: async (context) => {
        const element = await stepElement(context.canvasElement, tag);
        const key = connect(context.args.state).heading;
        const heading = within(element).getByRole('heading', { level: 2 });
        await expect(heading).toHaveTextContent(translatorOf(context)(key));
        await expect(heading.textContent, `not English: the ${locale} catalogue loaded`).not.toBe(en[key]);
        await waitFor(() => expect(getComputedStyle(element.querySelector('form')!).direction).toBe(directionOf(locale)));
        if (error) await expectErrorShown(context.canvasElement, tag, error, context);
      },
    }),

    narrow: (extra: Partial<StateOf<S>> = {}): StepStory => ({
      args: { state: state(extra), values: filled },
      globals: NARROW,
      parameters: { layout: 'fullscreen' },
      play: rendered,
    }),

    wide: (extra: Partial<StateOf<S>> = {}): StepStory => ({
      args: { state: state(extra), values: filled },
      globals: WIDE,
      play: rendered,
    }),

    dark: (error: ErrorInfo | null, extra: Partial<StateOf<S>> = {}): StepStory => ({
      args: { state: state({ error, ...extra } as Partial<StateOf<S>>), values: filled },
      globals: { scheme: 'dark' },
      play: rendered,
    }),
  };
}
