// One bench page: a TypeScript entry bundled by esbuild (minified, production) and served on
// loopback as a module in an English page. Shared by the benches that drive their own page.
import { createServer } from 'node:http';
import { build as esbuild } from 'esbuild';

/** Serves `entry` at a free port; resolves with its URL and a way to stop serving. */
export async function serveScriptPage(entry) {
  const page = await esbuild({
    entryPoints: [entry], bundle: true, format: 'esm', platform: 'browser', target: 'es2022',
    write: false, minify: true, logLevel: 'silent', define: { 'process.env.NODE_ENV': '"production"' },
    conditions: ['production'],
  });
  const script = page.outputFiles[0].text;
  const server = createServer((request, response) => {
    if (request.url === '/bench.js') response.writeHead(200, { 'content-type': 'text/javascript' }).end(script);
    else response.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><html lang="en"><body><script type="module" src="/bench.js"></script>');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}/`, close: () => server.close() };
}
