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
      // An app build, not library mode: library mode keeps whitespace.
      rolldownOptions: { input: entry, preserveEntrySignatures: 'strict' },
    },
  });
  return (Array.isArray(output) ? output : [output]).flatMap((o) => o.output).filter((c) => c.type === 'chunk');
}

export async function pageBundleSize(entry = 'src/define.ts') {
  const chunks = await buildPage(entry);
  // What a page loads up front: the entry and its static imports. Lazy chunks (the QR encoder,
  // loaded only on the TOTP-setup step) are measured apart.
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const upFront = new Set();
  const visit = (chunk) => {
    if (upFront.has(chunk)) return;
    upFront.add(chunk);
    for (const name of chunk.imports) visit(byName.get(name));
  };
  for (const chunk of chunks) if (chunk.isEntry) visit(chunk);
  const size = (list) => {
    const code = list.map((c) => c.code).join('\n');
    return { bytes: Buffer.byteLength(code), gzip: list.length ? gzipSync(code, { level: 9 }).length : 0 };
  };
  const lazy = chunks.filter((c) => !upFront.has(c));
  return { ...size([...upFront]), lazy: size(lazy), chunks: chunks.length };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const size = await pageBundleSize();
  console.log(`<auth-flow> + fetch transport + lit, minified: ${size.bytes} B, gzip ${size.gzip} B (${(size.gzip / 1024).toFixed(1)} KiB)`);
  console.log(`loaded later (QR encoder on TOTP setup): gzip ${size.lazy.gzip} B`);
}
