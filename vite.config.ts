import { defineConfig } from 'vite';

/**
 * The library build: ES modules with lit left to the consumer (one lit per page), one entry per
 * public subpath so nobody bundles a backend they do not use. Types come from tsc (tsconfig.build.json).
 */
export default defineConfig({
  build: {
    target: 'es2022',
    outDir: 'dist',
    minify: false,
    sourcemap: true,
    lib: {
      entry: {
        index: 'src/index.ts',
        define: 'src/define.ts',
        account: 'src/account.ts',
        'cognito/transports/fetch': 'src/cognito/transports/fetch.ts',
        'cognito/transports/sdk': 'src/cognito/transports/sdk.ts',
        'cognito/identity-js': 'src/cognito/identity-js-backend.ts',
      },
      formats: ['es'],
    },
    rolldownOptions: {
      external: [/^lit/, /^@lit\//, /^lean-qr/, /^@aws-sdk\//, 'amazon-cognito-identity-js'],
      output: {
        // One file per source module: an app that imports only AuthController (headless) or one
        // backend bundles just those modules, not lit and every element. It also keeps
        // src/cognito/identity-js/global.ts its own module, imported before identity-js.
        preserveModules: true,
        preserveModulesRoot: 'src',
      },
    },
  },
});
