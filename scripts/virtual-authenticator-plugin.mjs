// A server command for browser tests: Chromium's virtual authenticator (DevTools protocol,
// `WebAuthn.*`) on the test's own page, so passkey tests run a real WebAuthn ceremony without a
// person or a device. From a test: `executeServerCommand('virtual-authenticator', { action })`.
const COMMAND = 'virtual-authenticator';

/** An internal (platform) CTAP2 authenticator with resident keys and user verification that always succeeds. */
const DEFAULT_OPTIONS = {
  protocol: 'ctap2',
  transport: 'internal',
  hasResidentKey: true,
  hasUserVerification: true,
  isUserVerified: true,
  automaticPresenceSimulation: true,
};

export function virtualAuthenticatorPlugin() {
  const sessions = new Map();
  return {
    name: COMMAND,
    async executeCommand({ command, payload = {}, session }) {
      if (command !== COMMAND) return undefined;
      if (typeof session.browser.getPage !== 'function') throw new Error(`${COMMAND}: needs the Chromium launcher`);
      let cdp = sessions.get(session.id);
      if (!cdp) {
        cdp = await session.browser.getPage(session.id).createCDPSession();
        await cdp.send('WebAuthn.enable', { enableUI: false });
        sessions.set(session.id, cdp);
      }
      switch (payload.action) {
        case 'add': {
          const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', { options: { ...DEFAULT_OPTIONS, ...payload.options } });
          return { authenticatorId };
        }
        case 'remove':
          await cdp.send('WebAuthn.removeVirtualAuthenticator', { authenticatorId: payload.authenticatorId });
          return {};
        case 'credentials':
          return cdp.send('WebAuthn.getCredentials', { authenticatorId: payload.authenticatorId });
        case 'clear':
          await cdp.send('WebAuthn.clearCredentials', { authenticatorId: payload.authenticatorId });
          return {};
        case 'presence':
          // false: the request waits for a touch that never comes (the sheet stays open).
          await cdp.send('WebAuthn.setAutomaticPresenceSimulation', { authenticatorId: payload.authenticatorId, enabled: payload.enabled });
          return {};
        case 'verified':
          await cdp.send('WebAuthn.setUserVerified', { authenticatorId: payload.authenticatorId, isUserVerified: payload.enabled });
          return {};
        default:
          throw new Error(`${COMMAND}: unknown action ${payload.action}`);
      }
    },
  };
}
