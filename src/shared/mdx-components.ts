/**
 * The components every `.mdx` page may use without an import: the names the
 * MDX provider (src/components/Article.tsx) offers, which the build checks
 * each page's components against before webpack compiles it (an unknown one
 * would otherwise end the build in webpack's "Expected component … to be
 * defined"). Article's provider is typed by this list, so the two cannot drift.
 */
export const MDX_PROVIDER_COMPONENTS = ['Callout', 'Note', 'Tip', 'Warning'] as const

export type MdxProviderComponent = (typeof MDX_PROVIDER_COMPONENTS)[number]
