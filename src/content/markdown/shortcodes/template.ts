/**
 * A shortcode mapped to a template (`page: { template: "/{0}" }`,
 * `slack_channel: { template: ["[{1}](https://x.slack.com/messages/{0})", "[#{0}](https://x.slack.com/messages/{0})"] }`):
 * Markdown or HTML made from the call's arguments, `{0}`, `{1}` for
 * positional ones and `{name}` for named ones (`{{` and `}}` are literal
 * braces). A list is tried in order: the first whose arguments are all
 * given is used. Each argument is escaped for where it lands: URL-encoded
 * in a link address (the template's own, or the page's when the tag stands
 * in one, as `[x]({% page "/a/" %})` does), else escaped as text, so an
 * argument never adds markup. The result is part of the page's text, and
 * goes through the page's sanitizer like the rest of it.
 */

export type TemplateText = string | readonly string[]

export interface TemplateArguments {
  positional: readonly string[]
  named: Readonly<Record<string, string>>
}

const PLACEHOLDER = /\{\{|\}\}|\{([A-Za-z0-9_-]+)\}/g

/** Whether the text before a point leaves it inside a link address: `](…`, `<…>` after `](`, `href="…`, `src=…`, a reference definition. */
export function inLinkAddress(before: string): boolean {
  const line = before.slice(before.lastIndexOf('\n') + 1)
  return /\]\(\s*<?[^\s)>]*$/.test(line) || /\b(?:href|src|action|poster|cite)\s*=\s*["']?[^"'\s>]*$/i.test(line) || /^\s{0,3}\[[^\]]+\]:\s*<?[^\s>]*$/.test(line)
}

/** An argument in a link address: encoded so it cannot end the address or the attribute (`)`, space, quotes, `<`, `>`). */
function asAddress(value: string): string {
  return encodeURI(value).replace(/[()'"]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
}

/** An argument as text: HTML-escaped, and Markdown's punctuation backslash-escaped, so it adds no markup. */
function asText(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/[\\`*_[\]#|!~]/g, '\\$&')
}

/** The names a template reads (`0`, `1`, `title`). */
export function templateNames(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].flatMap((match) => (match[1] === undefined ? [] : [match[1]]))
}

function argumentValue(name: string, args: TemplateArguments): string | undefined {
  return /^\d+$/.test(name) ? args.positional[Number(name)] : args.named[name]
}

/** The first template of the list whose arguments are all given (the last one when none is). */
function chosen(template: TemplateText, args: TemplateArguments): string {
  const list = typeof template === 'string' ? [template] : template
  return list.find((candidate) => templateNames(candidate).every((name) => argumentValue(name, args) !== undefined)) ?? list[list.length - 1] ?? ''
}

/**
 * The template filled in; `inAddress`: the tag itself stands in a link address. `/{0}` is from the site root:
 * an argument that starts with `/` is not given a second one, and a full URL (`https://…`) stands alone.
 */
export function fillTemplate(template: TemplateText, args: TemplateArguments, inAddress: boolean): string {
  const text = chosen(template, args)
  let out = ''
  let at = 0
  for (const match of text.matchAll(PLACEHOLDER)) {
    const literal = text.slice(at, match.index)
    at = match.index! + match[0].length
    if (match[1] === undefined) {
      out += literal + match[0][0]
      continue
    }
    const value = argumentValue(match[1], args) ?? ''
    const address = inAddress || inLinkAddress(out + literal)
    if (!address) {
      out += literal + asText(value)
      continue
    }
    let prefix = literal
    // `/{0}`: the root is the argument's own when it has one; a full URL replaces the path before it.
    if (prefix.endsWith('/') && value.startsWith('/')) prefix = prefix.slice(0, -1)
    else if (prefix.endsWith('/') && /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(value) && (out + prefix).replace(/.*[("'=<]\s*/s, '') === '/') prefix = prefix.slice(0, -1)
    out += prefix + asAddress(value)
  }
  return out + text.slice(at)
}
