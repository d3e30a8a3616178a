/**
 * The default branch of a switch (or the last `else`) over a union that
 * handles every member: there `value` has type `never`, so a kind added to
 * the union and handled by no case fails the type check at this call. At run
 * time it is reached only by data its type does not describe, and says so
 * instead of carrying on with nothing.
 */
export function assertNever(value: never): never {
  throw new Error(`Unhandled case: ${JSON.stringify(value)}`)
}
