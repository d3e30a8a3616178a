/**
 * A tag the old site's own code defined (`{% page "/x/" %}`, `{% alert %}`
 * … `{% endalert %}`): Liquid cannot run that code, so the tag is written
 * back out with its arguments evaluated (`{% page href %}` inside a loop
 * becomes `{% page "/travel/step-2/" %}`), on one line, and the shortcode
 * step maps it (handbook.yml `shortcodes:`) or shows a placeholder.
 * A block's inner text goes through Liquid first.
 */
import { evalToken, Tag, Tokenizer, type Context, type Emitter, type Liquid, type TagToken, type Template, type TopLevelToken, type Parser } from 'liquidjs'

/** A value as a quoted argument our shortcode scanner reads back (backslash escapes, one line). */
/** What `registerTag` takes. */
export type LiquidTagClass = Parameters<Liquid['registerTag']>[1]

export function quoteArgument(value: unknown): string {
  const text = value === undefined || value === null ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value)
  return `"${text.replace(/\s*\n\s*/g, ' ').replace(/[\\"]/g, '\\$&')}"`
}

interface Argument {
  name?: string
  value: unknown
}

/** The tag's arguments, evaluated: Eleventy's positional ones (`"a", "b"` or `"a" "b"`), and `key=value` / `key: value` pairs. */
function* evaluateArguments(markup: string, context: Context, liquid: Liquid): Generator<unknown, Argument[], unknown> {
  const tokenizer = new Tokenizer(markup, liquid.options.operators)
  const out: Argument[] = []
  for (;;) {
    tokenizer.skipBlank()
    if (tokenizer.peek() === ',') {
      tokenizer.advance()
      continue
    }
    if (tokenizer.end()) break
    const start = tokenizer.p
    const named = /^([A-Za-z_][\w-]*)\s*[=:](?!=)\s*/.exec(markup.slice(start))
    if (named) tokenizer.advance(named[0].length)
    const token = tokenizer.readValue()
    if (!token) {
      // Not Liquid values (a Jekyll plugin's own syntax): the rest as written, one argument.
      out.push({ value: markup.slice(start).trim() })
      break
    }
    out.push({ ...(named ? { name: named[1]! } : {}), value: yield evalToken(token, context) })
  }
  return out
}

function written(name: string, args: readonly Argument[]): string {
  const parts = args.map((arg) => (arg.name ? `${arg.name}=${quoteArgument(arg.value)}` : quoteArgument(arg.value)))
  return `{% ${[name, ...parts].join(' ')} %}`
}

/** The tag class for `name`; a block (it has `{% end<name> %}`) keeps its inner templates. */
export function keptTag(name: string, block: boolean): LiquidTagClass {
  return class KeptTag extends Tag {
    readonly markup: string
    readonly inner: Template[] = []
    constructor(token: TagToken, remain: TopLevelToken[], liquid: Liquid, parser: Parser) {
      super(token, remain, liquid)
      this.markup = token.args
      if (!block) return
      let closed = false
      const stream = parser
        .parseStream(remain)
        .on('template', (template: Template) => this.inner.push(template))
        .on(`tag:end${name}`, () => {
          closed = true
          stream.stop()
        })
        .on('end', () => {
          if (!closed) throw new Error(`{% ${name} %} is never closed: end it with {% end${name} %}`)
        })
      stream.start()
    }
    *render(context: Context, emitter: Emitter): Generator<unknown, void, unknown> {
      const args = (yield* evaluateArguments(this.markup, context, this.liquid)) as Argument[]
      emitter.write(written(name, args))
      if (!block) return
      const inner = (yield this.liquid.renderer.renderTemplates(this.inner, context)) as string
      emitter.write(`${inner}{% end${name} %}`)
    }
  }
}
