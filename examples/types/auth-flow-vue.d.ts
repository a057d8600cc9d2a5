// Generated from custom-elements.json by scripts/framework-types.mjs (npm run analyze). Do not edit.
import type { DefineComponent } from "vue";
import type {} from "cognito-auth-flow";

export type CustomElements = {};

declare module "vue" {
  // eslint-disable-next-line @typescript-eslint/no-empty-interface
  interface GlobalComponents extends CustomElements {}
}

declare global {
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-interface
    interface IntrinsicElements extends CustomElements {}
  }
}
