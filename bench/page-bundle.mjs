// Builds what a page ships for `<auth-flow>` with the default fetch transport: the `define` entry
// with lit bundled in, minified, as an app build would. Returns bytes and gzip bytes (level 9).
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

export async function pageBundleSize(entry = 'src/define.ts') {
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
  const chunks = (Array.isArray(output) ? output : [output]).flatMap((o) => o.output).filter((c) => c.type === 'chunk');
  const code = chunks.map((c) => c.code).join('\n');
  return { bytes: Buffer.byteLength(code), gzip: gzipSync(code, { level: 9 }).length, chunks: chunks.length };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const size = await pageBundleSize();
  console.log(`<auth-flow> + fetch transport + lit, minified: ${size.bytes} B, gzip ${size.gzip} B (${(size.gzip / 1024).toFixed(1)} KiB)`);
}
