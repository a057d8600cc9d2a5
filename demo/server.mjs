// The demo's servers, for `npm start` (demo/serve.mjs) and for tests: the local Cognito (unless a
// real pool is given) and the demo page on Vite's dev server, both on 127.0.0.1.
import { createServer } from 'vite';
import { launchLocalCognito } from '../dev/local-cognito/launch.mjs';

/**
 * @param {{
 *   pagePort?: number, cognitoPort?: number, upstreamPort?: number, stateDir?: string,
 *   keepState?: boolean, quiet?: boolean,
 *   realPool?: { userPoolId: string, clientId: string, endpoint?: string } | null,
 * }} [options] ports 0 = free ones; no stateDir = a temp dir removed on stop()
 */
export async function startDemo({ pagePort = 0, cognitoPort = 0, upstreamPort = 0, stateDir, keepState = false, quiet = false, realPool = null } = {}) {
  const local = realPool ? null : await launchLocalCognito({ port: cognitoPort, upstreamPort, stateDir, keepState, quiet });
  const config = local
    ? {
        userPoolId: local.userPoolId,
        clientId: local.clientId,
        userAuthClientId: local.userAuthClientId,
        endpoint: local.endpoint,
        oauthDomain: local.oauthDomain,
        identityProviders: local.identityProviders.map(({ name, label }) => `${name}:${label}`).join(', '),
        local: true,
      }
    : { userPoolId: realPool.userPoolId, clientId: realPool.clientId, endpoint: realPool.endpoint ?? '', local: false };
  let server;
  try {
    server = await createServer({
      configFile: false,
      root: new URL('.', import.meta.url).pathname,
      define: { __DEMO_CONFIG__: JSON.stringify(config) },
      server: { host: '127.0.0.1', port: pagePort },
      logLevel: quiet ? 'silent' : 'warn',
    });
    await server.listen();
  } catch (error) {
    await server?.close();
    await local?.stop();
    throw error;
  }
  return {
    pageUrl: server.resolvedUrls.local[0],
    config,
    local,
    async stop() {
      await server.close();
      await local?.stop();
    },
  };
}
