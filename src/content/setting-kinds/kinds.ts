/**
 * What a field of the settings schema says besides its zod type (which is
 * handbook.yml's rule and, with its `.default()`, the setting's type): how
 * handbook.yml's messages name it, the HANDBOOK_* variable that wins over
 * both files, and how the value that won is tidied and checked. Every field
 * is declared with `setting()` or one of the builders below, which carry the
 * rules a kind of setting shares, as frontmatter/kinds.ts does for pages.
 */
import { z } from 'zod'
import { SettingsError } from './error'
import { SETTINGS_FILE } from './file-name'
import { INTERVAL_FORMS, isInterval } from '../common/calendar'
import { IMAGE_EXTENSIONS } from '../publish/passive-files'
import { extensionOf } from '../links/url'

/** A part of a value: `['url']` of a group, `[0, 'href']` of a list of links. */
export type ValuePath = readonly (string | number)[]

/** What a further check of handbook.yml's value tells the editor, at the value (or at the part `at` names). */
export interface FileFinding {
  severity: 'error' | 'warning'
  code: string
  message: string
  at?: ValuePath
}

/** handbook.yml's value once checked further: kept (tidied, or as written), or left out (`value` undefined) with an error. */
export interface FileCheck {
  value: unknown
  finding?: FileFinding
}

export interface FileContext {
  /** The setting's name: `logo`, `repository.url`. */
  name: string
  /** Whether the content folder holds a file at this relative path. */
  exists(file: string): boolean
  /** handbook.yml's settings that passed so far: the fields declared before this one are checked already. */
  config: Readonly<Record<string, unknown>>
  /** The site's own URLs (the core's and the feature wings'), which no path setting may take: URL → what it is. */
  reserved: ReadonlyMap<string, string>
}

export interface ResolveContext {
  /** The setting's name as handbook.config.ts writes it: `changesDays`, `repository.url`. */
  name: string
  /** The environment variable the value came from, when it did. */
  variable?: string
  /** The project folder, that relative paths are resolved against. */
  cwd: string
  /** The settings resolved so far: those declared before this one. */
  settings: Readonly<Record<string, unknown>>
  /** The site's own URLs (the core's and the feature wings'), which no path setting may take: URL → what it is. */
  reserved: ReadonlyMap<string, string>
}

export interface SettingSpec<Value = unknown> {
  /** What handbook.yml's value must be, completing "must be …". */
  expected?: string
  /** A value as handbook.yml writes it: messages say "Write e.g. <name>: <example>". */
  example?: string
  /** Why handbook.yml cannot hold it (handbook.config.ts and the variable can): the message when handbook.yml sets it. */
  notInFile?: string
  /** handbook.yml setting it is an error, not a warning: what it would allow must not pass unnoticed. */
  maintainerOnly?: boolean
  /** handbook.yml's message for a value of the wrong form, when "must be …" would say too little (which link, which part). */
  wrongForm?(value: unknown, path: ValuePath): string | undefined
  /** handbook.yml's value, of the right form, checked further (files, addresses); undefined when it stands as written. */
  checkInFile?(value: Value, context: FileContext): FileCheck | undefined
  /** The HANDBOOK_* variable that wins over handbook.yml and handbook.config.ts (an empty one is unset). */
  env?: string
  /** The variable's text as a value, when the value is not text (JSON). */
  fromEnv?(written: string): unknown
  /** The value that won (variable, handbook.yml, handbook.config.ts or default), tidied; a SettingsError when it cannot be used. A group's rules are its fields'. */
  resolve?(value: Value, context: ResolveContext): Value
}

const specs = new WeakMap<z.ZodTypeAny, SettingSpec>()

/** Marks a field's schema with what the settings say about it; `.default()` or `.optional()` go after. */
export function setting<T extends z.ZodTypeAny>(schema: T, spec: SettingSpec<NonNullable<z.output<T>>>): T {
  specs.set(schema, spec as SettingSpec)
  return schema
}

/** The schema inside `.default()` and `.optional()`: the one `setting()` marked. */
function marked(field: z.ZodTypeAny): z.ZodTypeAny {
  if (field instanceof z.ZodDefault) return marked(field.removeDefault())
  if (field instanceof z.ZodOptional) return marked(field.unwrap())
  return field
}

/** What a field says about itself; a field declared without `setting()` fails here, when the schema is first read. */
export function specOf(field: z.ZodTypeAny): SettingSpec {
  const spec = specs.get(field) ?? specs.get(marked(field))
  if (!spec) throw new Error(`settings: a field of type ${String(field._def.typeName)} is not declared with setting() or a builder of setting-kinds/kinds.ts`)
  return spec
}

/** The group a field is (`repository`: url, branch, contentPath), set field by field; undefined for any other field. */
export function groupOf(field: z.ZodTypeAny): z.AnyZodObject | undefined {
  const schema = marked(field)
  return schema instanceof z.ZodObject ? schema : undefined
}

/**
 * A field's value when nothing sets it (undefined for an optional one; a
 * group's, field by field). Taken as declared, not parsed: `pathPrefix`'s
 * '' (none) is no value handbook.yml may write.
 */
export function defaultOf(field: z.ZodTypeAny): unknown {
  const group = groupOf(field)
  if (group) {
    const values = Object.entries(group.shape).map(([key, part]) => [key, defaultOf(part as z.ZodTypeAny)] as const)
    return Object.fromEntries(values.filter(([, value]) => value !== undefined))
  }
  return field instanceof z.ZodDefault ? (field._def.defaultValue as () => unknown)() : undefined
}

/** Text on one line, trimmed: the form of most settings in handbook.yml. */
export const line = () => z.string().trim().min(1)

/** Text on one line. */
export function text(example: string, more: SettingSpec<string> = {}) {
  return setting(line(), { expected: 'text on one line', example, ...more })
}

/** `true` or `false`. */
export function flag(example: boolean) {
  return setting(z.boolean(), { expected: 'true or false', example: String(example) })
}

/** A whole number above 0 of `unit` (days, commits); `expected` words it for handbook.yml. */
export function count(example: number, unit: string, expected = `a whole number of ${unit} above 0`) {
  return setting(z.number().int().min(1), {
    expected,
    example: String(example),
    resolve(value, { name }) {
      if (!Number.isInteger(value) || value < 1) throw new SettingsError(`${name}: ${String(value)} in handbook.config.ts is not a whole number of ${unit} above 0: write e.g. ${name}: ${example}`)
      return value
    },
  })
}

/** A time between reviews: `6 months`, `1 year`, `2 weeks`. */
export function interval(example: string) {
  return setting(line().refine(isInterval), {
    expected: `a time such as ${INTERVAL_FORMS}`,
    example,
    resolve(value, { name }) {
      if (!isInterval(value)) throw new SettingsError(`${name}: "${value}" in handbook.config.ts is not a time between reviews: write ${INTERVAL_FORMS}, e.g. ${name}: '${example}'`)
      return value.trim()
    },
  })
}

/** A content-folder path as written (`/images/logo.svg`, `./logo.svg`): relative, forward slashes. */
export function contentPath(written: string): string {
  return written
    .trim()
    .replace(/\\/g, '/')
    .replace(/^(?:\.\/|\/)+/, '')
}

/** handbook.yml's image file: one of the content folder (never above it) and an image, else an error and left out. */
export function imageInContent(written: string, { name, exists }: FileContext, example: string): FileCheck {
  const file = contentPath(written)
  if (file.split('/').includes('..') || !exists(file)) {
    const message = `"${name}": there is no file ${written} in the content folder. Paths are relative to the folder that holds ${SETTINGS_FILE}, e.g. ${name}: ${example}`
    return { value: undefined, finding: { severity: 'error', code: 'settings-file-missing', message } }
  }
  if (!IMAGE_EXTENSIONS.has(extensionOf(file))) {
    const types = [...IMAGE_EXTENSIONS].map((ext) => `.${ext}`).join(', ')
    const message = `"${name}": ${written} is not an image, so it is not used or published: name a ${types} file, e.g. ${name}: ${example}`
    return { value: undefined, finding: { severity: 'error', code: 'settings-file-type', message } }
  }
  return { value: file }
}

/** An image of the content folder (`images/logo.svg`), published with the site. */
export function imageFile(example: string) {
  return setting(line(), {
    expected: 'the path of a file in the content folder',
    example,
    checkInFile: (written, context) => imageInContent(written, context, example),
    resolve: contentPath,
  })
}
