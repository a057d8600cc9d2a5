// `npm start`: the local Cognito (unless a real pool is configured) and the demo page on Vite's dev
// server. A real pool: COGNITO_USER_POOL_ID and COGNITO_CLIENT_ID in the environment (or
// ?userPoolId=…&clientId=… in the page's URL).
import { startDemo } from './server.mjs';

const realPool =
  process.env.COGNITO_USER_POOL_ID && process.env.COGNITO_CLIENT_ID
    ? { userPoolId: process.env.COGNITO_USER_POOL_ID, clientId: process.env.COGNITO_CLIENT_ID, endpoint: process.env.COGNITO_ENDPOINT ?? '' }
    : null;

const demo = await startDemo({
  pagePort: Number(process.env.DEMO_PORT ?? 5173),
  cognitoPort: Number(process.env.PORT ?? 9330),
  upstreamPort: Number(process.env.UPSTREAM_PORT ?? 9229),
  stateDir: '.local-cognito',
  keepState: !process.argv.includes('--reset'),
  realPool,
});
const { local, config } = demo;

console.log(`\ncognito-auth-flow demo: ${demo.pageUrl}`);
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
  await demo.stop();
  process.exit(0);
}
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
