import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { ACCOUNT_VIEWS } from '../src/core/account-views.js';
import { errorMessage } from '../src/i18n/translate.js';
import { ACCOUNT_OPERATIONS, ACCOUNT_SCRIPT, ACCOUNT_SCRIPT_MARKDOWN, DEVICE_LISTS, PASSKEY_LISTS, PROFILES } from './support/account-backend.js';
import { accountOf, renderAccount, settled, withAccountScript, type AccountArgs } from './support/account.js';
import { ANY_CALL, cognitoError, LONG_USERNAME, PASSWORD } from './support/fixtures.js';
import { declarationOf, eventArgName, frameAttributes, hiddenMembers, translatorOf } from './support/frame.js';
import { expectNoOverflow, NARROW } from './support/step-stories.js';
import { TOTP_SECRET } from './support/story-backend.js';

type Story = StoryObj<AccountArgs>;
type Context = StoryContext<AccountArgs>;

/** A spy per documented event: the Actions panel shows them, and play functions check them. */
const eventSpies = Object.fromEntries((declarationOf('auth-account')?.events ?? []).map(({ name }) => [eventArgName(name), fn()]));

const script = html`<details class="story-script" open>
  <summary>Story backend script</summary>
  <table>
    <thead>
      <tr>
        <th scope="col">You do</th>
        <th scope="col">What happens</th>
      </tr>
    </thead>
    <tbody>
      ${ACCOUNT_SCRIPT.map(([what, happens]) => html`<tr><td>${what}</td><td>${happens}</td></tr>`)}
    </tbody>
  </table>
</details>`;

/** A story-only control (the `story` category of the args table). */
const story = (description: string) => ({ description: `Story only: ${description}`, table: { category: 'story' } });

export default {
  title: 'Account',
  component: 'auth-account',
  tags: ['autodocs'],
  args: {
    view: 'overview',
    signedIn: true,
    profile: 'ana',
    passkeyList: 'none',
    deviceList: 'none',
    neverAnswers: [],
    failsOnce: [],
    latency: 600,
    ...eventSpies,
  },
  argTypes: {
    ...hiddenMembers('auth-account'),
    view: { ...story('open at this view (reached as a person would, from the overview).'), control: 'select', options: Object.keys(ACCOUNT_VIEWS) },
    signedIn: { ...story('"ana" is signed in; off, nobody is.'), control: 'boolean' },
    profile: { ...story('what `GetUser` says about her.'), control: 'select', options: Object.keys(PROFILES) },
    passkeyList: { ...story('her passkeys.'), control: 'select', options: Object.keys(PASSKEY_LISTS) },
    deviceList: { ...story('her remembered devices.'), control: 'select', options: Object.keys(DEVICE_LISTS) },
    neverAnswers: { ...story('operations that never answer (their loading or pending state stays).'), control: 'check', options: ACCOUNT_OPERATIONS },
    failsOnce: { ...story('operations whose first call fails with a network error.'), control: 'check', options: ACCOUNT_OPERATIONS },
    latency: { ...story('how long each answer of the story backend takes (ms).'), control: { type: 'range', min: 0, max: 3000, step: 100 } },
    controller: { control: false },
    accountController: { control: false },
    messages: { control: 'object' },
    accountMessages: { control: 'object' },
  },
  parameters: {
    docs: {
      description: {
        component:
          '`<auth-account>`: the signed-in person manages her own account, one view per task. Here it gets an ' +
          '`AuthController` (its `controller` property) over a scripted **story backend** with the account operations: ' +
          'no AWS account, no server. "ana" is signed in; open any view with the `view` control, change her profile, ' +
          'passkeys and devices with the others.\n\n' +
          ACCOUNT_SCRIPT_MARKDOWN,
      },
    },
  },
  render: (args, context) => withAccountScript(renderAccount(args, context), script),
} satisfies Meta<AccountArgs>;

// ── checks ───────────────────────────────────────────────────────────────────────────────────

/** The page has reached its view: its heading (level 2) is shown. */
async function atView(context: Context, heading: string) {
  const found = await accountOf(context.canvasElement);
  await expect(await within(found.element).findByRole('heading', { level: 2, name: heading })).toBeVisible();
  return { ...found, canvas: within(found.element) };
}

/** The profile row of `attribute`, as one line of text. */
function row(element: HTMLElement, attribute: string): string {
  return element.querySelector(`[data-attribute="${attribute}"]`)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

/** An error at its field: `aria-invalid`, described by the message, no form-level alert beside it. */
async function expectFieldError(element: HTMLElement, name: string, message: string) {
  const input = element.querySelector<HTMLInputElement>(`input[name="${name}"]`)!;
  await waitFor(() => expect(input).toHaveAttribute('aria-invalid', 'true'));
  await expect(input).toHaveAccessibleDescription(expect.stringContaining(message));
  await expect(within(element).queryByRole('alert'), 'a field error is not also a form alert').toBeNull();
  return input;
}

/** Pending as a person sees it: the form busy, its button saying so and refusing a second press. */
async function expectPending(element: HTMLElement, label: string) {
  await waitFor(() => expect(element.querySelector('form')).toHaveAttribute('aria-busy', 'true'));
  await expect(within(element).getByRole('button', { name: label })).toHaveAttribute('aria-disabled', 'true');
}

/** One method on the two-step verification view: its status, and the buttons it offers. */
async function expectMethod(element: HTMLElement, type: string, status: string, buttons: string[]) {
  const item = element.querySelector<HTMLElement>(`[data-method="${type}"]`)!;
  await expect(item.querySelector('.auth-badge')).toHaveTextContent(status);
  await expect(within(item).queryAllByRole('button').map((button) => button.textContent!.trim())).toEqual(buttons);
}

// ── overview ─────────────────────────────────────────────────────────────────────────────────

/** The profile: the email verified, the phone number not (with a way to verify it), then every task. */
export const Overview: Story = {
  play: async (context) => {
    const { element, canvas } = await atView(context, 'Your account');
    await expect(canvas.getByText('Signed in as \u2068ana@example.com\u2069.')).toBeVisible();
    await expect(row(element, 'name')).toBe('Full name Ana Lima');
    await expect(row(element, 'email')).toBe('Email ana@example.com Verified');
    await expect(row(element, 'phone_number')).toBe('Phone number +15550100199 Not verified Verify phone number');
    const tasks = [...element.querySelectorAll('.auth-tasks button')].map((button) => button.textContent!.trim());
    await expect(tasks).toEqual([
      'Edit profile',
      'Change password',
      'Two-step verification',
      'Passkeys',
      'Remembered devices',
      'Sign out on all devices',
      'Delete account',
    ]);
  },
};

/** A new email not verified yet (the phone number is): "Verify email" beside it. */
export const OverviewEmailNotVerified: Story = {
  args: { profile: 'emailUnverified' },
  play: async (context) => {
    const { element, canvas } = await atView(context, 'Your account');
    await expect(row(element, 'email')).toBe('Email ana@example.com Not verified Verify email');
    await expect(row(element, 'phone_number')).toBe('Phone number +15550100199 Verified');
    await expect(canvas.getByRole('button', { name: 'Verify email' })).toBeVisible();
  },
};

/** `GetUser` has not answered: the page says it is loading, and the tasks are there already. */
export const OverviewLoading: Story = {
  args: { neverAnswers: ['getProfile'] },
  play: async (context) => {
    const { element, canvas } = await atView(context, 'Your account');
    await expect(canvas.getByRole('status')).toHaveTextContent('Loading…');
    await expect(element.querySelector('.auth-account-view')).toHaveAttribute('aria-busy', 'true');
    await expect(element.querySelector('.auth-profile')).toBeNull();
  },
};

/** `GetUser` failed (a network error): the error as an alert and "Try again" (which works here). */
export const OverviewLoadFailed: Story = {
  args: { failsOnce: ['getProfile'] },
  play: async (context) => {
    const { canvas } = await atView(context, 'Your account');
    // The failure's message comes once its error mapping has loaded (on demand): waited for.
    await expect(await canvas.findByRole('alert')).toHaveTextContent(errorMessage(translatorOf(context), ANY_CALL.network()));
    await expect(canvas.getByRole('button', { name: 'Try again' })).toBeVisible();
  },
};

/** "Try again" after a failed load: the profile arrives and the alert goes. */
export const OverviewRetried: Story = {
  args: { failsOnce: ['getProfile'], latency: 0 },
  play: async (context) => {
    const { element, canvas, account } = await atView(context, 'Your account');
    await userEvent.click(canvas.getByRole('button', { name: 'Try again' }));
    await settled(account);
    await waitFor(() => expect(element.querySelector('.auth-profile')).not.toBeNull());
    await expect(canvas.queryByRole('alert')).toBeNull();
  },
};

/** Nobody is signed in: the element's own short text (in its shadow root), and no view. */
export const SignedOut: Story = {
  args: { signedIn: false },
  play: async ({ canvasElement }) => {
    const { element } = await accountOf(canvasElement);
    await expect(element.shadowRoot!.querySelector('[part=frame]')).toHaveTextContent('Sign in to manage your account.');
    await expect(element.querySelector('.auth-heading')).toBeNull();
  },
};

/** `slot="signed-out"`: the page's own sign-in there, an `<auth-flow>` on the same controller. */
export const SignedOutWithSignIn: Story = {
  args: { signedIn: false, latency: 0 },
  render: (args, context) => {
    const { lang, colorScheme } = frameAttributes(context);
    return renderAccount(args, context, (auth) => html`<auth-flow slot="signed-out" lang=${lang} color-scheme=${ifDefined(colorScheme)} .controller=${auth}></auth-flow>`);
  },
  play: async ({ canvasElement }) => {
    const { element } = await accountOf(canvasElement);
    const flow = element.querySelector('auth-flow')!;
    await expect(await within(flow).findByRole('heading', { name: 'Sign in' })).toBeVisible();
    const slot = element.shadowRoot!.querySelector<HTMLSlotElement>('slot[name=signed-out]')!;
    await expect(slot.assignedElements(), 'the slotted sign-in replaces the short text').toEqual([flow]);
  },
};

/** Signing in through the slot: the sign-in goes, the account page comes. */
export const SignInThenManage: Story = {
  ...SignedOutWithSignIn,
  play: async ({ canvasElement }) => {
    const { element } = await accountOf(canvasElement);
    const flow = within(element.querySelector('auth-flow')!);
    await userEvent.type(await flow.findByLabelText('Username'), 'ana');
    await userEvent.type(flow.getByLabelText('Password'), `${PASSWORD}{Enter}`);
    await expect(await within(element).findByRole('heading', { level: 2, name: 'Your account' })).toBeVisible();
    await waitFor(() => expect(row(element, 'email')).toBe('Email ana@example.com Verified'));
  },
};

// ── change password ──────────────────────────────────────────────────────────────────────────

export const ChangePassword: Story = {
  args: { view: 'changePassword' },
  play: async (context) => {
    const { canvas } = await atView(context, 'Change your password');
    await expect(canvas.getByLabelText('Current password')).toHaveAttribute('autocomplete', 'current-password');
    await expect(canvas.getByLabelText('New password')).toHaveAttribute('autocomplete', 'new-password');
  },
};

/** `NotAuthorizedException` here means the current password: said at its field, which is emptied and focused. */
export const ChangePasswordWrongCurrent: Story = {
  args: { view: 'changePassword', latency: 0 },
  play: async (context) => {
    const { element, canvas } = await atView(context, 'Change your password');
    await userEvent.type(canvas.getByLabelText('Current password'), 'wrong');
    await userEvent.type(canvas.getByLabelText('New password'), PASSWORD);
    await userEvent.click(canvas.getByRole('button', { name: 'Change password' }));
    const current = await expectFieldError(element, 'currentPassword', 'Your current password is not right.');
    await expect(current).toHaveValue('');
    await expect(current).toHaveFocus();
    await expect(context.args.onAuthError).toHaveBeenCalledWith(expect.objectContaining({ detail: expect.objectContaining({ field: 'currentPassword' }) }));
  },
};

export const ChangePasswordPending: Story = {
  args: { view: 'changePassword', neverAnswers: ['changePassword'] },
  play: async (context) => {
    const { element, canvas } = await atView(context, 'Change your password');
    await userEvent.type(canvas.getByLabelText('Current password'), PASSWORD);
    await userEvent.type(canvas.getByLabelText('New password'), `${PASSWORD}-2`);
    await userEvent.click(canvas.getByRole('button', { name: 'Change password' }));
    await expectPending(element, 'Saving…');
  },
};

// ── edit profile ─────────────────────────────────────────────────────────────────────────────

/** Prefilled with the profile; every attribute optional (the default `profile-attributes`). */
export const EditProfile: Story = {
  args: { view: 'editProfile' },
  play: async (context) => {
    const { canvas } = await atView(context, 'Edit your profile');
    await expect(canvas.getByLabelText('Full name (optional)')).toHaveValue('Ana Lima');
    await expect(canvas.getByLabelText('Email (optional)')).toHaveValue('ana@example.com');
    const phone = canvas.getByLabelText('Phone number (optional)');
    await expect(phone).toHaveValue('+15550100199');
    await expect(phone).toHaveAccessibleDescription('With the country code, for example +1 555 010 0199.');
  },
};

/** Saved unchanged: said without a request, as a form-level alert. */
export const EditProfileNothingChanged: Story = {
  args: { view: 'editProfile', latency: 0 },
  play: async (context) => {
    const { canvas } = await atView(context, 'Edit your profile');
    await userEvent.click(canvas.getByRole('button', { name: 'Save' }));
    await expect(await canvas.findByRole('alert')).toHaveTextContent('Nothing has changed.');
  },
};

// ── verify a contact ─────────────────────────────────────────────────────────────────────────

/** "Verify phone number" on the overview: a code went to the masked number. */
export const VerifyContact: Story = {
  args: { view: 'verifyContact' },
  play: async (context) => {
    const { element, canvas } = await atView(context, 'Enter the verification code');
    // The masked number is bidi-isolated (server text): match around the isolates.
    await expect(element.querySelector('.auth-code-sent')!.textContent).toMatch(/^We sent a code by text message to \W*\+\*{7}0199\W*\.$/u);
    await expect(canvas.getByLabelText('Code')).toHaveAccessibleDescription('Paste or type the code; spaces are ignored.');
    await expect(canvas.getByRole('button', { name: 'Send a new code' })).toBeVisible();
  },
};

/** A wrong code: at the field, emptied, focused; the person types the next one there. */
export const VerifyContactCodeMismatch: Story = {
  args: { view: 'verifyContact', latency: 0 },
  play: async (context) => {
    const { element, canvas } = await atView(context, 'Enter the verification code');
    await userEvent.type(canvas.getByLabelText('Code'), '654321');
    await userEvent.click(canvas.getByRole('button', { name: 'Verify' }));
    const code = await expectFieldError(element, 'code', errorMessage(translatorOf(context), cognitoError('CodeMismatchException')));
    await expect(code).toHaveValue('');
    await expect(code).toHaveFocus();
  },
};

// ── two-step verification ────────────────────────────────────────────────────────────────────

/** Nothing on, both contacts verified: every method can be turned on; the app is set up first. */
export const SignInMethodsNoneOn: Story = {
  args: { view: 'signInMethods', profile: 'allVerified' },
  play: async (context) => {
    const { element } = await atView(context, 'Two-step verification');
    await expectMethod(element, 'TOTP', 'Off', ['Set up an authenticator app']);
    await expectMethod(element, 'SMS', 'Off', ['Turn on Text message (SMS)']);
    await expectMethod(element, 'EMAIL', 'Off', ['Turn on Email']);
  },
};

export const SignInMethodsTotpPreferredSmsOn: Story = {
  args: { view: 'signInMethods', profile: 'mfaOn' },
  play: async (context) => {
    const { element } = await atView(context, 'Two-step verification');
    await expectMethod(element, 'TOTP', 'On, asked for first', ['Turn off Authenticator app']);
    await expectMethod(element, 'SMS', 'On', ['Ask for Text message (SMS) first', 'Turn off Text message (SMS)']);
    await expectMethod(element, 'EMAIL', 'Off', ['Turn on Email']);
  },
};

/** Text messages need a verified phone number: the method says so instead of offering itself. */
export const SignInMethodsSmsNeedsVerifiedPhone: Story = {
  args: { view: 'signInMethods' },
  play: async (context) => {
    const { element } = await atView(context, 'Two-step verification');
    await expectMethod(element, 'SMS', 'Off', []);
    await expect(element.querySelector('[data-method="SMS"]')).toHaveTextContent('Needs a verified phone number in your profile.');
    await expectMethod(element, 'EMAIL', 'Off', ['Turn on Email']);
  },
};

// ── authenticator app ────────────────────────────────────────────────────────────────────────

/** `<auth-totp-setup>` fed by the account page: the QR code (loaded on demand), the key, the first code. */
export const SetUpTotp: Story = {
  args: { view: 'setUpTotp' },
  play: async (context) => {
    const { element, canvas } = await atView(context, 'Set up your authenticator app');
    const qr = await canvas.findByRole('img', { name: translatorOf(context)('totpSetup.qr') });
    await expect(qr).toBeVisible();
    await expect(element.querySelector('code')!.textContent!.replace(/\s/g, '')).toBe(TOTP_SECRET);
    await expect(canvas.getByLabelText('Code from the app')).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Back to your account' })).toBeVisible();
  },
};

// ── passkeys ─────────────────────────────────────────────────────────────────────────────────

export const PasskeysNone: Story = {
  args: { view: 'passkeys' },
  play: async (context) => {
    const { canvas } = await atView(context, 'Passkeys');
    await expect(canvas.getByText('You have no passkeys yet.')).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Add a passkey' })).toBeVisible();
  },
};

export const PasskeysTwo: Story = {
  args: { view: 'passkeys', passkeyList: 'two' },
  play: async (context) => {
    const { element, canvas } = await atView(context, 'Passkeys');
    await expect(element.querySelectorAll('[data-passkey]')).toHaveLength(2);
    await expect(canvas.getByRole('button', { name: 'Delete \u2068iCloud Keychain\u2069' })).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Delete \u2068YubiKey 5 NFC\u2069' })).toBeVisible();
  },
};

/** "Add a passkey" pressed, the registration not answered yet: the button says what to do, and refuses. */
export const PasskeyAdding: Story = {
  args: { view: 'passkeys', passkeyList: 'two', neverAnswers: ['startPasskeyRegistration'] },
  play: async (context) => {
    const { element, canvas } = await atView(context, 'Passkeys');
    await userEvent.click(canvas.getByRole('button', { name: 'Add a passkey' }));
    const busy = await canvas.findByRole('button', { name: 'Follow your browser’s instructions…' });
    await expect(busy).toHaveAttribute('aria-disabled', 'true');
    await expect(element.querySelector('.auth-account-view')).toHaveAttribute('aria-busy', 'true');
  },
};

// ── remembered devices ───────────────────────────────────────────────────────────────────────

export const DevicesNone: Story = {
  args: { view: 'devices' },
  play: async (context) => {
    const { canvas } = await atView(context, 'Remembered devices');
    await expect(canvas.getByText('No devices are remembered.')).toBeVisible();
  },
};

/** Two devices, the one this page runs on marked "This device". */
export const DevicesTwo: Story = {
  args: { view: 'devices', deviceList: 'two' },
  play: async (context) => {
    const { element, canvas } = await atView(context, 'Remembered devices');
    const [current, other] = [...element.querySelectorAll<HTMLElement>('[data-device]')];
    await expect(current).toHaveTextContent('This device');
    await expect(other).not.toHaveTextContent('This device');
    await expect(canvas.getByRole('button', { name: 'Forget \u2068Chrome on macOS\u2069' })).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Forget \u2068Safari on iPhone\u2069' })).toBeVisible();
  },
};

// ── delete the account ───────────────────────────────────────────────────────────────────────

export const DeleteAccount: Story = {
  args: { view: 'deleteAccount' },
  play: async (context) => {
    const { canvas } = await atView(context, 'Delete your account');
    await expect(canvas.getByText('Your account and everything in it will be deleted. This cannot be undone.')).toBeVisible();
    await expect(canvas.getByLabelText('To confirm, type \u2068ana@example.com\u2069')).toHaveValue('');
    await expect(canvas.getByRole('button', { name: 'Delete my account' })).toBeVisible();
  },
};

/** Something else typed: refused at the field, without a request. */
export const DeleteAccountMismatch: Story = {
  args: { view: 'deleteAccount', latency: 0 },
  play: async (context) => {
    const { element, canvas, account } = await atView(context, 'Delete your account');
    await userEvent.type(canvas.getByLabelText('To confirm, type \u2068ana@example.com\u2069'), 'someone-else');
    await userEvent.click(canvas.getByRole('button', { name: 'Delete my account' }));
    await expectFieldError(element, 'confirmation', 'That does not match. Type it exactly as shown.');
    await expect(account.getSnapshot()).toMatchObject({ view: 'deleteAccount', pending: false, signedIn: true });
    await expect(context.args.onAuthAccountDeleted).not.toHaveBeenCalled();
  },
};

// ── look and direction ───────────────────────────────────────────────────────────────────────

/** Right to left with English: there is no account catalogue in a right-to-left language yet, so the Direction toolbar's `dir="rtl"`. */
export const RightToLeft: Story = {
  globals: { direction: 'rtl' },
  play: async (context) => {
    const { element } = await atView(context, 'Your account');
    await expect(element.shadowRoot!.querySelector('[part=frame]')).toHaveAttribute('dir', 'rtl');
    await expect(getComputedStyle(element.querySelector('.auth-account-view')!).direction).toBe('rtl');
  },
};

/** 320 px wide with an email longer than that: nothing clipped, nothing past an edge. */
export const Narrow: Story = {
  args: { profile: 'long' },
  globals: NARROW,
  parameters: { layout: 'fullscreen' },
  render: (args, context) => renderAccount(args, context),
  play: async (context) => {
    const { element } = await atView(context, 'Your account');
    await expect(row(element, 'email')).toContain(LONG_USERNAME);
    await expectNoOverflow(element);
  },
};

/** 320 px: the devices, each with its badge, date and button. */
export const NarrowDevices: Story = {
  args: { view: 'devices', deviceList: 'two' },
  globals: NARROW,
  parameters: { layout: 'fullscreen' },
  render: (args, context) => renderAccount(args, context),
  play: async (context) => {
    const { element } = await atView(context, 'Remembered devices');
    await expectNoOverflow(element);
  },
};

export const Dark: Story = {
  globals: { scheme: 'dark' },
  play: async (context) => {
    const { element } = await atView(context, 'Your account');
    await expect(getComputedStyle(element).getPropertyValue('--auth-flow-color-surface').trim()).toBe('#161b22');
  },
};
