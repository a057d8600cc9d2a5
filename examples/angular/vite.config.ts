import { defineConfig } from 'vite';
import { angularAot } from './angular-aot.js';

export default defineConfig({
  root: import.meta.dirname,
  base: './',
  plugins: [angularAot({ tsconfig: `${import.meta.dirname}/tsconfig.json` })],
  // What the Angular CLI defines for production builds: drops dev-mode checks and JIT paths.
  define: { ngDevMode: 'false', ngJitMode: 'false', ngI18nClosureMode: 'false' },
});
