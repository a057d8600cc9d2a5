/** The CDN build's entry (vite.cdn.config.ts): registers every tag and exports the whole API. */
import './define.js';

export * from './index.js';
