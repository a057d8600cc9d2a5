/** The CDN build's entry (vite.cdn.config.ts): registers every tag (`<auth-account>` too) and exports the whole API. */
import './define.js';
import './account.js';

export * from './index.js';
