// Serves CommonJS-heavy packages to @web/test-runner as one ESM bundle each: wtr serves
// node_modules unbundled and cannot give CommonJS files named exports (buffer inside
// amazon-cognito-identity-js). Lit stays external so only one lit-html loads.
import { build } from 'esbuild';

const PREFIX = '/__prebundled__/';

export function prebundlePlugin(packages) {
  const cache = new Map();
  const fileFor = (pkg) => `${PREFIX}${pkg.replaceAll('/', '__')}.js`;
  return {
    name: 'prebundle',
    resolveImport({ source }) {
      if (packages.includes(source)) return fileFor(source);
    },
    async serve(context) {
      const pkg = packages.find((p) => context.path === fileFor(p));
      if (!pkg) return;
      if (!cache.has(pkg)) {
        cache.set(
          pkg,
          build({
            stdin: { contents: `export * from '${pkg}';`, resolveDir: process.cwd() },
            bundle: true,
            format: 'esm',
            platform: 'browser',
            target: 'es2022',
            write: false,
            external: ['lit', 'lit/*', 'lit-html', 'lit-html/*', 'lit-element', 'lit-element/*', '@lit/*'],
            define: { global: 'globalThis' },
          }).then((result) => result.outputFiles[0].text),
        );
      }
      return { body: await cache.get(pkg), type: 'js' };
    },
  };
}
