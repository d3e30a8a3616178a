export declare function hashOf(...parts: readonly string[]): string
/** A short hash for file names: 12 hex digits. */
export declare function shortHashOf(...parts: readonly string[]): string
