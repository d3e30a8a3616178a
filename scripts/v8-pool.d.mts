/** Types of v8-pool.mjs, for the TypeScript scripts that relaunch with it (scripts/check.ts). */
export function v8PoolSize(cores: number): number
export function v8PoolFlag(question: { cores: number; execArgv: readonly string[]; nodeOptions: string | undefined }): string | undefined
export function withV8Pool(nodeOptions: string | undefined, cores?: number): string | undefined
export function relaunchedWithV8Pool(script: string, cores?: number): boolean
