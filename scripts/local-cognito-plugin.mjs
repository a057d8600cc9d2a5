// Starts the local Cognito for a @web/test-runner run and tells the browser where it is through
// a virtual JSON file, so tests never hard-code a port.
import { launchLocalCognito } from '../dev/local-cognito/launch.mjs';

// No .json suffix: the esbuild plugin (json: true) would turn it into a JS module.
const CONFIG_PATH = '/__local-cognito__';

export function localCognitoPlugin() {
  let instance;
  return {
    name: 'local-cognito',
    async serverStart() {
      instance = await launchLocalCognito({ quiet: true });
    },
    async serverStop() {
      await instance?.stop();
    },
    serve(context) {
      if (context.path !== CONFIG_PATH) return;
      const { endpoint, userPoolId, clientId, userAuthClientId, region, usernamePools, outboxUrl, oauthDomain, identityProviders } = instance;
      const config = { endpoint, userPoolId, clientId, userAuthClientId, region, usernamePools, outboxUrl, oauthDomain, identityProviders };
      return { body: JSON.stringify(config), type: 'json' };
    },
  };
}
