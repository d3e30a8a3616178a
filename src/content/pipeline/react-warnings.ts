/**
 * A warning React prints while drawing a page (`Warning: Invalid DOM
 * property `%s`. Did you mean `%s`?%s`), read apart: the message with its
 * arguments put in, the component stack it ends with, the element at the top
 * of that stack, and the line of the page that element is on. React names
 * neither file nor line; the check does (render-check.ts).
 */

export interface ReactWarning {
  /** React's format string without `Warning: `: one kind of warning, whatever it names. */
  format: string
  /** The message with its arguments, without the stack. */
  message: string
  /** The component stack (`at img`, `at Boom (handbook-components.js:3:9)`…). */
  stack: string
  /** The element drawn when React warned: the stack's first frame (`img`). */
  element?: string
  /** The attribute or prop the message names first (`class`), when it names one in backticks. */
  property?: string
}

/** A console.error call's arguments as a ReactWarning (any other call: its text as the message). */
export function reactWarningOf(args: readonly unknown[]): ReactWarning {
  const [first, ...rest] = args.map((arg) => (arg instanceof Error ? arg.message : String(arg)))
  const format = (first ?? '').replace(/^Warning: /, '')
  let i = 0
  const text = format.replace(/%[sdio]/g, () => rest[i++] ?? '')
  const stackAt = text.search(/\n\s+at /)
  const message = (stackAt >= 0 ? text.slice(0, stackAt) : text).trim()
  const stack = stackAt >= 0 ? text.slice(stackAt) : ''
  const element = /^\s*at (\S+)/m.exec(stack)?.[1]
  const property = /`([^`\s]+)`/.exec(message)?.[1]
  return { format: format.replace(/%s$/, ''), message, stack, ...(element ? { element } : {}), ...(property ? { property } : {}) }
}

/**
 * The line of the page (1-based) where the element a warning is about is
 * written: the first `<element` whose tag (on its line) also has the
 * property the warning names; without one, the first `<element`.
 */
export function warningLine(body: string, warning: ReactWarning): number | undefined {
  if (!warning.element || !/^[A-Za-z][\w.-]*$/.test(warning.element)) return undefined
  const lines = body.split('\n')
  const opens = new RegExp(`<${warning.element.replace(/\./g, '\\.')}(?![\\w.-])`)
  const named = warning.property ? new RegExp(`(?:^|[\\s"'{}])${warning.property.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*=`) : undefined
  const withProperty = named ? lines.findIndex((line) => opens.test(line) && named.test(line.slice(line.search(opens)))) : -1
  const first = withProperty >= 0 ? withProperty : lines.findIndex((line) => opens.test(line))
  return first >= 0 ? first + 1 : undefined
}
