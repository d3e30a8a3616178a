/**
 * `{% raw %}`: what is between the tags is shown as written. Inside code the
 * text goes out as it is (what the old site showed in a code block); outside
 * code it goes out still wrapped, so the shortcode step after Liquid does not
 * read the tags it holds either (and drops the wrapper).
 */
import type { LiquidTagClass } from './kept-tag'
import { Tag, type Context, type Emitter, type Liquid, type TagToken, type TopLevelToken } from 'liquidjs'

/** The Context register that holds the page's `inCode(offset)`: the page's, not the engine's, which serves every page. */
export const IN_CODE = 'handbookInCode'

export const rawTag: LiquidTagClass = class RawTag extends Tag {
  readonly content: string
  readonly begin: number
  constructor(token: TagToken, remain: TopLevelToken[], liquid: Liquid) {
    super(token, remain, liquid)
    this.begin = token.begin
    let content = ''
    let closed = false
    while (remain.length) {
      const next = remain.shift()!
      if ((next as TagToken).name === 'endraw') {
        closed = true
        break
      }
      content += next.getText()
    }
    if (!closed) throw new Error('{% raw %} is never closed: end it with {% endraw %}')
    this.content = content
  }
  render(context: Context, emitter: Emitter): void {
    const inCode = context.getRegister(IN_CODE) as (offset: number) => boolean
    emitter.write(inCode(this.begin) ? this.content : `{% raw %}${this.content}{% endraw %}`)
  }
}
