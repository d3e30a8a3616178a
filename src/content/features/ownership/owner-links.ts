/** A page's owners as readers see them: names linking to the team's page or the person's card, and where to ask a team. */
import { personUrl, teamUrl, type DirectoryIndex } from '../people/directory'
import type { PeopleUrls } from '../people/types'
import type { OwnerLink } from '../../../shared/owner-link'
import type { PageOwnership } from './types'

export function ownerLinksOf(ownership: PageOwnership | undefined, index: DirectoryIndex, urls: PeopleUrls): OwnerLink[] {
  return (ownership?.owners ?? []).flatMap((owner): OwnerLink[] => {
    if (owner.kind === 'team') {
      const team = index.team(owner.id)
      if (!team) return []
      return [{ kind: 'team', label: team.name, url: teamUrl(urls, team.slug), ...(team.channel ? { channel: team.channel } : {}), ...(team.channelUrl ? { channelUrl: team.channelUrl } : {}) }]
    }
    const person = index.person(owner.id)
    return person ? [{ kind: 'person', label: person.name, url: personUrl(urls, person.id) }] : []
  })
}
