/** Types for node-runtime.mjs (plain JS so Node configs can import it without a TypeScript loader). */
export declare const NODE_MAJOR: number;
export declare function requireNode(what: string): string;
