// Builds what a page ships for `<auth-flow>` with the default fetch transport: the `define` entry
// with lit bundled in, minified, as an app build would. Returns bytes and gzip bytes (level 9).
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

/** The minified chunks an app build makes of `entry` (in memory). */
export async function buildPage(entry = 'src/define.ts') {
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      target: 'es2022',
      minify: true,
      // An app build, not library mode: library mode keeps whitespace. An app's entry (a page's
      // script) has no signature to keep, so its chunk may take the modules it shares with later
      // chunks, as Vite's app build lets it; `allow-extension` does that and still keeps the exports
      // of an entry that has some (the headless page, a transport). `strict`, library mode's
      // setting, split the first load into a dozen chunks (+0.8 KiB of imports and exports).
      rolldownOptions: { input: entry, preserveEntrySignatures: 'allow-extension' },
    },
  });
  return (Array.isArray(output) ? output : [output]).flatMap((o) => o.output).filter((c) => c.type === 'chunk');
}

/** The built-in catalogue a module is (src/i18n/locales/<tag>.ts), else null. */
export function localeOf(moduleId) {
  return /[\\/]src[\\/]i18n[\\/]locales[\\/]([\w-]+)\.ts$/.exec(moduleId)?.[1] ?? null;
}

const isRegistry = (moduleId) => /[\\/]src[\\/]i18n[\\/]built-in-locales\.ts$/.test(moduleId);

/** The code `persist` loads (the sealed session, cross-tab agreement): never loaded without it. */
export const isPersistModule = (moduleId) => /[\\/]src[\\/]cognito[\\/](persisted-session|sealed-store|tab-sync)\.ts$/.test(moduleId);

/** The phone fields and their library (loaded only on a step that shows a phone field). */
export const isPhoneModule = (moduleId) =>
  /[\\/]node_modules[\\/]libphonenumber-js[\\/]|[\\/]src[\\/]elements[\\/]shared[\\/]phone-(fields|format|countries)\.ts$/.test(moduleId);

/**
 * Sorts the chunks of a page: what it loads up front (the entry and its static imports), the
 * built-in catalogues and their list (loaded only for a language other than English), the sealed
 * session (loaded only with `persist`), the phone fields with their library (only on a step with a
 * phone field), and the rest of what it loads later (the QR encoder on TOTP setup, SRP and the
 * challenge wire format).
 */
export function splitPage(chunks) {
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const upFront = new Set();
  const visit = (chunk) => {
    if (upFront.has(chunk)) return;
    upFront.add(chunk);
    for (const name of chunk.imports) visit(byName.get(name));
  };
  for (const chunk of chunks) if (chunk.isEntry) visit(chunk);
  const later = chunks.filter((c) => !upFront.has(c));
  const isI18n = (c) => c.moduleIds.some((id) => localeOf(id) || isRegistry(id));
  const isPersist = (c) => c.moduleIds.some(isPersistModule);
  const isPhone = (c) => c.moduleIds.some(isPhoneModule);
  return {
    upFront: [...upFront],
    registry: later.filter((c) => c.moduleIds.some(isRegistry)),
    locales: later.filter((c) => c.moduleIds.some(localeOf)),
    persist: later.filter(isPersist),
    phone: later.filter(isPhone),
    lazy: later.filter((c) => !isI18n(c) && !isPersist(c) && !isPhone(c)),
  };
}

/** Bytes and gzip bytes (level 9) of some chunks taken together. */
export function sizeOf(list) {
  const code = list.map((c) => c.code).join('\n');
  return { bytes: Buffer.byteLength(code), gzip: list.length ? gzipSync(code, { level: 9 }).length : 0 };
}

export async function pageBundleSize(entry = 'src/define.ts') {
  const chunks = await buildPage(entry);
  const page = splitPage(chunks);
  return {
    ...sizeOf(page.upFront),
    lazy: sizeOf(page.lazy),
    persist: sizeOf(page.persist),
    phone: sizeOf(page.phone),
    registry: sizeOf(page.registry),
    locales: page.locales.map((c) => ({ tag: localeOf(c.moduleIds.find(localeOf)), ...sizeOf([c]) })),
    chunks: chunks.length,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const size = await pageBundleSize();
  console.log(`<auth-flow> + fetch transport + lit, minified: ${size.bytes} B, gzip ${size.gzip} B (${(size.gzip / 1024).toFixed(1)} KiB)`);
  console.log(`loaded later (QR encoder on TOTP setup, SRP, challenges): gzip ${size.lazy.gzip} B`);
  console.log(`loaded only with persist (the sealed session, cross-tab agreement): gzip ${size.persist.gzip} B`);
  console.log(`loaded only with a phone field (the picker, the phone library and its metadata): gzip ${size.phone.gzip} B`);
  const gzips = size.locales.map((l) => l.gzip);
  console.log(`for a language other than English: the list of locales, gzip ${size.registry.gzip} B, then one catalogue of ${size.locales.length}, gzip ${Math.min(...gzips)}–${Math.max(...gzips)} B`);
}
