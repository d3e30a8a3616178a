/**
 * Settings that are paths of this site (`peopleUrl`, `teamsUrl`): where pages
 * made from data are written, so each must be a path of this site (never
 * `//host` or `..`) that no other page of the site has, the home page
 * included. Checked at its line in handbook.yml and when handbook.config.ts
 * sets it.
 */
import { readSitePath } from '../links/site-path'
import { SettingsError } from './error'
import { line, setting } from './kinds'

/** The setting's value as the URL it is (`/People/` → `/People`), or what is wrong, completing `"peopleUrl" is "<value>": …`. */
export function sitePathSetting(name: string, written: string, example: string, reserved: ReadonlyMap<string, string>): { ok: true; url: string } | { ok: false; problem: string } {
  const fix = `write a path of this site such as ${name}: ${example}`
  const value = written.trim()
  if (!value.startsWith('/') && !value.startsWith('\\') && !/^[a-z][a-z0-9+.-]*:/i.test(value)) {
    return { ok: false, problem: `it is not a path of this site (it must start with "/"): ${fix}` }
  }
  const read = readSitePath(value)
  if (!read.ok) return { ok: false, problem: `it ${read.problem.replace(/: write a path inside the site such as "[^"]*"$/, '')}: ${fix}` }
  // As written (not percent-decoded): only `\`, `//` and `.` segments are tidied.
  const url = `/${value
    .replace(/\\/g, '/')
    .split('/')
    .filter((s) => s !== '' && s !== '.')
    .join('/')}`
  if (url === '/') return { ok: false, problem: `that is the home page, which its pages would replace: ${fix}` }
  const owner = reserved.get(url)
  if (owner) return { ok: false, problem: `that is the address of ${owner}: ${fix}` }
  return { ok: true, url }
}

/** Another setting's address that this one's (`url`, tidied) must not take, as a message; undefined when apart. */
export type Apart = (url: string, settings: Readonly<Record<string, unknown>>, reserved: ReadonlyMap<string, string>) => string | undefined

/** A path of this site (`peopleUrl: /people`); `apart` compares it with the settings declared before it. */
export function sitePath(example: string, apart?: Apart) {
  return setting(line(), {
    expected: 'a site path',
    example,
    checkInFile(written, { name, config, reserved }) {
      const result = sitePathSetting(name, written, example, reserved)
      // Kept as written: the value is tidied when the settings are resolved.
      const problem = result.ok ? apart?.(result.url, config, reserved) : `"${name}" is "${written}": ${result.problem}`
      return problem ? { value: undefined, finding: { severity: 'error', code: 'settings-url', message: problem } } : undefined
    },
    resolve(written, { name, settings, reserved }) {
      // handbook.yml's values were checked at their line: what fails here came from handbook.config.ts.
      const result = sitePathSetting(name, written, example, reserved)
      if (!result.ok) throw new SettingsError(`${name}: "${written}" in handbook.config.ts: ${result.problem}`)
      const problem = apart?.(result.url, settings, reserved)
      if (problem) throw new SettingsError(problem)
      return result.url
    },
  })
}
