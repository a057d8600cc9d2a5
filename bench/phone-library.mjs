// The phone library's builds side by side (esbuild, minified, gzip -9), with the functions the
// phone fields use (src/elements/shared/phone-format.ts): the figures behind the choice of `min`
// and the phone budget in test/node/size.test.mjs. `node bench/phone-library.mjs`
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const USED = 'AsYouType, getCountries, getCountryCallingCode, isSupportedCountry, isValidPhoneNumber, parsePhoneNumberFromString';

const BUILDS = {
  min: `export { ${USED} } from 'libphonenumber-js/min'; export { default as metadata } from 'libphonenumber-js/min/metadata';`,
  max: `export { ${USED} } from 'libphonenumber-js/max';`,
  mobile: `export { ${USED} } from 'libphonenumber-js/mobile';`,
  'core, no metadata': `export { ${USED} } from 'libphonenumber-js/core';`,
  'core + min metadata': `export { ${USED} } from 'libphonenumber-js/core'; export { default as metadata } from 'libphonenumber-js/min/metadata';`,
  'core + max metadata': `export { ${USED} } from 'libphonenumber-js/core'; export { default as metadata } from 'libphonenumber-js/max/metadata';`,
  'core + mobile metadata': `export { ${USED} } from 'libphonenumber-js/core'; export { default as metadata } from 'libphonenumber-js/mobile/metadata';`,
  'min metadata alone': `export { default } from 'libphonenumber-js/min/metadata';`,
  'max metadata alone': `export { default } from 'libphonenumber-js/max/metadata';`,
  'mobile metadata alone': `export { default } from 'libphonenumber-js/mobile/metadata';`,
};

export async function measure(contents) {
  const result = await build({
    stdin: { contents, resolveDir: process.cwd() },
    bundle: true, minify: true, format: 'esm', platform: 'browser', target: 'es2022', write: false, logLevel: 'silent',
  });
  const code = result.outputFiles[0].contents;
  return { bytes: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log('build'.padEnd(24), 'minified'.padStart(10), 'gzip'.padStart(10));
  for (const [name, contents] of Object.entries(BUILDS)) {
    const { bytes, gzip } = await measure(contents);
    console.log(name.padEnd(24), `${bytes} B`.padStart(10), `${gzip} B`.padStart(10), `(${(gzip / 1024).toFixed(1)} KiB)`);
  }
}
