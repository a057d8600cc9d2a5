// An app that drives the controller itself with its own UI, importing only `AuthController` from the
// package root (the size test checks that its commands come bundled, as docs/architecture.md §3 says).
export { AuthController } from '../src/index.js';
