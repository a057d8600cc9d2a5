// `npm start`: the local Cognito (unless a real pool is configured) and the demo page on Vite's dev
// server. A real pool: COGNITO_USER_POOL_ID and COGNITO_CLIENT_ID in the environment (or
// ?userPoolId=…&clientId=… in the page's URL).
import { createServer } from 'vite';
import { launchLocalCognito } from '../dev/local-cognito/launch.mjs';

const pagePort = Number(process.env.DEMO_PORT ?? 5173);
const realPool = process.env.COGNITO_USER_POOL_ID && process.env.COGNITO_CLIENT_ID;

const local = realPool
  ? null
  : await launchLocalCognito({
      port: Number(process.env.PORT ?? 9330),
      upstreamPort: Number(process.env.UPSTREAM_PORT ?? 9229),
      stateDir: '.local-cognito',
      keepState: !process.argv.includes('--reset'),
    });

const config = local
  ? { userPoolId: local.userPoolId, clientId: local.clientId, endpoint: local.endpoint, local: true }
  : {
      userPoolId: process.env.COGNITO_USER_POOL_ID,
      clientId: process.env.COGNITO_CLIENT_ID,
      endpoint: process.env.COGNITO_ENDPOINT ?? '',
      local: false,
    };

const server = await createServer({
  configFile: false,
  root: new URL('.', import.meta.url).pathname,
  define: { __DEMO_CONFIG__: JSON.stringify(config) },
  server: { host: '127.0.0.1', port: pagePort },
  logLevel: 'warn',
});
await server.listen();

const pageUrl = server.resolvedUrls.local[0];
console.log(`\ncognito-auth-flow demo: ${pageUrl}`);
if (local) {
  console.log(`local Cognito: ${local.endpoint}  pool ${local.userPoolId}  client ${local.clientId}`);
  console.log(`outbox:        ${local.outboxUrl}`);
  console.log('seeded users:');
  for (const user of local.users) console.log(`  ${user.username} / ${user.password}  ${user.shows}`);
} else {
  console.log(`Cognito pool ${config.userPoolId}, client ${config.clientId}`);
}
console.log('\nCtrl-C stops everything.');

async function shutdown() {
  await server.close();
  await local?.stop();
  process.exit(0);
}
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
