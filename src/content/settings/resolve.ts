/**
 * The settings a build uses: each field of the schema (schema.ts) from its
 * HANDBOOK_* variable, else the content folder's handbook.yml, else
 * handbook.config.ts at the project root, else its default; then tidied and
 * checked by its own rule (kinds.ts), so CI and tests can build any folder
 * without editing code. A value that cannot be used is a SettingsError
 * that says what to write instead.
 */
import { siteAddresses } from '../features'
import type { z } from 'zod'
import { SettingsError } from '../setting-kinds/error'
import { defaultOf, groupOf, specOf } from '../setting-kinds/kinds'
import { settingsSchema, type HandbookConfig, type HandbookSettings } from './schema'
import { calendarDateOf, DATE_FORM, isCalendarDate } from '../common/calendar'

export { SettingsError }

type Env = Record<string, string | undefined>

/** Identity function that gives `handbook.config.ts` its types. */
export function defineConfig(config: HandbookConfig): HandbookConfig {
  return config
}

/** The object without its undefined values, so `{ siteUrl: undefined }` keeps the default when spread over it. */
function withoutUndefined(values: unknown): Record<string, unknown> {
  return Object.fromEntries(Object.entries(values ?? {}).filter(([, value]) => value !== undefined))
}

/**
 * The content folder's handbook.yml over handbook.config.ts: a field the file
 * sets wins, a group (`repository`) field by field. Environment variables then
 * win over both (resolveSettings).
 */
export function mergeConfigs(config: HandbookConfig, fromContent: HandbookConfig): HandbookConfig {
  const merged = { ...withoutUndefined(config), ...withoutUndefined(fromContent) }
  for (const [key, field] of Object.entries(settingsSchema.shape)) {
    if (groupOf(field)) merged[key] = { ...withoutUndefined(config[key as keyof HandbookConfig]), ...withoutUndefined(fromContent[key as keyof HandbookConfig]) }
  }
  return merged as HandbookConfig
}

/** HANDBOOK_TODAY when set (tests and fixtures never turn stale as the calendar moves), else the clock's date. */
export function todayFrom(env: Env, clock: Date): string {
  const written = env.HANDBOOK_TODAY?.trim()
  if (!written) return calendarDateOf(clock)
  if (!isCalendarDate(written)) throw new SettingsError(`HANDBOOK_TODAY=${written} is not a date: write it ${DATE_FORM}, e.g. HANDBOOK_TODAY=2026-05-01, or leave it unset to use today's date`)
  return written
}

interface Sources {
  env: Env
  cwd: string
  /** The settings resolved so far, which a field's rule may compare its value with. */
  settings: Record<string, unknown>
  /** The site's own URLs, which no path setting may take: gathered once per resolve. */
  reserved: ReadonlyMap<string, string>
}

/** One field: its variable (an empty one is unset), else the config's value, else its default; then its rule. */
function resolveField(field: z.ZodTypeAny, name: string, written: unknown, sources: Sources): unknown {
  const spec = specOf(field)
  const fromEnv = spec.env === undefined || sources.env[spec.env] === '' ? undefined : sources.env[spec.env]
  const value = fromEnv !== undefined ? (spec.fromEnv ? spec.fromEnv(fromEnv) : fromEnv) : written !== undefined ? written : defaultOf(field)
  if (value === undefined || !spec.resolve) return value
  return spec.resolve(value, { name, cwd: sources.cwd, settings: sources.settings, reserved: sources.reserved, ...(fromEnv !== undefined ? { variable: spec.env } : {}) })
}

/** The fields of `shape` in their order into `into`; a group's fields one by one, named `repository.url`. */
function resolveFields(shape: z.ZodRawShape, written: Record<string, unknown>, prefix: string, sources: Sources, into: Record<string, unknown>): Record<string, unknown> {
  for (const [key, field] of Object.entries(shape)) {
    const group = groupOf(field)
    const value = group ? resolveFields(group.shape, withoutUndefined(written[key]), `${prefix}${key}.`, sources, {}) : resolveField(field, `${prefix}${key}`, written[key], sources)
    if (value !== undefined) into[key] = value
  }
  return into
}

/** Applies defaults, then environment overrides (HANDBOOK_*), to a config; throws a SettingsError for a value that cannot be used. */
export function resolveSettings(config: HandbookConfig, env: Env, cwd: string, clock: Date = new Date()): HandbookSettings {
  const settings: Record<string, unknown> = {}
  resolveFields(settingsSchema.shape, withoutUndefined(config), '', { env, cwd, settings, reserved: siteAddresses().reserved }, settings)
  return { ...settings, today: todayFrom(env, clock) } as HandbookSettings
}
