import { html } from 'lit';
import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import { cognitoError, fieldCheck, PASSWORD, stateFor } from './support/fixtures.js';
import { fillValues, inFrame, translatorOf } from './support/frame.js';
import { quietInDocs } from './support/step-stories.js';
import { isColorToken, TOKENS } from './support/tokens.js';
import type { StepElementBase } from '../src/elements/shared/step-element-base.js';

type Args = Record<string, string>;

/** A step element in a given state, for the theming samples. */
function sample(
  context: StoryContext<Args>,
  tag: string,
  state: StepElementBase['state'],
  values: Record<string, string> = {},
): { element: StepElementBase; content: unknown } {
  const element = document.createElement(tag) as StepElementBase;
  element.t = translatorOf(context);
  element.state = { ...state, error: null };
  const ready = element.updateComplete.then(async () => {
    fillValues(element, values);
    element.state = state; // the error arrives after the form exists, as after a submit
    await element.updateComplete;
  });
  return { element, content: quietInDocs(context, element, ready) };
}

export default {
  title: 'Theming/Design tokens',
  component: 'auth-flow',
  tags: ['autodocs'],
  // One control per token; empty means "the kit's default".
  args: Object.fromEntries(TOKENS.map((token) => [token.name, ''])),
  argTypes: Object.fromEntries(
    TOKENS.map((token) => [
      token.name,
      {
        control: isColorToken(token) ? { type: 'color', presetColors: [token.light, ...(token.dark ? [token.dark] : [])] } : 'text',
        description: token.description ?? `Component token (${token.light}); not documented in the manifest.`,
        table: { category: `${token.tier} tokens`, defaultValue: { summary: token.light } },
      },
    ]),
  ),
  parameters: {
    controls: { include: TOKENS.map((token) => token.name) },
    docs: {
      description: {
        component:
          'Every `--auth-flow-*` custom property the kit defines, read from its stylesheet. **Base** tokens are the palette ' +
          'and metrics; **component** tokens are built on them (change `--auth-flow-color-accent` and the button, links and ' +
          'focus ring follow). Change any of them in Controls: the samples and the table update live. The scheme toolbar ' +
          'switches the dark palette.',
      },
    },
  },
  render: (args, context) => {
    const tokens = Object.fromEntries(Object.entries(args).filter(([name, value]) => name.startsWith('--') && value));
    const signIn = sample(
      context,
      'auth-sign-in',
      stateFor('signIn', { username: 'ana', notice: 'signedOut', error: cognitoError('NotAuthorizedException', 'Incorrect username or password.') }),
    );
    const signUp = sample(context, 'auth-sign-up', stateFor('signUp', { error: fieldCheck('email', 'invalidEmail') }), {
      username: 'ana',
      password: PASSWORD,
      email: 'ana@example',
    });
    const choice = sample(context, 'auth-mfa-select', stateFor('selectMfaType', { pending: true }));
    return html`<div class="story-row">
        ${inFrame(context, signIn.content, tokens)} ${inFrame(context, signUp.content, tokens)}
        ${inFrame(context, choice.content, tokens)}
      </div>
      ${inFrame(
        context,
        html`<story-token-table .overrides=${tokens} .source=${signIn.element}></story-token-table>`,
        { ...tokens, '--auth-flow-max-width': 'none' },
      )}`;
  },
} satisfies Meta<Args>;

export const Tokens: StoryObj<Args> = {
  play: async ({ canvasElement }) => {
    const rows = canvasElement.querySelectorAll('story-token-table tbody tr');
    await expect(rows.length).toBe(TOKENS.length);
    await expect(rows.length).toBeGreaterThanOrEqual(18);
  },
};

export const DarkTokens: StoryObj<Args> = { globals: { scheme: 'dark' } };

/** A brand: one accent, rounder corners, more air. The component tokens follow the base ones. */
export const Brand: StoryObj<Args> = {
  args: {
    '--auth-flow-color-accent': '#0f6e4c',
    '--auth-flow-radius': '14px',
    '--auth-flow-space': '1.25rem',
    '--auth-flow-font': "Georgia, 'Times New Roman', serif",
  },
  play: async ({ canvasElement }) => {
    const button = canvasElement.querySelector<HTMLElement>('auth-sign-in .auth-submit')!;
    await expect(getComputedStyle(button).backgroundColor).toBe('rgb(15, 110, 76)');
    await expect(getComputedStyle(button).borderTopLeftRadius).toBe('14px');
  },
};
