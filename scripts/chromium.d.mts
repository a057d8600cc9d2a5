/** Types for chromium.mjs (plain JS so Node configs can import it without a TypeScript loader). */
export declare const CHROMIUM_PATH: string;
export declare const CHROMIUM_FLAGS: string[];
