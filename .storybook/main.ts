/**
 * Storybook 10, configured by hand: `storybook init` would install a browser and edit files outside the package.
 * The web-components + Vite framework; docs, a11y (axe) and the Vitest story tests as addons.
 */
import type { StorybookConfig } from '@storybook/web-components-vite';
import { requireNode } from '../scripts/node-runtime.mjs';

requireNode('Storybook');

const config: StorybookConfig = {
  framework: '@storybook/web-components-vite',
  // No *.mdx glob: there is no MDX, and an unmatched glob fails with "No story files found".
  stories: ['../stories/**/*.stories.@(ts|js)'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  viteFinal: async (viteConfig) => {
    // @storybook/web-components imports lit/directive-helpers.js; prebundled apart from lit it
    // loads a second lit-html ("Multiple versions of Lit loaded"). Prebundle them together, with
    // every directive the kit imports: one found only at run time (guard, in the phone fields that
    // load on demand) makes Vite reload the page mid-test.
    viteConfig.optimizeDeps ??= {};
    viteConfig.optimizeDeps.include = [
      ...(viteConfig.optimizeDeps.include ?? []),
      'lit',
      'lit/decorators.js',
      'lit/directive-helpers.js',
      'lit/directives/guard.js',
      'lit/directives/if-defined.js',
      'lit/directives/ref.js',
      'lit/directives/style-map.js',
    ];
    return viteConfig;
  },
};

export default config;
