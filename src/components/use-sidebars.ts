import { graphql, useStaticQuery } from 'gatsby'
import type { SidebarItem } from '../shared/sidebar/types'

/**
 * Every sidebar, from one static query: its result is stored once for the
 * whole site instead of being copied into each page's data.
 */
export function useSidebars(): Map<string, SidebarItem[]> {
  const data = useStaticQuery<Queries.AllSidebarsQuery>(graphql`
    query AllSidebars {
      allHandbookSidebar(sort: { order: ASC }) {
        nodes {
          name
          items
        }
      }
    }
  `)
  // `items` is JSON written by our own sourcing (src/content/sidebar.ts), so its shape is known.
  return new Map(data.allHandbookSidebar.nodes.map((node) => [node.name, node.items as unknown as SidebarItem[]]))
}
