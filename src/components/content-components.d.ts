/** The handbook's own MDX components (`_components/` of the content folder), by name: a module the build writes (src/node/write-content-components.ts). */
declare module 'handbook-content-components' {
  import type { ComponentType } from 'react'
  /** Props are what a page writes on the tag: any attributes, checked by the component if at all. */
  const components: Record<string, ComponentType<Record<string, unknown>>>
  export default components
}
