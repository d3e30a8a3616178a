/**
 * `handbook.yml`, the settings a content folder carries: read with the place
 * of every key and value, each field checked against its schema (fields.ts).
 * A value of the wrong form is an error at `handbook.yml:line:col` with the
 * line to write instead, and is left out (the other settings still apply); an
 * unknown key is a warning with "Did you mean". Reading the file and looking
 * for the files it names happen in the caller: this takes their results.
 */
import { nearestName } from '../nearest-name'
import { error, warning, type Diagnostic } from '../diagnostics'
import { readYamlMap, type YamlEntry } from '../people/yaml'
import { describeValue } from '../frontmatter/messages'
import type { HandbookConfig } from './resolve'
import { parseColour, COLOUR_FORMS } from '../brand/colour'
import { deriveAccent, MIN_CONTRAST } from '../brand/accent'
import { FILE_FIELDS, MAINTAINER_ONLY, NOT_IN_FILE, SETTINGS_FIELDS } from './kinds'
import { IMAGE_EXTENSIONS } from '../publish/passive-files'
import { extensionOf } from '../url'
import { urlProblem } from '../../shared/url-safety'
import { sameSitePathsProblem, sitePathSetting, SITE_PATH_SETTINGS } from './site-path-setting'

/** Its name in the content folder. */
export const SETTINGS_FILE = 'handbook.yml'

/** Other generators' names for our fields, for "Did you mean". */
const ALIASES: Readonly<Record<string, string>> = {
  baseURL: 'siteUrl',
  baseUrl: 'siteUrl',
  url: 'siteUrl',
  languageCode: 'lang',
  language: 'lang',
  color: 'accentColor',
  colour: 'accentColor',
  accentColour: 'accentColor',
  primaryColor: 'accentColor',
  links: 'headerLinks',
  nav: 'headerLinks',
  ogImage: 'socialImage',
  image: 'socialImage',
  icon: 'favicon',
}

function unknownKeyMessage(key: string): string {
  if (NOT_IN_FILE[key]) return `"${key}" cannot be set in ${SETTINGS_FILE}, so it is ignored: ${NOT_IN_FILE[key]}`
  const known = Object.keys(SETTINGS_FIELDS)
  const near = ALIASES[key] ?? nearestName(key, known, { ignoreCase: true })
  return `"${key}" is not a setting, so it is ignored.${near ? ` Did you mean ${near}?` : ''} ${SETTINGS_FILE} may set ${known.join(', ')}`
}

/** The place of a zod issue: the list item or group field it names, else the value. */
function placeOfIssue(entry: YamlEntry, path: readonly (string | number)[]) {
  return entry.placeOf(path)
}

/** A content-folder path as written (`/images/logo.svg`, `./logo.svg`): relative, forward slashes. */
export function contentPath(written: string): string {
  return written.trim().replace(/\\/g, '/').replace(/^(?:\.\/|\/)+/, '')
}

/** What is wrong with a field's value and the line to write; for a part of a list or group, which part. */
function typeMessage(key: string, value: unknown, path: readonly (string | number)[]): string {
  const spec = SETTINGS_FIELDS[key]!
  if (key === 'headerLinks' && typeof path[0] === 'number' && path.length === 2 && Array.isArray(value)) {
    const link = value[path[0]] as Record<string, unknown>
    const part = String(path[1])
    const which = `link ${path[0] + 1} of "headerLinks"`
    if (part === 'href' && typeof link[part] === 'string' && link[part] !== '') {
      const problem = urlProblem(String(link[part]), 'link')
      if (problem && !problem.startsWith('is neither')) return `${which}: href "${String(link[part])}" ${problem}`
      return `${which}: href "${String(link[part])}" is neither a site path nor a full URL. Write href: /${String(link[part]).replace(/^\.?\/*/, '')} for a page of the site or href: https://… for another site`
    }
    if (part === 'label' || part === 'href') return `${which} has no ${part}: ${part === 'label' ? 'write label: Careers' : 'write href: https://acme.com/careers'}`
    return `${which}: "${part}" is not a field of a link, which has a label and an href. Write e.g. ${spec.example}`
  }
  const part = path.length > 0 ? ` (${path.map((p) => (typeof p === 'number' ? `item ${p + 1}` : `"${p}"`)).join(', ')} is not)` : ''
  return `"${key}" must be ${spec.expected}, but it is ${describeValue(value)}${part}. Write e.g. ${spec.example}`
}

export interface ReadSettings {
  config: HandbookConfig
  diagnostics: Diagnostic[]
}

/**
 * `exists(path)`: whether the content folder holds a file at that relative path.
 */
export function readSettingsFile(text: string, exists: (file: string) => boolean): ReadSettings {
  const diagnostics: Diagnostic[] = []
  const config: Record<string, unknown> = {}
  const map = readYamlMap(SETTINGS_FILE, text, diagnostics, 'lines of "setting: value", e.g. title: Acme Handbook')
  const seen = new Set<string>()
  for (const entry of map?.entries ?? []) {
    const { key, value, keyPlace } = entry
    const spec = SETTINGS_FIELDS[key]
    if (!spec && MAINTAINER_ONLY.has(key)) {
      diagnostics.push(error('settings-maintainer-only', SETTINGS_FILE, unknownKeyMessage(key), keyPlace.line, keyPlace.column))
      continue
    }
    if (!spec) {
      diagnostics.push(warning('settings-unknown-field', SETTINGS_FILE, unknownKeyMessage(key), keyPlace.line, keyPlace.column))
      continue
    }
    if (seen.has(key)) {
      diagnostics.push(error('settings-duplicate', SETTINGS_FILE, `"${key}" is set twice. Keep one of the two`, keyPlace.line, keyPlace.column))
      continue
    }
    seen.add(key)
    if (value === null || value === undefined) continue
    const result = spec.schema.safeParse(value)
    if (!result.success) {
      const issue = result.error.issues[0]!
      const place = placeOfIssue(entry, issue.path)
      diagnostics.push(error('settings-type', SETTINGS_FILE, typeMessage(key, value, issue.path), place.line, place.column))
      continue
    }
    config[key] = result.data
  }
  checkFiles(config, map?.entries ?? [], exists, diagnostics)
  checkUrls(config, map?.entries ?? [], diagnostics)
  checkAccent(config, map?.entries ?? [], diagnostics)
  return { config: config as HandbookConfig, diagnostics }
}

function placeOf(entries: readonly YamlEntry[], key: string) {
  const entry = entries.find((candidate) => candidate.key === key)!
  return entry.placeOf([])
}

function checkFiles(config: Record<string, unknown>, entries: readonly YamlEntry[], exists: (file: string) => boolean, diagnostics: Diagnostic[]): void {
  for (const key of FILE_FIELDS) {
    const written = config[key]
    if (typeof written !== 'string') continue
    if (key === 'socialImage' && /^\s*[a-z][a-z0-9+.-]*:|^\s*[\\/]{2}/i.test(written)) {
      const problem = urlProblem(written, 'web')
      if (problem) {
        const place = placeOf(entries, key)
        diagnostics.push(error('settings-url', SETTINGS_FILE, `"socialImage" is "${written}", which ${problem}, or the path of a file in the content folder: ${SETTINGS_FIELDS[key]!.example}`, place.line, place.column))
        delete config[key]
      }
      continue
    }
    const file = contentPath(written)
    if (file.split('/').includes('..') || !exists(file)) {
      const place = placeOf(entries, key)
      diagnostics.push(
        error('settings-file-missing', SETTINGS_FILE, `"${key}": there is no file ${written} in the content folder. Paths are relative to the folder that holds ${SETTINGS_FILE}, e.g. ${SETTINGS_FIELDS[key]!.example}`, place.line, place.column),
      )
      delete config[key]
    } else if (!IMAGE_EXTENSIONS.has(extensionOf(file))) {
      const place = placeOf(entries, key)
      const types = [...IMAGE_EXTENSIONS].map((ext) => `.${ext}`).join(', ')
      diagnostics.push(error('settings-file-type', SETTINGS_FILE, `"${key}": ${written} is not an image, so it is not used or published: name a ${types} file, e.g. ${SETTINGS_FIELDS[key]!.example}`, place.line, place.column))
      delete config[key]
    } else config[key] = file
  }
}

/** URLs that become addresses of the site (peopleUrl, teamsUrl) or links on every page (repository.url): errors at their place, and left out. */
function checkUrls(config: Record<string, unknown>, entries: readonly YamlEntry[], diagnostics: Diagnostic[]): void {
  for (const key of SITE_PATH_SETTINGS) {
    const written = config[key]
    if (typeof written !== 'string') continue
    const result = sitePathSetting(key, written)
    if (result.ok) continue
    const place = placeOf(entries, key)
    diagnostics.push(error('settings-url', SETTINGS_FILE, `"${key}" is "${written}": ${result.problem}`, place.line, place.column))
    delete config[key]
  }
  if (typeof config.peopleUrl === 'string' && typeof config.teamsUrl === 'string') {
    const people = sitePathSetting('peopleUrl', config.peopleUrl)
    const teams = sitePathSetting('teamsUrl', config.teamsUrl)
    const same = people.ok && teams.ok ? sameSitePathsProblem(people.url, teams.url) : undefined
    if (same) {
      const place = placeOf(entries, 'teamsUrl')
      diagnostics.push(error('settings-url', SETTINGS_FILE, same, place.line, place.column))
      delete config.teamsUrl
    }
  }
  const repository = config.repository as { url?: string } | undefined
  if (repository?.url) {
    const problem = urlProblem(repository.url, 'web')
    if (problem) {
      const place = entries.find((entry) => entry.key === 'repository')!.placeOf(['url'])
      diagnostics.push(
        error('settings-url', SETTINGS_FILE, `"repository" url "${repository.url}" ${problem.replace('a full URL starting with https://', 'the web address of the repository, e.g. url: "https://github.com/acme/handbook"')}`, place.line, place.column),
      )
      delete repository.url
    }
  }
}

/** A colour that is no colour is an error; one too light (or dark) for text is used shaded, with a warning that says how. */
function checkAccent(config: Record<string, unknown>, entries: readonly YamlEntry[], diagnostics: Diagnostic[]): void {
  const written = config.accentColor
  if (typeof written !== 'string') return
  const place = placeOf(entries, 'accentColor')
  const colour = parseColour(written)
  if (!colour) {
    diagnostics.push(error('settings-colour', SETTINGS_FILE, `"accentColor" is "${written}", which is not a colour we can read. Write it as ${COLOUR_FORMS}, in quotes: accentColor: "#0a58ca"`, place.line, place.column))
    delete config.accentColor
    return
  }
  const message = accentAdjustment(written, colour)
  if (message) diagnostics.push(warning('settings-contrast', SETTINGS_FILE, message, place.line, place.column))
}

/** What the editor is told when the light theme cannot use the colour as given; undefined when it can. */
export function accentAdjustment(written: string, colour = parseColour(written)): string | undefined {
  if (!colour) return undefined
  const { light, dark } = deriveAccent(colour)
  if (!light.changed) return undefined
  return (
    `"accentColor" ${written.trim()} is too light for text on a light background (links need ${MIN_CONTRAST}:1): ` +
    `the light theme uses ${light.accent} instead, ${light.ratio}:1, and the dark theme ${dark.accent}, ${dark.ratio}:1. ` +
    `Write accentColor: "${light.accent}" to choose the shade yourself`
  )
}
