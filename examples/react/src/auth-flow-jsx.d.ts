// <auth-flow> in TSX: the JSX types the package ships (`cognito-auth-flow/react`, generated from
// custom-elements.json by scripts/framework-types.mjs), added to React's intrinsic elements.
import type { CustomElements } from 'cognito-auth-flow/react';

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
}
