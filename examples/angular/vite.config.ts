import { defineConfig } from 'vite';
import { angularAot } from './angular-aot.js';

export default defineConfig({
  root: import.meta.dirname,
  base: './',
  plugins: [angularAot({ tsconfig: `${import.meta.dirname}/tsconfig.json` })],
  // What the Angular CLI defines for production browser builds: drops dev-mode checks, JIT and
  // server-rendering paths (Angular 22 reads ngServerMode and throws when it is undefined).
  define: { ngDevMode: 'false', ngJitMode: 'false', ngI18nClosureMode: 'false', ngServerMode: 'false' },
});
