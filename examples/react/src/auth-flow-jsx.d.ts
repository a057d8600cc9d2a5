// <auth-flow> in TSX: the JSX types generated from custom-elements.json (examples/types, see
// scripts/framework-types.mjs), added to React's intrinsic elements.
import type { CustomElements } from '../../types/auth-flow-jsx.js';

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
}
