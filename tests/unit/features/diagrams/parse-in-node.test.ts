import { describe, expect, it } from 'vitest'
import { parseInNode } from '../../../../src/content/features/diagrams/parse-in-node'

describe("Mermaid's parser in Node", () => {
  it('reads the types the pure-JS renderer does not draw, and gives their errors on one line', async () => {
    await expect(parseInNode('pie title Pets\n  "Dogs" : 386\n  "Cats" : 85')).resolves.toBeUndefined()
    await expect(parseInNode('gantt\n  dateFormat YYYY-MM-DD\n  section A\n  Task one :a1, 2024-01-01, 30d')).resolves.toBeUndefined()
    await expect(parseInNode('mindmap\n  root((Handbook))\n    Values\n    People')).resolves.toBeUndefined()
    await expect(parseInNode('gantt\n  dateFormat YYYY-MM-DD\n  section A\n  Task one :a1, 2024-01-01, 30d\n  bogus line here')).resolves.toMatch(/^Parse error on line 5: .* Expecting 'taskData', got 'NL'$/)
    await expect(parseInNode('gitGraph\n  commit\n  checkout nope')).resolves.toMatch(/checkout branch which is not yet created/)
  })
})
