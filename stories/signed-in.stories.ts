import { expect, userEvent, within } from 'storybook/test';
import { LONG_USERNAME, sessionFor } from './support/fixtures.js';
import { stepElement, stepStories, type StepStory } from './support/step-stories.js';

const s = stepStories({
  tag: 'auth-signed-in',
  step: 'signedIn',
  title: 'Steps/Signed in',
  fields: ['global'],
  filled: { global: 'on' },
  description:
    '`<auth-signed-in>`: who is signed in (from the ID token claims) and a way out, optionally on every device ' +
    '(`GlobalSignOut`). Sign-out never shows an error: the person ends signed out whatever the server says.',
});
export default { ...s.meta, title: 'Steps/Signed in', component: 'auth-signed-in' };

export const Default = s.empty();
export const WithoutEmail = s.filled({ session: sessionFor('ana', null) }, {});
export const SignOutEverywhere = s.filled();
export const Pending = s.pending();

export const SignOutEverywhereByKeyboard: StepStory = {
  play: async ({ canvasElement }) => {
    const element = await stepElement(canvasElement, 'auth-signed-in');
    const canvas = within(element);
    const everywhere = canvas.getByRole('checkbox', { name: 'Sign out on all devices' });
    everywhere.focus();
    await userEvent.keyboard(' ');
    await expect(everywhere).toBeChecked();
    await expect(canvas.getByRole('button', { name: 'Sign out' })).toBeVisible();
  },
};

export const LongUsername = s.longUsername({ session: sessionFor(LONG_USERNAME, LONG_USERNAME) });
export const LongTranslationsNarrow = s.longTranslationsNarrow(null, { session: sessionFor(LONG_USERNAME, LONG_USERNAME) });
export const RightToLeft = s.rightToLeft(null);
export const Dark = s.dark(null);
export const PasskeyAdded = s.notice('passkeyAdded');
export const Wide = s.wide();
export const RightToLeftNarrow = s.rightToLeftNarrow(null);
