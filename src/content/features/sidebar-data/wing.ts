/** The sidebar data wing: the whole tree of each large sidebar, which its pages load when a closed group is opened (see sidebars/publish.ts). */
import type { Feature } from '../feature'
import { sidebarData, sidebarDataPath } from '../../sidebars/publish'

export const sidebarDataWing: Feature = {
  name: 'sidebar-data',
  outputs: ({ handbook, settings, production }) => {
    const files = handbook.sidebars.flatMap((sidebar) => {
      const dataPath = sidebarDataPath(sidebar, { production })
      return dataPath ? [{ path: dataPath.replace(/^\/+/, ''), contents: JSON.stringify(sidebarData(sidebar.items, settings.pathPrefix)) }] : []
    })
    return { files, summary: (rewritten) => `${files.length} sidebar data files${files.length ? `: ${rewritten} rewritten` : ''}` }
  },
}
