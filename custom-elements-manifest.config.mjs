// Generates custom-elements.json from the JSDoc of src/ (Lit-aware). Committed; a test fails when stale.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [
    {
      // The analyzer reads files concurrently, so module order varies between runs; sorting keeps
      // the committed file (and its diffs) stable.
      name: 'sort-modules',
      packageLinkPhase({ customElementsManifest }) {
        customElementsManifest.modules.sort((a, b) => a.path.localeCompare(b.path));
      },
    },
  ],
};
