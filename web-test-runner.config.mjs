import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner';
import { prebundlePlugin } from './scripts/prebundle-plugin.mjs';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './scripts/chromium.mjs';
import { localCognitoPlugin } from './scripts/local-cognito-plugin.mjs';
import { offlineModulesPlugin } from './scripts/offline-modules-plugin.mjs';
import { virtualAuthenticatorPlugin } from './scripts/virtual-authenticator-plugin.mjs';
import { requireNode } from './scripts/node-runtime.mjs';

console.log(requireNode('web-test-runner'));


export default {
  files: ['test/**/*.test.ts'],
  // One test file at a time, whatever the machine: the default (half the CPUs) runs files in
  // parallel tabs, and then keyboard, focus and modal-dialog tests in one tab time out while another
  // holds focus, and the refresh timers of session tests are throttled in background tabs.
  concurrency: 1,
  nodeResolve: { browser: true, exportConditions: ['browser', 'development'] },
  plugins: [
    localCognitoPlugin(),
    virtualAuthenticatorPlugin(),
    offlineModulesPlugin(),
    prebundlePlugin(['amazon-cognito-identity-js', '@aws-sdk/client-cognito-identity-provider']),
    esbuildPlugin({ ts: true, json: true, target: 'es2022', tsconfig: 'tsconfig.json' }),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: CHROMIUM_PATH,
        headless: true,
        args: CHROMIUM_FLAGS,
      },
    }),
  ],
  coverageConfig: { include: ['src/**/*.ts'], report: true, reportDir: 'coverage' },
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  testFramework: { config: { timeout: 20000 } },
};
