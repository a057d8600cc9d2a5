/**
 * Story tests (TOOLCHAIN.md §8, way a): every story in stories/ becomes a Vitest test that renders
 * it in Chromium, runs its play function and fails on any axe violation (`a11y.test: 'error'`).
 * Run with `npm run test:stories`. Debian's chromium, never a downloaded browser.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';

const dirname = path.dirname(fileURLToPath(import.meta.url));

// Debian's Chromium as root: no sandbox, and no background calls to a network that is closed.
const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

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
                executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
                args: CHROMIUM_FLAGS,
              },
            }),
          },
        },
      },
    ],
  },
});
