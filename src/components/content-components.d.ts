/** The handbook's own MDX components (`_components/` of the content folder), by name: a module the build writes (src/node/write-content-components.ts). */
declare module 'handbook-content-components' {
  import type { ComponentType } from 'react'
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const components: Record<string, ComponentType<any>>
  export default components
}
