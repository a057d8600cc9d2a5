import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { AuthProviderButtonsElement } from '../src/elements/provider-buttons.js';
import type { ProviderOption } from '../src/elements/shared/federation.js';
import { hiddenMembers, inFrame, translatorOf } from './support/frame.js';

if (!customElements.get('auth-provider-buttons')) customElements.define('auth-provider-buttons', AuthProviderButtonsElement);

interface Args {
  providers: ProviderOption[];
  sso: boolean;
  pending: boolean;
  position: 'top' | 'bottom';
  onAuthProvider: (event: Event) => void;
}

const SOCIAL: ProviderOption[] = [{ name: 'Google' }, { name: 'Facebook' }, { name: 'SignInWithApple' }, { name: 'LoginWithAmazon' }];

const meta: Meta<Args> = {
  title: 'Parts/Provider buttons',
  component: 'auth-provider-buttons',
  tags: ['autodocs'],
  args: { providers: SOCIAL, sso: false, pending: false, position: 'top', onAuthProvider: fn() },
  argTypes: { ...hiddenMembers('auth-provider-buttons'), providers: { control: 'object' } },
  parameters: {
    docs: {
      description: {
        component:
          '`<auth-provider-buttons>`: the identity providers of `identity-providers` on the sign-in and sign-up steps ' +
          '(managed login, OAuth code + PKCE). The four social providers get their marks, any other name (a SAML or OIDC ' +
          'provider) a neutral key; `sso` asks for a work email whose domain picks the provider. Loaded only when a page ' +
          'configures providers.',
      },
    },
  },
  render: (args, context) =>
    inFrame(
      context,
      html`<auth-provider-buttons .providers=${args.providers} ?sso=${args.sso} ?pending=${args.pending} position=${args.position}
        .t=${translatorOf(context)} @auth-provider=${args.onAuthProvider}></auth-provider-buttons>`,
    ),
};
export default meta;
type Story = StoryObj<Args>;

const buttons = async (canvasElement: HTMLElement) => {
  const element = canvasElement.querySelector('auth-provider-buttons')!;
  await (element as AuthProviderButtonsElement).updateComplete;
  return within(element);
};

export const Social: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = await buttons(canvasElement);
    await expect(canvas.getByRole('group', { name: 'Sign in with another account' })).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Continue with Apple' }));
    await expect(args.onAuthProvider).toHaveBeenCalledTimes(1);
    await expect((args.onAuthProvider as ReturnType<typeof fn>).mock.calls[0][0].detail).toEqual({ provider: 'SignInWithApple' });
  },
};

export const CustomProvidersWithLabels: Story = { args: { providers: [{ name: 'Google' }, { name: 'OktaSAML', label: 'Okta' }, { name: 'AcmeOIDC', label: 'Acme ID' }] } };

/** SSO by keyboard: the button opens a work-email field; a bad address says so; a good one picks the provider by its domain. */
export const SsoByKeyboard: Story = {
  args: { providers: [{ name: 'Google' }], sso: true },
  play: async ({ canvasElement, args }) => {
    const canvas = await buttons(canvasElement);
    canvas.getByRole('button', { name: 'Sign in with your company (SSO)' }).focus();
    await userEvent.keyboard('{Enter}');
    const email = await canvas.findByLabelText('Work email');
    await waitFor(() => expect(email).toHaveFocus());
    await userEvent.type(email, 'grace{Enter}');
    await expect(email).toHaveAttribute('aria-invalid', 'true');
    await expect(args.onAuthProvider).not.toHaveBeenCalled();
    await userEvent.type(email, '@Example.COM{Enter}');
    await expect((args.onAuthProvider as ReturnType<typeof fn>).mock.calls[0][0].detail).toEqual({ idpIdentifier: 'example.com' });
  },
};

export const Pending: Story = { args: { pending: true } };
export const Bottom: Story = { args: { position: 'bottom' } };
export const RightToLeft: Story = { globals: { direction: 'rtl' } };
export const LongTranslations: Story = { args: { sso: true }, globals: { locale: 'en-XA' } };
export const Dark: Story = { globals: { scheme: 'dark' } };
