// Framework types generated from custom-elements.json with the CEM tools generators
// (custom-element-jsx-integration, custom-element-vuejs-integration): JSX intrinsic elements for
// React and `GlobalComponents` for Vue, so a typo in an attribute, property or event name fails
// type-checking. They ship in the package (`files`), as the types-only subpaths
// `cognito-auth-flow/react` and `cognito-auth-flow/vue` (package.json `exports`). `npm run analyze`
// runs it after the analyzer (`node scripts/framework-types.mjs` reads custom-elements.json);
// test/examples checks the committed files are fresh.
//
// The generators see a copy of the manifest, adjusted in four ways (the manifest itself is untouched):
// - internal elements (the steps, subclasses of AuthStepElement or, for sign-in, of its base
//   StepElementBase, and the provider buttons the steps hold, all created by <auth-flow> itself)
//   are left out: apps never write them;
// - every public field is offered under its property name too (`userPoolId` beside `user-pool-id`):
//   React 19 and Vue set properties on custom elements, and TypeScript checks only non-hyphenated
//   JSX names (a misspelt `user-pol-id` passes, a misspelt `userPolId` fails);
// - an attribute documented with `@attr` alone gets the field name the element declares for it;
// - events documented without a type get their detail type from `HTMLElementEventMap`, where the kit
//   declares every event; otherwise the generators type them `CustomEvent<never>`.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateJsxTypes } from 'custom-element-jsx-integration';
import { generateVuejsTypes } from 'custom-element-vuejs-integration';

export const FRAMEWORK_TYPES_DIR = 'frameworks';
export const JSX_TYPES_FILE = 'react.d.ts';
export const VUE_TYPES_FILE = 'vue.d.ts';

const INTERNAL_BASES = new Set(['AuthStepElement', 'StepElementBase']);
const INTERNAL_TAGS = new Set(['auth-provider-buttons']);

/** The manifest the generators see (a deep copy; see above). */
export function manifestForTypes(manifest) {
  const copy = structuredClone(manifest);
  for (const module of copy.modules ?? []) {
    module.declarations = (module.declarations ?? []).filter(
      (declaration) =>
        !(declaration.customElement && (INTERNAL_BASES.has(declaration.superclass?.name) || INTERNAL_TAGS.has(declaration.tagName))),
    );
    for (const declaration of module.declarations) {
      for (const member of declaration.members ?? []) {
        if (member.attribute && member.attribute !== member.name) delete member.attribute;
      }
      // An attribute documented with `@attr` alone (read by the styles) is typed by its declared
      // field, named as the property would be (`color-scheme` → `colorScheme`).
      for (const attribute of declaration.attributes ?? []) {
        attribute.fieldName ??= attribute.name.replace(/-(\w)/g, (_, letter) => letter.toUpperCase());
      }
      for (const event of declaration.events ?? []) {
        if (!event.type?.text && event.name) event.type = { text: `HTMLElementEventMap['${event.name}']['detail']` };
      }
    }
  }
  return copy;
}

/** Writes `<outdir>/react.d.ts` (JSX) and `<outdir>/vue.d.ts`. */
export function writeFrameworkTypes(manifest, outdir = FRAMEWORK_TYPES_DIR, { quiet = false } = {}) {
  mkdirSync(outdir, { recursive: true });
  const source = manifestForTypes(manifest);
  const common = { outdir, globalTypePath: 'cognito-auth-flow', hideLogs: true };
  // The generators print "Generated …" even with hideLogs.
  const log = console.log;
  if (quiet) console.log = () => {};
  try {
    generateJsxTypes(structuredClone(source), { ...common, fileName: JSX_TYPES_FILE });
    generateVuejsTypes(structuredClone(source), { ...common, fileName: VUE_TYPES_FILE });
  } finally {
    console.log = log;
  }
  const header = '// Generated from custom-elements.json by scripts/framework-types.mjs (npm run analyze). Do not edit.\n';
  const jsxFile = join(outdir, JSX_TYPES_FILE);
  writeFileSync(jsxFile, header + readFileSync(jsxFile, 'utf8'));
  const vueFile = join(outdir, VUE_TYPES_FILE);
  writeFileSync(vueFile, header + vueListenerNames(readFileSync(vueFile, 'utf8')));
}

/**
 * The Vue generator (1.4.0) names listeners JSX-style, `"onauth-signed-in"`; Vue turns
 * `@auth-signed-in` into the prop `onAuthSignedIn` (and back into `auth-signed-in` at run time), which
 * is the name vue-tsc looks up. Renames them, or strict templates reject every kit event.
 */
export function vueListenerNames(text) {
  return text.replace(/"on([a-z][a-z0-9]*(?:-[a-z0-9]+)+)"(\??:)/g, (_, event, colon) => {
    const pascal = event.replace(/(?:^|-)([a-z0-9])/g, (__, letter) => letter.toUpperCase());
    return `on${pascal}${colon}`;
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFrameworkTypes(JSON.parse(readFileSync('custom-elements.json', 'utf8')));
}
