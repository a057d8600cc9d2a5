import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { AUTH_FLOW_TYPES } from '../src/core/backend.js';
import { ENTRY_STEPS, STEP_NAMES } from '../src/core/step-table.js';
import type { StepName } from '../src/core/steps.js';
import type { AuthFlowElement } from '../src/elements/auth-flow.js';
import { en } from '../src/i18n/en.js';
import { PASSWORD } from './support/fixtures.js';
import { declarationOf, eventArgName, hiddenMembers } from './support/frame.js';
import { flowOf, renderFlow, withScript, type FlowArgs } from './support/flow.js';
import { RIGHT_CODE, STORY_SCRIPT, STORY_SCRIPT_MARKDOWN } from './support/story-backend.js';

type Story = StoryObj<FlowArgs>;

/** A spy per documented event: the Actions panel shows them, and play functions check them. */
const eventSpies = Object.fromEntries((declarationOf('auth-flow')?.events ?? []).map(({ name }) => [eventArgName(name), fn()]));

const script = html`<details class="story-script" open>
  <summary>Story backend script</summary>
  <table>
    <thead>
      <tr>
        <th scope="col">You type</th>
        <th scope="col">What happens</th>
      </tr>
    </thead>
    <tbody>
      ${STORY_SCRIPT.map(([what, happens]) => html`<tr><td>${what}</td><td>${happens}</td></tr>`)}
    </tbody>
  </table>
</details>`;

export default {
  title: 'Auth flow',
  component: 'auth-flow',
  tags: ['autodocs'],
  args: { startAt: 'signIn', latency: 600, ...eventSpies },
  argTypes: {
    ...hiddenMembers('auth-flow'),
    startAt: {
      description: 'Story only: open at this step (the story plays the commands that lead there).',
      control: 'select',
      options: STEP_NAMES,
      table: { category: 'story' },
    },
    latency: {
      description: 'Story only: how long each answer of the story backend takes (ms).',
      control: { type: 'range', min: 0, max: 3000, step: 100 },
      table: { category: 'story' },
    },
    'auth-flow-type': { control: 'select', options: AUTH_FLOW_TYPES },
    'initial-step': { control: 'select', options: ENTRY_STEPS },
    persist: { control: 'select', options: ['', 'session', 'local'] },
    controller: { control: false },
    backend: { control: false },
    messages: { control: 'object' },
    challengePrompts: { control: false },
  },
  parameters: {
    docs: {
      description: {
        component:
          '`<auth-flow>` with an `AuthController` over a scripted **story backend**: no AWS account, no server. ' +
          'Click through sign-up → confirm → sign in → MFA → signed in, or open any step with the `startAt` control.\n\n' +
          STORY_SCRIPT_MARKDOWN,
      },
    },
  },
  render: (args, context) => withScript(renderFlow(args, context), script),
} satisfies Meta<FlowArgs>;

/** The flow at sign-in: click anywhere, the script is beside it. */
export const Interactive: Story = {
  play: async ({ canvasElement }) => {
    const { flow } = await flowOf(canvasElement);
    await expect(within(flow).getByRole('heading', { name: 'Sign in' })).toBeVisible();
    // One Lit on the page (the kit's and Storybook's): see optimizeDeps in .storybook/main.ts.
    await expect((globalThis as { litHtmlVersions?: string[] }).litHtmlVersions).toHaveLength(1);
  },
};

// ── open at any step ─────────────────────────────────────────────────────────────────────────

/** Opens at `step` and checks the flow shows that step's element. */
function startAt(step: StepName, tag: string): Story {
  return {
    args: { startAt: step },
    play: async ({ canvasElement }) => {
      const { controller, flow } = await flowOf(canvasElement);
      await expect(controller.getSnapshot().step).toBe(step);
      const element = await waitFor(() => {
        const found = flow.querySelector(`:scope > ${tag}`);
        if (!found) throw new Error(`<${tag}> not shown yet`);
        return found;
      });
      await expect(within(element as HTMLElement).getByRole('heading', { level: 2 })).toBeVisible();
    },
  };
}

export const AtSignUp = startAt('signUp', 'auth-sign-up');
export const AtConfirmSignUp = startAt('confirmSignUp', 'auth-confirm-code');
export const AtSmsCode = startAt('confirmSignInWithSmsCode', 'auth-mfa-code');
export const AtAuthenticatorAppCode = startAt('confirmSignInWithTotpCode', 'auth-mfa-code');
export const AtEmailCode = startAt('confirmSignInWithEmailCode', 'auth-mfa-code');
export const AtMfaChoice = startAt('selectMfaType', 'auth-mfa-select');
export const AtMfaSetupChoice = startAt('selectMfaSetupType', 'auth-mfa-select');
export const AtAuthenticatorAppSetup = startAt('setUpTotp', 'auth-totp-setup');
export const AtEmailMfaSetup = startAt('setUpEmail', 'auth-email-setup');
export const AtNewPassword = startAt('newPasswordRequired', 'auth-new-password');
export const AtCustomChallenge = startAt('customChallenge', 'auth-challenge-prompt');
export const AtResetPassword = startAt('resetPassword', 'auth-reset-password');
export const AtConfirmResetPassword = startAt('confirmResetPassword', 'auth-reset-password');
export const AtSignedIn = startAt('signedIn', 'auth-signed-in');
export const AtFactorChoice = startAt('selectFirstFactor', 'auth-factor-select');
export const AtPasswordFactor = startAt('confirmSignInWithPassword', 'auth-password-factor');
export const AtPasskey = startAt('confirmSignInWithPasskey', 'auth-passkey-sign-in');
export const AtPasskeyOffer = startAt('offerPasskey', 'auth-passkey-offer');

/** `variant="modal"`: opened by `show()` (here by the play), the page behind inert; Escape (a real key) or `close()` closes it. */
export const Modal: Story = {
  args: { latency: 0, variant: 'modal' },
  play: async ({ canvasElement }) => {
    const { flow } = await flowOf(canvasElement);
    const dialog = flow.shadowRoot!.querySelector('dialog')!;
    await expect(dialog.open).toBe(false);
    await flow.show();
    await expect(dialog.open).toBe(true);
    await waitFor(() => expect(within(flow).getByLabelText('Username')).toHaveFocus());
    // A synthetic Escape does not close a native dialog (the element test presses a real one).
    flow.close();
    await waitFor(() => expect(dialog.open).toBe(false));
  },
};

/** Providers above the form: "Continue with Google" signs Ada in (the story's provider answers at once). */
export const WithProviders: Story = {
  args: { latency: 0, 'identity-providers': 'Google, Facebook, SignInWithApple, LoginWithAmazon, OktaSAML:Okta', sso: true },
  play: async ({ canvasElement }) => {
    const { flow } = await flowOf(canvasElement);
    const canvas = within(flow);
    const google = await canvas.findByRole('button', { name: 'Continue with Google' });
    await expect(canvas.getByRole('button', { name: 'Continue with Okta' })).toBeVisible();
    await userEvent.click(google);
    await expect(await canvas.findByRole('heading', { name: 'You are signed in' })).toBeVisible();
    await expect(canvas.getByText('Signed in as Google_ada.')).toBeVisible();
  },
};

/** USER_AUTH by keyboard: the username, the emailed code chosen with the arrow keys, the code, signed in. */
export const UserAuthEmailCodeByKeyboard: Story = {
  args: { latency: 0, 'auth-flow-type': 'USER_AUTH' },
  play: async ({ canvasElement }) => {
    const { flow, controller } = await flowOf(canvasElement);
    controller.authFlowType = 'USER_AUTH';
    const canvas = within(flow);
    await userEvent.type(await canvas.findByLabelText('Username'), 'ana{Enter}');
    const passkey = await canvas.findByRole('radio', { name: 'A passkey' });
    await waitFor(() => expect(passkey).toHaveFocus());
    await userEvent.keyboard('{ArrowDown}');
    await expect(canvas.getByRole('radio', { name: 'A code sent by email' })).toBeChecked();
    await userEvent.keyboard('{Enter}');
    const code = await canvas.findByLabelText('Code');
    await waitFor(() => expect(code).toHaveFocus());
    await userEvent.type(code, `${RIGHT_CODE}{Enter}`);
    await expect(await canvas.findByRole('heading', { name: 'You are signed in' })).toBeVisible();
  },
};

/** The passkey sheet closes without a passkey: a calm message, then "Choose another way" back to the choice. */
export const PasskeyCancelledThenAnotherWay: Story = {
  args: { latency: 0, startAt: 'confirmSignInWithPasskey' },
  play: async ({ canvasElement }) => {
    const { flow } = await flowOf(canvasElement);
    const canvas = within(flow);
    await expect(await canvas.findByRole('alert', {}, { timeout: 3000 })).toHaveTextContent('The passkey request was cancelled or timed out.');
    await userEvent.click(canvas.getByRole('button', { name: 'Choose another way to sign in' }));
    await expect(await canvas.findByRole('group', { name: 'Sign in with' })).toBeVisible();
  },
};

// ── click-throughs (play functions) ──────────────────────────────────────────────────────────

/** Sign-up → confirm → sign in → SMS MFA → signed in → signed out, as a person would, by keyboard and mouse. */
export const SignUpToSignedIn: Story = {
  args: { latency: 0 },
  play: async ({ canvasElement, args, step }) => {
    const { flow } = await flowOf(canvasElement);
    const canvas = within(flow);
    await step('Create an account', async () => {
      await userEvent.click(canvas.getByRole('button', { name: 'Create an account' }));
      await userEvent.type(await canvas.findByLabelText('Username'), 'designer');
      await userEvent.type(canvas.getByLabelText('Password'), PASSWORD);
      await userEvent.type(canvas.getByLabelText('Email'), 'designer@example.com');
      await userEvent.click(canvas.getByRole('button', { name: 'Create account' }));
    });
    await step('Confirm with the emailed code', async () => {
      await expect(await canvas.findByRole('heading', { name: 'Confirm your account' })).toBeVisible();
      // The masked address sits in a <bdi> (server text is bidi-isolated): match the whole sentence.
      const sent = (_: string, element: Element | null) =>
        element?.classList.contains('auth-code-sent') === true && element.textContent === 'We sent a code by email to d***@e***.';
      await expect(canvas.getByText(sent)).toBeVisible();
      await expect(canvas.getByLabelText('Code')).toHaveFocus();
      await userEvent.type(canvas.getByLabelText('Code'), `${RIGHT_CODE}{Enter}`);
    });
    await step('Sign in (username kept)', async () => {
      await expect(await canvas.findByText('Your account is confirmed. Sign in to continue.')).toBeVisible();
      await expect(canvas.getByLabelText('Username')).toHaveValue('designer');
      await userEvent.type(canvas.getByLabelText('Password'), `${PASSWORD}{Enter}`);
    });
    await step('SMS MFA code', async () => {
      await expect(await canvas.findByRole('heading', { name: 'Enter the code we texted you' })).toBeVisible();
      await userEvent.type(canvas.getByLabelText('Code'), `${RIGHT_CODE}{Enter}`);
    });
    await step('Signed in, then out', async () => {
      await expect(await canvas.findByText('Signed in as designer.')).toBeVisible();
      await userEvent.click(canvas.getByRole('button', { name: 'Sign out' }));
      await expect(await canvas.findByText('You are signed out.')).toBeVisible();
    });
    await step('Events: each milestone, never a secret', async () => {
      await expect(args.onAuthSignedUp).toHaveBeenCalledWith(expect.objectContaining({ detail: { username: 'designer' } }));
      await expect(args.onAuthSignedIn).toHaveBeenCalled();
      await expect(args.onAuthSignedOut).toHaveBeenCalled();
      const details = Object.values(args)
        .filter((value): value is ReturnType<typeof fn> => typeof value === 'function' && 'mock' in value)
        .flatMap((spy) => spy.mock.calls.map(([event]) => JSON.stringify((event as CustomEvent).detail)));
      await expect(details.join(' ')).not.toContain(PASSWORD);
      await expect(details.join(' ')).not.toContain(RIGHT_CODE);
    });
  },
};

/** A wrong code stays on the step with the error at the field; the right one goes on. */
export const WrongCodeThenRight: Story = {
  args: { latency: 0, startAt: 'confirmSignInWithTotpCode' },
  play: async ({ canvasElement }) => {
    const { flow } = await flowOf(canvasElement);
    const canvas = within(flow);
    const code = await canvas.findByLabelText('Code');
    await userEvent.type(code, '654321{Enter}');
    await waitFor(() => expect(canvas.getByLabelText('Code')).toHaveAttribute('aria-invalid', 'true'));
    await expect(canvas.getByLabelText('Code')).toHaveAccessibleDescription(expect.stringContaining('That code is not right.'));
    await expect(canvas.getByLabelText('Code')).toHaveValue('');
    await userEvent.type(canvas.getByLabelText('Code'), `${RIGHT_CODE}{Enter}`);
    await expect(await canvas.findByRole('heading', { name: 'You are signed in' })).toBeVisible();
  },
};

/** MFA required but not set up: choose the app, scan, enter its first code. */
export const SetUpAuthenticatorApp: Story = {
  args: { latency: 0, startAt: 'selectMfaSetupType' },
  play: async ({ canvasElement }) => {
    const { flow } = await flowOf(canvasElement);
    const canvas = within(flow);
    await userEvent.click(await canvas.findByRole('radio', { name: 'Authenticator app' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Continue' }));
    await expect(await canvas.findByRole('img', { name: /QR code/ })).toBeVisible();
    await userEvent.type(canvas.getByLabelText('Code from the app'), `${RIGHT_CODE}{Enter}`);
    await expect(await canvas.findByRole('heading', { name: 'You are signed in' })).toBeVisible();
  },
};

/** Forgot password → code and new password → back at sign-in, told it worked. */
export const ResetForgottenPassword: Story = {
  args: { latency: 0 },
  play: async ({ canvasElement, args }) => {
    const { flow } = await flowOf(canvasElement);
    const canvas = within(flow);
    await userEvent.click(canvas.getByRole('button', { name: 'Forgot your password?' }));
    await userEvent.type(await canvas.findByLabelText('Username'), 'ana{Enter}');
    await userEvent.type(await canvas.findByLabelText('Code'), RIGHT_CODE);
    await userEvent.type(canvas.getByLabelText('New password'), 'weak{Enter}');
    await waitFor(() => expect(canvas.getByLabelText('New password')).toHaveAttribute('aria-invalid', 'true'));
    await userEvent.clear(canvas.getByLabelText('New password'));
    await userEvent.type(canvas.getByLabelText('New password'), `${PASSWORD}{Enter}`);
    await expect(await canvas.findByText('Your password was changed. Sign in with the new one.')).toBeVisible();
    await expect(args.onAuthPasswordReset).toHaveBeenCalled();
  },
};

/** Three rounds at most: a wrong answer brings a fresh round with an empty field. */
export const CustomChallengeRounds: Story = {
  args: { latency: 0, startAt: 'customChallenge' },
  play: async ({ canvasElement }) => {
    const { flow, controller } = await flowOf(canvasElement);
    const canvas = within(flow);
    await userEvent.type(await canvas.findByLabelText('Your answer'), '8{Enter}');
    await waitFor(() => expect(controller.getSnapshot()).toMatchObject({ step: 'customChallenge', round: 2 }));
    await expect(await canvas.findByLabelText('Your answer')).toHaveValue('');
    await userEvent.type(canvas.getByLabelText('Your answer'), '7{Enter}');
    await expect(await canvas.findByRole('heading', { name: 'You are signed in' })).toBeVisible();
  },
};

/** "Pending" as a person sees it: the button says so and refuses a second press. */
export const SlowAnswer: Story = {
  args: { latency: 1500 },
  play: async ({ canvasElement }) => {
    const { flow } = await flowOf(canvasElement);
    const canvas = within(flow);
    await userEvent.type(canvas.getByLabelText('Username'), 'ana');
    await userEvent.type(canvas.getByLabelText('Password'), `${PASSWORD}{Enter}`);
    const busy = await canvas.findByRole('button', { name: 'Signing in…' });
    await expect(busy).toHaveAttribute('aria-disabled', 'true');
  },
};

// ── the frame: slots, own markup, own strings, configuration ─────────────────────────────────

export const HeaderAndFooter: Story = {
  render: (args, context) =>
    renderFlow(
      args,
      context,
      html`<div slot="header" class="story-brand"><strong>Acme Cloud</strong></div>
        <p slot="footer" class="story-legal">By signing in you accept the <a href="#terms">terms of use</a>.</p>`,
    ),
};

/** `slot="sign-in-header"` / `slot="sign-up-footer"`: content around one step only, inside the global header and footer. */
export const StepHeaderAndFooter: Story = {
  render: (args, context) =>
    renderFlow(
      args,
      context,
      html`<div slot="header" class="story-brand"><strong>Acme Cloud</strong></div>
        <p slot="sign-in-header">Welcome back.</p>
        <p slot="sign-in-footer" class="story-legal">Trouble signing in? <a href="#help">Get help</a>.</p>
        <p slot="sign-up-footer" class="story-legal">By creating an account you accept the <a href="#terms">terms of use</a>.</p>`,
    ),
  play: async ({ canvasElement }) => {
    const flow = canvasElement.querySelector('auth-flow')!;
    const named = [...flow.shadowRoot!.querySelectorAll<HTMLSlotElement>('[part=body] slot')].map((slot) => slot.name);
    await expect(named).toEqual(['sign-in-header', '', 'sign-in-footer']);
  },
};

/**
 * `form-fields` and a terms checkbox of the page's own in `slot="sign-up-footer"`: its named field
 * joins the submission, and the page's `auth-submit` listener refuses it unticked.
 */
export const SignUpFieldsAndTerms: Story = {
  args: {
    startAt: 'signUp',
    latency: 0,
    'sign-up-attributes': 'email',
    formFields: { signUp: [{ name: 'custom:plan', label: 'Plan', type: 'select', required: true, options: ['Free', 'Pro'] }] },
  },
  render: (args, context) => {
    const flow = renderFlow(
      args,
      context,
      html`<div slot="sign-up-footer" class="story-legal">
        <label><input type="checkbox" name="terms" aria-describedby="story-terms-error" /> I accept the <a href="#terms">terms of use</a></label>
        <p id="story-terms-error" hidden>Accept the terms of use to create an account.</p>
      </div>`,
    );
    flow.addEventListener('auth-submit', (event) => {
      const message = flow.querySelector<HTMLElement>('#story-terms-error')!;
      message.hidden = event.detail.step !== 'signUp' || !!event.detail.values.terms;
      if (!message.hidden) event.preventDefault();
    });
    return flow;
  },
  play: async ({ canvasElement }) => {
    const { flow } = await flowOf(canvasElement);
    const canvas = within(flow);
    await userEvent.type(await canvas.findByLabelText('Username'), 'ana');
    await userEvent.type(canvas.getByLabelText('Password'), PASSWORD);
    await userEvent.type(canvas.getByLabelText('Email'), 'ana@example.com');
    await userEvent.selectOptions(canvas.getByLabelText('Plan'), 'Pro');
    await userEvent.click(canvas.getByRole('button', { name: 'Create account' }));
    await expect(await canvas.findByText('Accept the terms of use to create an account.')).toBeVisible();
    await userEvent.click(canvas.getByLabelText(/I accept the/));
    await userEvent.click(canvas.getByRole('button', { name: 'Create account' }));
    await expect(await canvas.findByRole('heading', { name: 'Confirm your account' })).toBeVisible();
  },
};

/** `slot="sign-in"`: the app's own sign-in markup; the flow still runs it (fields named like the kit's). */
export const OwnSignInMarkup: Story = {
  args: { latency: 0 },
  render: (args, context) =>
    renderFlow(
      args,
      context,
      html`<form slot="sign-in" class="story-own-form">
        <h2>Welcome back to Acme</h2>
        <label>Email or username <input name="username" autocomplete="username" /></label>
        <label>Password <input name="password" type="password" autocomplete="current-password" /></label>
        <button>Continue</button>
      </form>`,
    ),
  play: async ({ canvasElement }) => {
    const { flow } = await flowOf(canvasElement);
    const canvas = within(flow);
    await userEvent.type(canvas.getByLabelText('Email or username'), 'ana');
    await userEvent.type(canvas.getByLabelText('Password'), `${PASSWORD}{Enter}`);
    await expect(await canvas.findByRole('heading', { name: 'You are signed in' })).toBeVisible();
  },
};

/** `messages`: the app's own words over the catalogue's. */
export const OwnMessages: Story = {
  args: {
    messages: {
      'signIn.heading': 'Sign in to Acme Cloud',
      'signIn.toSignUp': 'Start a free trial',
      'field.username': 'Work email',
    },
  },
  play: async ({ canvasElement }) => {
    const { flow } = await flowOf(canvasElement);
    await expect(await within(flow).findByRole('heading', { name: 'Sign in to Acme Cloud' })).toBeVisible();
  },
};

export const HideSignUp: Story = { args: { 'hide-sign-up': true } };

/** A malformed user pool id: the flow says it is not set up instead of failing on submit. */
export const Misconfigured: Story = {
  render: (_args, context) => html`<auth-flow user-pool-id="not-a-pool-id" client-id="abc" lang=${context.globals.locale ?? 'en'}></auth-flow>`,
  play: async ({ canvasElement }) => {
    const flow = canvasElement.querySelector('auth-flow')!;
    await waitFor(() => expect(flow.shadowRoot!.querySelector('[role=alert]')).toHaveTextContent(en['error.misconfigured']));
  },
};

// ── look and language ────────────────────────────────────────────────────────────────────────

export const Dark: Story = { globals: { scheme: 'dark' } };

/** A logo for the `brand` slot: inline SVG, so a strict CSP needs no `img-src data:`. */
const brand = html`<svg slot="brand" role="img" aria-label="Acme Cloud" width="160" height="40" viewBox="0 0 160 40">
  <rect width="40" height="40" rx="10" fill="#0b5cad" />
  <path d="M12 28 20 10l8 18" fill="none" stroke="#fff" stroke-width="3" stroke-linejoin="round" />
  <text x="50" y="27" font-size="20" font-family="system-ui, sans-serif" font-weight="600" fill="currentColor">Acme Cloud</text>
</svg>`;

/** `slot="brand"`: the logo at the top of the card, centred, no taller than `--auth-flow-brand-height`. */
export const Brand: Story = {
  render: (args, context) => renderFlow(args, context, brand),
  play: async ({ canvasElement }) => {
    const { flow } = await flowOf(canvasElement);
    const logo = within(flow).getByRole('img', { name: 'Acme Cloud' });
    await expect(logo.getBoundingClientRect().height).toBeLessThanOrEqual(48);
    await expect(flow.shadowRoot!.querySelector('[part=frame] slot')).toHaveAttribute('name', 'brand');
  },
};
export const BrandDark: Story = { ...Brand, globals: { scheme: 'dark' } };

/** The card drawn from the `--auth-flow-card-*` tokens (here another radius, shadow and padding). */
export const CardTokens: Story = {
  render: (args, context) => {
    const flow = renderFlow(args, context, brand);
    flow.style.setProperty('--auth-flow-card-radius', '0');
    flow.style.setProperty('--auth-flow-card-shadow', '0 12px 32px #0003');
    flow.style.setProperty('--auth-flow-card-padding', '2rem');
    return flow;
  },
  play: async ({ canvasElement }) => {
    const { flow } = await flowOf(canvasElement);
    const frame = getComputedStyle(flow.shadowRoot!.querySelector('[part=frame]')!);
    await expect(frame.borderTopLeftRadius).toBe('0px');
    await expect(frame.paddingTop).toBe('32px');
  },
};

/** `appearance="plain"`: no card, for a page that puts the flow in its own panel. */
export const Plain: Story = {
  args: { appearance: 'plain' },
  play: async ({ canvasElement }) => {
    const { flow } = await flowOf(canvasElement);
    const frame = getComputedStyle(flow.shadowRoot!.querySelector('[part=frame]')!);
    await expect(frame.boxShadow).toBe('none');
    await expect(frame.borderTopWidth).toBe('0px');
  },
};
export const PlainDark: Story = { ...Plain, globals: { scheme: 'dark' } };

/**
 * `gate`: the element's own children are the app, shown only once signed in (here a dashboard whose
 * button signs out through `el.controller.signOut()`); the flow otherwise.
 */
export const Gate: Story = {
  args: { latency: 0, gate: true },
  render: (args, context) => {
    const flow = renderFlow(
      args,
      context,
      html`<div class="story-app">
        <h2>Acme Cloud dashboard</h2>
        <p>Only people who signed in see this.</p>
        <button type="button" autofocus>Sign out</button>
      </div>`,
    );
    flow.querySelector('.story-app button')!.addEventListener('click', () => void (flow as AuthFlowElement).controller?.signOut());
    return flow;
  },
  play: async ({ canvasElement }) => {
    const { flow } = await flowOf(canvasElement);
    const canvas = within(flow);
    const app = flow.querySelector('.story-app')!;
    await expect(app.checkVisibility()).toBe(false);
    await userEvent.type(canvas.getByLabelText('Username'), 'ana');
    await userEvent.type(canvas.getByLabelText('Password'), `${PASSWORD}{Enter}`);
    await waitFor(() => expect(app.checkVisibility()).toBe(true));
    await userEvent.click(within(app as HTMLElement).getByRole('button', { name: 'Sign out' }));
    await waitFor(() => expect(app.checkVisibility()).toBe(false));
    await expect(await canvas.findByRole('heading', { name: 'Sign in' })).toBeVisible();
  },
};
export const GateDark: Story = { ...Gate, globals: { scheme: 'dark' } };

/** `variant="modal"` opened without script by a page button: `commandfor` the flow's id, `command="--show"`. */
export const ModalTrigger: Story = {
  args: { latency: 0, variant: 'modal' },
  render: (args, context) => {
    const flow = renderFlow(args, context);
    flow.id = 'story-sign-in';
    return html`<button type="button" commandfor="story-sign-in" command="--show">Sign in</button>${flow}`;
  },
  play: async ({ canvasElement }) => {
    const { flow } = await flowOf(canvasElement);
    const opener = canvasElement.querySelector<HTMLButtonElement>('button[commandfor]')!;
    const dialog = flow.shadowRoot!.querySelector('dialog')!;
    opener.focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(dialog.open).toBe(true));
    await waitFor(() => expect(within(flow).getByLabelText('Username')).toHaveFocus());
    // A synthetic Escape does not close a native dialog (the element test presses a real one).
    flow.close();
    await waitFor(() => expect(dialog.open).toBe(false));
    await waitFor(() => expect(opener).toHaveFocus());
  },
};
export const LongTranslations: Story = { args: { startAt: 'signUp' }, globals: { locale: 'en-XA' } };
export const RightToLeft: Story = {
  args: { startAt: 'confirmSignUp' },
  globals: { locale: 'ar-XB' },
  play: async ({ canvasElement }) => {
    const { flow } = await flowOf(canvasElement);
    // The direction comes with the catalogue, which loads after the first render.
    await waitFor(() => expect(flow.shadowRoot!.querySelector('[part=frame]')).toHaveAttribute('dir', 'rtl'));
    await expect(getComputedStyle(flow.querySelector('form')!).direction).toBe('rtl');
  },
};
/** Built-in languages, each loaded when asked for: Arabic (right to left) and Japanese, from sign-up; axe on both. */
export const Arabic: Story = {
  args: { startAt: 'signUp' },
  globals: { locale: 'ar' },
  play: async ({ canvasElement }) => {
    const { flow } = await flowOf(canvasElement);
    await waitFor(() => expect(flow.shadowRoot!.querySelector('[part=frame]')).toHaveAttribute('lang', 'ar'));
    await expect(flow.shadowRoot!.querySelector('[part=frame]')).toHaveAttribute('dir', 'rtl');
    await expect(within(flow).getByRole('heading', { level: 2 })).toHaveTextContent('إنشاء حسابك');
  },
};
export const Japanese: Story = {
  args: { startAt: 'signUp' },
  globals: { locale: 'ja' },
  play: async ({ canvasElement }) => {
    const { flow } = await flowOf(canvasElement);
    await waitFor(() => expect(flow.shadowRoot!.querySelector('[part=frame]')).toHaveAttribute('lang', 'ja'));
    await expect(within(flow).getByRole('heading', { level: 2 })).toHaveTextContent('アカウントの作成');
  },
};
/** The Direction toolbar on an English flow (see the note in .storybook/preview-head.html). */
export const RightToLeftEnglish: Story = { globals: { direction: 'rtl' } };
export const Narrow: Story = {
  args: { startAt: 'signUp' },
  globals: { viewport: { value: 'mobile1', isRotated: false } },
  parameters: { layout: 'fullscreen' },
};
export const Wide: Story = { globals: { viewport: { value: 'desktop', isRotated: false } } };
