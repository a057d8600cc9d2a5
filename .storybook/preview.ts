/**
 * Everything every story shares: the manifest (args tables), the tags, the story-only
 * pseudo-locales, the toolbar (scheme, locale, direction) and axe as a failing check.
 */
import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import customElements from '../custom-elements.json' with { type: 'json' };
import '../src/define.js';
import { defineStepElements } from '../src/elements/step-elements.js';
import { loadMessages } from '../src/i18n/load-messages.js';
import { translator } from '../src/i18n/translate.js';
import { globalsOf } from '../stories/support/frame.js';
import { STORY_LOCALES } from '../stories/support/locales.js';

// Attributes, properties, events, slots, parts and CSS properties in every args table.
setCustomElementsManifest(customElements);

const preview: Preview = {
  tags: ['autodocs'],
  globalTypes: {
    scheme: {
      description: 'Colour scheme: the `color-scheme` attribute of <auth-flow>',
      toolbar: {
        title: 'Scheme',
        icon: 'mirror',
        items: [
          { value: 'light', title: 'Light', icon: 'sun' },
          { value: 'dark', title: 'Dark', icon: 'moon' },
          { value: 'os', title: 'Follow the OS (prefers-color-scheme)', icon: 'browser' },
        ],
        dynamicTitle: true,
      },
    },
    locale: {
      description: 'Language: the `lang` attribute of <auth-flow>: English, every built-in locale, and story-only pseudo-locales',
      toolbar: { title: 'Locale', icon: 'globe', items: [...STORY_LOCALES], dynamicTitle: true },
    },
    direction: {
      description: 'Text direction: right-to-left whatever the locale',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        items: [
          { value: 'auto', title: 'From the locale', icon: 'arrowright' },
          { value: 'rtl', title: 'Right to left', icon: 'arrowleft' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { scheme: 'light', locale: 'en', direction: 'auto' },
  // The step elements take a translator (`.t`); <auth-flow> loads its own from `lang`.
  // Step stories render the step tags on their own, so every template is registered first.
  loaders: [async ({ globals }) => (await defineStepElements(), { t: translator(await loadMessages(globalsOf({ globals }).locale)) })],
  decorators: [
    (story, context) => {
      const { scheme } = globalsOf(context);
      return html`<div class="story-canvas" data-scheme=${scheme}>${story()}</div>`;
    },
  ],
  parameters: {
    layout: 'padded',
    controls: { expanded: true, sort: 'requiredFirst' },
    // Any axe violation fails the story test (and shows red in the Accessibility panel).
    a11y: { test: 'error' },
    docs: { codePanel: true },
  },
};

export default preview;
