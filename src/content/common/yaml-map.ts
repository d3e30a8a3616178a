/**
 * A YAML data file whose top level maps keys to entries (people.yml,
 * teams.yml, a folder's defaults, handbook.yml), with the place of
 * everything in it, so that a mistake is reported at its `file:line:col`.
 * A syntax error is reported once, at its line, with the usual fix
 * (yaml.ts), and the file is then left out.
 */
import { isMap, isScalar, type Node as YamlNode, type Pair, type YAMLMap } from 'yaml'
import { error, type Diagnostic } from './diagnostics'
import { readYamlData, VALUE_QUOTING_HINT, type Place } from './yaml'

export interface YamlEntry {
  /** The key as written. */
  key: string
  keyPlace: Place
  /** The value as plain data. */
  value: unknown
  /** Where a part of the value is: `placeOf(['teams', 1])`; the key's place when the part is not found. */
  placeOf(path: readonly (string | number)[]): Place
  /** Where the key of a field of the value (a map) is: the line an editor fixes for a field that is wrong as a whole. */
  fieldPlace(field: string): Place
}

export interface YamlMapFile {
  file: string
  /** The top-level map's entries, in order (duplicates included: the caller reports them). */
  entries: YamlEntry[]
  /** The place of the top of the file. */
  top: Place
}

function keyText(pair: Pair): string {
  return isScalar(pair.key) ? String(pair.key.value) : String(pair.key)
}

type PlaceAt = (offset: number) => Place

/** The top-level map of a file and how to place its offsets; undefined, with the problem reported, when the file is not a map. */
function parseMap(file: string, text: string, diagnostics: Diagnostic[], expected: string): { root?: YAMLMap; placeAt: PlaceAt } | undefined {
  // Duplicate keys are reported by the caller, who knows what they are (a person defined twice).
  const parsed = readYamlData(file, text, diagnostics, { code: 'data-yaml', hint: VALUE_QUOTING_HINT, uniqueKeys: false, columns: true })
  if (!parsed) return undefined
  const { doc, placeAt } = parsed
  if (doc.contents === null || (isScalar(doc.contents) && (doc.contents.value === null || doc.contents.value === ''))) return { placeAt }
  if (!isMap(doc.contents)) {
    diagnostics.push(error('data-shape', file, `this file must be ${expected}`, 1, 1))
    return undefined
  }
  return { root: doc.contents as YAMLMap, placeAt }
}

function entryOf(key: string, keyPlace: Place, value: YamlNode | null, placeAt: PlaceAt): YamlEntry {
  const placeOfNode = (node: YamlNode | null | undefined, fallback: Place): Place => (node?.range ? placeAt(node.range[0]) : fallback)
  const inner = (path: readonly (string | number)[]): YamlNode | undefined => {
    if (!value || path.length === 0) return value ?? undefined
    return ('getIn' in value ? (value as YAMLMap).getIn(path, true) : undefined) as YamlNode | undefined
  }
  return {
    key,
    keyPlace,
    value: value ? (value.toJSON() as unknown) : null,
    placeOf: (path) => placeOfNode(inner(path), placeOfNode(value, keyPlace)),
    fieldPlace(field) {
      const fieldPair = isMap(value) ? value.items.find((item) => keyText(item) === field) : undefined
      return placeOfNode(fieldPair?.key as YamlNode | undefined, keyPlace)
    },
  }
}

const TOP: Place = { line: 1, column: 1 }

/** A file whose top level maps keys to entries (`jane_doe: {name: …}`), entries in order, duplicates included. */
export function readYamlMap(file: string, text: string, diagnostics: Diagnostic[], expected: string): YamlMapFile | undefined {
  const parsed = parseMap(file, text, diagnostics, expected)
  if (!parsed) return undefined
  const entries = (parsed.root?.items ?? []).map((pair) =>
    entryOf(keyText(pair), pair.key && (pair.key as YamlNode).range ? parsed.placeAt((pair.key as YamlNode).range![0]) : TOP, pair.value as YamlNode | null, parsed.placeAt),
  )
  return { file, entries, top: TOP }
}

/** A file that is one entry as a whole (`_people/jane_doe.yml`), keyed by `key`; undefined when it cannot be read or is empty. */
export function readYamlEntry(file: string, key: string, text: string, diagnostics: Diagnostic[], expected: string): YamlEntry | undefined {
  const parsed = parseMap(file, text, diagnostics, expected)
  if (!parsed?.root) return undefined
  return entryOf(key, TOP, parsed.root, parsed.placeAt)
}
