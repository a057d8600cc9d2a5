import { defineConfig } from 'vite';

/**
 * The CDN build: `dist/cdn/auth-flow.js`, one self-contained ES module for pages without a build
 * step (`<script type="module" src="https://cdn.jsdelivr.net/npm/cognito-auth-flow@0.1/dist/cdn/auth-flow.js">`).
 * lit is bundled in, the lazily loaded QR-code encoder (TOTP setup) is inlined, it is minified,
 * and importing it registers every tag. It also exports the whole public API (`AuthController`, …).
 *
 * Not for bundlers: an app that bundles its own lit should import `cognito-auth-flow/define`, or the
 * page would carry two copies of lit. Run after the main build (`npm run build:cdn`); the main
 * build empties `dist/`.
 */
export default defineConfig({
  publicDir: false,
  build: {
    target: 'es2022',
    outDir: 'dist/cdn',
    emptyOutDir: true,
    minify: true,
    sourcemap: true,
    // An app-style build of one entry, not library mode: library mode keeps whitespace.
    rolldownOptions: {
      input: { 'auth-flow': 'src/cdn.ts' },
      preserveEntrySignatures: 'strict',
      output: {
        entryFileNames: '[name].js',
        inlineDynamicImports: true,
      },
    },
  },
});
