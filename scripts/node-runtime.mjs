// The tools and tests run on the Node that `npm ci` installs: the `node` devDependency, which npm
// puts first on the PATH of every npm script (README, Quick start). Entry points call requireNode so
// that a tool started on an older Node (outside `npm run`) stops here instead of running on it.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

/** The major of the `node` devDependency (`~24.21.0` → 24). */
export const NODE_MAJOR = Number(/\d+/.exec(pkg.devDependencies.node)[0]);

/** Throws unless this process runs on NODE_MAJOR or later; returns `<what>: Node <version>`. */
export function requireNode(what) {
  const major = Number(process.versions.node.split('.')[0]);
  if (major < NODE_MAJOR) {
    throw new Error(
      `${what} needs Node ${NODE_MAJOR} or later but runs on ${process.version} (${process.execPath}). ` +
        `Start it with npm run: npm ci installs Node ${NODE_MAJOR} and npm scripts run on it.`,
    );
  }
  return `${what}: Node ${process.version}`;
}

// `node scripts/node-runtime.mjs <what>` checks the `node` a step's tools start on (tsc has no
// config file of ours to check from).
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    console.log(requireNode(process.argv[2] ?? 'this step'));
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
