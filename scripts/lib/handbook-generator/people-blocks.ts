/**
 * Person and team blocks on generated pages: about one page in fifty says
 * who to ask with `:person[id]`, about one in two hundred shows its owning
 * team with `::team{slug="…"}`, and one page each shows a team's people and
 * an org chart below a manager. Only English pages below the home page get
 * them; each is a paragraph added at the end, so the rest of the page is the
 * same bytes as without people.
 */
import type { Random } from './random'
import type { CompanyPlan } from './people'
import type { PagePlan } from './pages'

/** Text to append, by index in `pages`. */
export function peopleBlocks(company: CompanyPlan, pages: readonly PagePlan[], random: Random): Map<number, string> {
  const added = new Map<number, string>()
  const eligible = pages.flatMap((page, i) => (page.isRoot || page.ja ? [] : [i]))
  if (eligible.length === 0 || company.people.length === 0) return added
  const order = random.shuffled(eligible)
  const append = (text: string) => {
    const at = order[added.size % order.length]!
    added.set(at, added.has(at) ? `${added.get(at)!}\n\n${text}` : text)
  }
  const person = () => random.pick(company.people).id
  const mentions = Math.max(3, Math.round(pages.length / 50))
  for (let i = 0; i < mentions; i++) {
    const a = person()
    const b = person()
    append(
      a === b
        ? `Questions about this page go to :person[${a}].`
        : random.pick([`Questions about this page go to :person[${a}]; for anything urgent, ask :person[${b}].`, `:person[${a}] and :person[${b}] keep this page current: ask either of them.`]),
    )
  }
  const teams = company.teams.filter((team) => team.slug !== 'leadership')
  const shown = teams.length > 0 ? teams : company.teams
  const teamBlocks = Math.max(1, Math.round(pages.length / 200))
  for (let i = 0; i < teamBlocks; i++) {
    const team = random.pick(shown)
    append(`This page is owned by the ${team.name} team.\n\n::team{slug="${team.slug}"}`)
  }
  const crowd = random.pick(shown)
  append(`Everyone in ${crowd.name}:\n\n::people{team="${crowd.slug}"}`)
  // A manager one level below the heads keeps the chart to a few dozen people, even in a company of thousands.
  const manager = company.people.find((p) => p.reportsTo && company.people.some((q) => q.reportsTo === p.id) && company.people.find((q) => q.id === p.reportsTo)?.reportsTo)
  const root = manager ?? company.people[0]!
  append(`Who reports to ${root.name}:\n\n::org-chart{root="${root.id}"}`)
  return added
}
