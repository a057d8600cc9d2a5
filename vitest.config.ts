/**
 * Story tests: every story in stories/ becomes a Vitest test (the Storybook addon's plugin) that renders
 * it in Chromium, runs its play function and fails on any axe violation (`a11y.test: 'error'`).
 * Run with `npm run test:stories`. Debian's chromium, never a downloaded browser.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './scripts/chromium.mjs';
import { requireNode } from './scripts/node-runtime.mjs';

console.log(requireNode('vitest'));

const dirname = path.dirname(fileURLToPath(import.meta.url));


export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        plugins: [storybookTest({ configDir: path.join(dirname, '.storybook') })],
        test: {
          name: 'storybook',
          browser: {
            enabled: true,
            headless: true,
            instances: [{ browser: 'chromium' }],
            provider: playwright({
              launchOptions: {
                executablePath: CHROMIUM_PATH,
                args: CHROMIUM_FLAGS,
              },
            }),
          },
        },
      },
    ],
  },
});
