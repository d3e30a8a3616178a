/**
 * The one hash of the build: cache keys and content-hashed file names.
 * SHA-256 of the parts, each followed by a NUL so ("ab", "c") ≠ ("a", "bc").
 */
import { createHash } from 'node:crypto'

export function hashOf(...parts: readonly string[]): string {
  const hash = createHash('sha256')
  for (const part of parts) hash.update(part).update('\u0000')
  return hash.digest('hex')
}

/** A short hash for file names: 12 hex digits. */
export function shortHashOf(...parts: readonly string[]): string {
  return hashOf(...parts).slice(0, 12)
}
