import { graphql, useStaticQuery } from 'gatsby'
import type { SidebarItem, SiteSidebar } from '../shared/sidebar/types'

/**
 * Every sidebar, from one static query: its result is stored once for the
 * whole site instead of being copied into each page's data.
 */
export function useSidebars(): Map<string, SiteSidebar> {
  const data = useStaticQuery<Queries.AllSidebarsQuery>(graphql`
    query AllSidebars {
      allHandbookSidebar(sort: { order: ASC }) {
        nodes {
          name
          items
          dataPath
        }
      }
    }
  `)
  // `items` is JSON written by our own sourcing (src/content/sidebars), so its shape is known.
  return new Map(data.allHandbookSidebar.nodes.map((node) => [node.name, { name: node.name, items: node.items as unknown as SidebarItem[], dataPath: node.dataPath }]))
}
