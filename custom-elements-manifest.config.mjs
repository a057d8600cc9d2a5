// Generates custom-elements.json from the JSDoc of src/ (Lit-aware). Committed; a test fails when stale.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
};
