import { defineConfig, type Plugin, type UserConfig } from 'vite';

/**
 * The CDN build: `dist/cdn/auth-flow.js`, one self-contained ES module for pages without a build
 * step (`<script type="module" src="https://cdn.jsdelivr.net/npm/cognito-auth-flow@0.1/dist/cdn/auth-flow.js">`).
 * lit is bundled in, the lazily loaded QR-code encoder (TOTP setup) is inlined, it is minified,
 * and importing it registers every tag. It also exports the whole public API (`AuthController`, …).
 *
 * The built-in languages stay out of it (inlined, 44 catalogues would quadruple the file): a
 * second pass, `--mode locales`, writes their list as `dist/cdn/locales.js` and each catalogue as
 * `dist/cdn/locale-<tag>.js`, which a page in another language loads from beside auth-flow.js; the
 * account page's the same way (`account-locales.js`, `account-locale-<tag>.js`). The phone library
 * stays inlined: split off, it would need a second copy of lit.
 *
 * Not for bundlers: an app that bundles its own lit should import `cognito-auth-flow/define`, or the
 * page would carry two copies of lit. Run after the main build (`npm run build:cdn`, both passes);
 * the main build empties `dist/`.
 */

/**
 * translate.ts's import of the list of built-in locales, pointed at `locales.js` beside the file,
 * and the account page's (i18n/account/catalogue.ts) at `account-locales.js`.
 */
const localesBeside: Plugin = {
  name: 'built-in-locales-beside',
  enforce: 'pre',
  resolveId: (source, importer) => {
    if (source === './built-in-locales.js' && /[\\/]i18n[\\/]translate\.ts$/.test(importer ?? '')) return { id: './locales.js', external: true };
    if (source === './built-in.js' && /[\\/]i18n[\\/]account[\\/]catalogue\.ts$/.test(importer ?? '')) return { id: './account-locales.js', external: true };
    return null;
  },
};

const kit: UserConfig = {
  publicDir: false,
  plugins: [localesBeside],
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
};

const locales: UserConfig = {
  publicDir: false,
  build: {
    target: 'es2022',
    outDir: 'dist/cdn',
    emptyOutDir: false,
    minify: true,
    sourcemap: true,
    rolldownOptions: {
      input: { locales: 'src/i18n/built-in-locales.ts', 'account-locales': 'src/i18n/account/built-in.ts' },
      preserveEntrySignatures: 'strict',
      output: {
        entryFileNames: '[name].js',
        // `locale-de.js` for the flow, `account-locale-de.js` for the account page.
        chunkFileNames: (chunk) => (chunk.moduleIds.some((id) => /[\\/]i18n[\\/]account[\\/]/.test(id)) ? 'account-locale-[name].js' : 'locale-[name].js'),
      },
    },
  },
};

export default defineConfig(({ mode }) => (mode === 'locales' ? locales : kit));
