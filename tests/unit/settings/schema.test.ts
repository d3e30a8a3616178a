/**
 * The settings schema as a whole: every field declared with what handbook.yml
 * and the environment need, and the README's settings table (under "## Your
 * own handbook") in step with it: a row for every setting, with its
 * HANDBOOK_* variable, and no row for a key that is no setting.
 */
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { z } from 'zod'
import { settingsSchema } from '../../../src/content/settings/schema'
import { coreSettings, shortcodeSettings } from '../../../src/content/settings/core'
import { FEATURES } from '../../../src/content/features'
import { groupOf, specOf } from '../../../src/content/setting-kinds/kinds'

const README = fs.readFileSync(path.resolve('README.md'), 'utf8')

/** Every setting as handbook.config.ts names it (a group's fields `repository.url`), with its variable. */
function declaredSettings(): Map<string, string | undefined> {
  const settings = new Map<string, string | undefined>()
  for (const [key, field] of Object.entries(settingsSchema.shape)) {
    const group = groupOf(field)
    if (!group) settings.set(key, specOf(field).env)
    else for (const [part, partField] of Object.entries(group.shape)) settings.set(`${key}.${part}`, specOf(partField as z.ZodTypeAny).env)
  }
  return settings
}

/**
 * The table's rows as setting → variable. A row names its settings in its
 * first cell and their variables in its last, in the same order; a name
 * starting with "." is a field of the group named before it (`repository.url`,
 * `.branch`), and a variable starting with "_" shares the stem of the one
 * before it (`HANDBOOK_REPOSITORY_URL`, `_BRANCH`).
 */
function readmeSettings(readme: string): { listed: Map<string, string | undefined>; problems: string[] } {
  const section = readme.split(/^## /m).find((part) => part.startsWith('Your own handbook\n')) ?? ''
  const lines = section.split('\n')
  const header = lines.findIndex((line) => /^\| Field \| .* \| Variable \|$/.test(line))
  const listed = new Map<string, string | undefined>()
  const problems: string[] = header < 0 ? ['README has no settings table under "## Your own handbook"'] : []
  for (const row of header < 0 ? [] : lines.slice(header + 2)) {
    if (!row.startsWith('|')) break
    const cells = row.slice(1, -1).split(' | ')
    const ticked = (cell: string) => [...cell.matchAll(/`([^`]+)`/g)].map((match) => match[1]!)
    let group = ''
    const names = ticked(cells[0]!).map((name) => {
      if (name.startsWith('.')) return `${group}${name.slice(1)}`
      group = name.includes('.') ? name.slice(0, name.lastIndexOf('.') + 1) : ''
      return name
    })
    let stem = ''
    const variables = ticked(cells.at(-1)!).map((variable) => {
      if (variable.startsWith('_')) return `${stem}${variable}`
      stem = variable.slice(0, variable.lastIndexOf('_'))
      return variable
    })
    if (variables.length > 0 && variables.length !== names.length) problems.push(`the row of ${names.join(', ')} names ${variables.length} variables for ${names.length} settings`)
    for (const [index, name] of names.entries()) listed.set(name, variables[index])
  }
  return { listed, problems }
}

/** What the table gets wrong about the schema: settings it misses, keys it lists that are none, variables it misnames. */
function tableProblems(readme: string): string[] {
  const declared = declaredSettings()
  const { listed, problems } = readmeSettings(readme)
  for (const [name, variable] of declared) {
    if (!listed.has(name)) problems.push(`${name} has no row in README's settings table`)
    else if (listed.get(name) !== variable) problems.push(`${name}: README's variable is ${listed.get(name) ?? 'none'}, the schema's ${variable ?? 'none'}`)
  }
  for (const name of listed.keys()) if (!declared.has(name)) problems.push(`${name} is in README's settings table but is no setting`)
  return problems
}

describe('the settings schema', () => {
  it('declares every field with setting(), and what handbook.yml says of those it may hold', () => {
    for (const [key, field] of Object.entries(settingsSchema.shape)) {
      const spec = specOf(field)
      if (spec.notInFile !== undefined) continue
      expect(spec.expected, key).toMatch(/\S/)
      expect(spec.example, key).toMatch(/\S/)
    }
  })

  it('gives each variable to one setting, named HANDBOOK_*', () => {
    const variables = [...declaredSettings().values()].filter((variable) => variable !== undefined)
    expect(variables.length).toBeGreaterThan(0)
    expect(new Set(variables).size).toBe(variables.length)
    for (const variable of variables) expect(variable).toMatch(/^HANDBOOK_[A-Z_]+$/)
  })
})

describe('the settings of the feature wings', () => {
  it("are exactly the schema's fields besides the core's, each declared by one wing of the registry", () => {
    const core = [...Object.keys(coreSettings.shape), ...Object.keys(shortcodeSettings.shape)]
    const byWing = FEATURES.flatMap((feature) => Object.keys(feature.settings?.shape ?? {}).map((key) => [key, feature.name] as const))
    expect(new Set(byWing.map(([key]) => key)).size, 'a setting declared by two wings').toBe(byWing.length)
    expect([...core, ...byWing.map(([key]) => key)].sort()).toEqual(Object.keys(settingsSchema.shape).sort())
    expect(Object.fromEntries(byWing.filter(([key]) => ['peopleUrl', 'changesDays', 'requireOwner', 'accentColor'].includes(key)))).toEqual({
      peopleUrl: 'people',
      changesDays: 'changes',
      requireOwner: 'ownership',
      accentColor: 'brand',
    })
  })
})

describe("README's settings table", () => {
  it('lists every setting of the schema with its variable, and no other key', () => {
    expect(tableProblems(README)).toEqual([])
  })

  it('fails when a setting has no row', () => {
    const row = README.split('\n').find((line) => line.startsWith('| `changesDays`'))!
    expect(row).toBeDefined()
    const problems = tableProblems(README.replace(`${row}\n`, ''))
    expect(problems).toContain("changesDays has no row in README's settings table")
    expect(problems).toContain("changesCommits has no row in README's settings table")
  })

  it('fails when it lists a key that is no setting, or a wrong variable', () => {
    const row = README.split('\n').find((line) => line.startsWith('| `lang`'))!
    const problems = tableProblems(README.replace(row, `${row}\n| \`colour\` | A colour | |`).replace('`HANDBOOK_REPOSITORY_URL`, `_BRANCH`', '`HANDBOOK_REPOSITORY_URL`, `_REF`'))
    expect(problems).toEqual(["repository.branch: README's variable is HANDBOOK_REPOSITORY_REF, the schema's HANDBOOK_REPOSITORY_BRANCH", "colour is in README's settings table but is no setting"])
  })
})
