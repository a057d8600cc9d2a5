// A server command for browser tests: modules the server refuses (503), as a page sees a chunk
// while offline or after a redeploy removed it, so a test can check what a failed import does.
// From a test: `executeServerCommand('offline-modules', { paths: ['/src/…'] })`; `{ paths: [] }` ends it.
const COMMAND = 'offline-modules';

export function offlineModulesPlugin() {
  const refused = new Set();
  return {
    name: COMMAND,
    serverStart({ app }) {
      // First in line, before the files are served.
      app.middleware.unshift(async (context, next) => {
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
      refused.clear();
      for (const path of payload.paths ?? []) refused.add(path);
      return true;
    },
  };
}
