/**
 * Stylesheets are split into parts joined by `@import` (src/styles). Gatsby's
 * CSS rule asks css-loader to run the loaders after it (postcss-loader:
 * autoprefixer, flexbug fixes) on `@import`ed files too, `importLoaders: 1`,
 * but its css-loader factory drops that option, so the parts would reach the
 * stylesheet unprefixed. This puts the option back.
 */

/** The part of a webpack rule this looks at; everything else is kept as is. */
export interface WebpackRule {
  use?: unknown
  oneOf?: WebpackRule[]
  rules?: WebpackRule[]
}

interface LoaderItem {
  loader: string
  options?: Record<string, unknown>
}

function isCssLoader(item: unknown): item is LoaderItem {
  if (typeof item !== 'object' || item === null) return false
  const loader = (item as { loader?: unknown }).loader
  return typeof loader === 'string' && /(^|[\\/])css-loader([\\/]|$)/.test(loader)
}

/** The rules with each css-loader told to apply the loaders that follow it in its rule to `@import`ed files. */
export function withCssImportLoaders<Rule extends WebpackRule>(rules: readonly Rule[]): Rule[] {
  return rules.map((rule) => {
    const out: Rule = { ...rule }
    if (Array.isArray(rule.oneOf)) out.oneOf = withCssImportLoaders(rule.oneOf)
    if (Array.isArray(rule.rules)) out.rules = withCssImportLoaders(rule.rules)
    if (Array.isArray(rule.use)) {
      out.use = rule.use.map((item: unknown, index: number, use: unknown[]) =>
        isCssLoader(item) ? { ...item, options: { ...item.options, importLoaders: use.length - index - 1 } } : item,
      )
    }
    return out
  })
}
