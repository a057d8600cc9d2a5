// A server command for browser tests: modules the server refuses (503), as a page sees a chunk
// while offline or after a redeploy removed it, so a test can check what a failed import does; and
// modules it holds back, as a slow network does, until the test's next command lets them through.
// From a test: `executeServerCommand('offline-modules', { paths: ['/src/…'], held: ['/src/…'] })`;
// `{ paths: [] }` ends both.
const COMMAND = 'offline-modules';

export function offlineModulesPlugin() {
  const refused = new Set();
  const held = new Set();
  let release = () => {};
  let released = Promise.resolve();
  return {
    name: COMMAND,
    serverStart({ app }) {
      // First in line, before the files are served.
      app.middleware.unshift(async (context, next) => {
        if (held.has(context.path)) await released;
        if (refused.has(context.path)) {
          context.status = 503;
          context.body = 'offline';
          return;
        }
        await next();
        // Never from the browser's cache: a module an earlier test page fetched must still be refusable.
        if (context.path.startsWith('/src/')) context.set('cache-control', 'no-store');
      });
    },
    executeCommand({ command, payload = {} }) {
      if (command !== COMMAND) return undefined;
      release();
      refused.clear();
      held.clear();
      for (const path of payload.paths ?? []) refused.add(path);
      for (const path of payload.held ?? []) held.add(path);
      released = new Promise((resolve) => (release = resolve));
      return true;
    },
  };
}
