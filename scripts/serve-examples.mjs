// `npm run examples`: builds the package and the examples, starts the local Cognito and serves every
// example on 127.0.0.1 with its configuration in the URL. The plain page's CDN import is pointed at
// the local dist/cdn build. Env: PORT (default 5180). Ctrl-C stops.
import { join } from 'node:path';
import { launchLocalCognito } from '../dev/local-cognito/launch.mjs';
import { buildExample, buildPackage, CDN_URL, ROOT, serve } from '../test/examples/harness.mjs';

const BUILT = ['react', 'vue', 'angular', 'headless'];

await buildPackage();
for (const name of BUILT) await buildExample(name);
const cognito = await launchLocalCognito({ quiet: true });
const cdnUrl = new RegExp(CDN_URL.source.slice(1, -1), 'g');
const server = await serve(
  {
    plain: join(ROOT, 'examples', 'plain'),
    cdn: join(ROOT, 'dist', 'cdn'),
    ...Object.fromEntries(BUILT.map((name) => [name, join(ROOT, 'examples', name, 'dist')])),
  },
  { port: Number(process.env.PORT ?? 5180), html: (text) => text.replace(cdnUrl, '/cdn/$1') },
);

const query = new URLSearchParams({ userPoolId: cognito.userPoolId, clientId: cognito.clientId, endpoint: cognito.endpoint });
const demo = cognito.users.find((user) => user.username === 'demo');
console.log(`\nThe examples, against the local Cognito (sign in as demo / ${demo?.password}):\n`);
for (const name of ['plain', ...BUILT]) console.log(`  ${name.padEnd(9)} ${server.origin}/${name}/?${query}`);
console.log('\nCtrl-C stops.');

const keepAlive = setInterval(() => {}, 1 << 30);
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, async () => {
    clearInterval(keepAlive);
    await server.close();
    await cognito.stop();
    process.exit(0);
  });
}
