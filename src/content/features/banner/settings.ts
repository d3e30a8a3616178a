/** The announcement banner above the header of every page ("Benefits enrolment closes Friday"), until its end date. */
import { z } from 'zod'
import { SettingsError } from '../../setting-kinds/error'
import { setting } from '../../setting-kinds/kinds'
import { DATE_FORM, isCalendarDate } from '../../common/calendar'

const EXAMPLE = '{ id: enrolment-2026, text: "Benefits enrolment closes **Friday**: [enrol](/handbook/benefits)", until: 2026-11-30 }'

/** Readers' browsers remember a dismissed banner by its id, and the head's CSS names it: letters, digits, - and _ only. */
const BANNER_ID = /^[A-Za-z0-9][A-Za-z0-9_-]*$/

const bannerGroup = z
  .object({
    id: z.string().trim().min(1).optional(),
    text: z.string().trim().min(1).optional(),
    until: z.string().trim().optional(),
  })
  .strict()

/** What is wrong with the banner, completing `"banner" …`; undefined when it may be shown. */
export function bannerProblem(value: z.output<typeof bannerGroup>): string | undefined {
  if (value.text === undefined) return `has no text: write the announcement in Markdown, e.g. banner: ${EXAMPLE}`
  if (value.id === undefined) return `has no id: readers' browsers remember a dismissed banner by it, and a new id shows again. Write e.g. banner: ${EXAMPLE}`
  if (!BANNER_ID.test(value.id))
    return `id "${value.id}" may hold only letters, digits, - and _ (readers' browsers remember a dismissed banner by it): write e.g. id: ${value.id.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^[-_]+|-+$/g, '') || 'enrolment-2026'}`
  if (value.until !== undefined && !isCalendarDate(value.until)) return `until "${value.until}" is not a date: write it ${DATE_FORM}, e.g. until: 2026-11-30 (the banner is shown through that day)`
  return undefined
}

/** handbook.yml's message for a value of the wrong form: a field that is none, or what bannerProblem says. */
function wrongForm(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined
  const extra = Object.keys(value).find((key) => !['id', 'text', 'until'].includes(key))
  if (extra) return `"banner": "${extra}" is not a field of banner, which has id, text and until. Write e.g. banner: ${EXAMPLE}`
  const parsed = bannerGroup.safeParse(value)
  const problem = parsed.success ? bannerProblem(parsed.data) : undefined
  return problem ? `"banner" ${problem}` : undefined
}

/** One setting, not a group set field by field: a banner's id, text and end date go together. */
const banner = setting(
  bannerGroup
    .superRefine((value, context) => {
      const problem = bannerProblem(value)
      // At the line of the field that is wrong, when it is written.
      const at = ['id', 'until'].find((field) => problem?.startsWith(`${field} `)) ?? []
      if (problem) context.addIssue({ code: z.ZodIssueCode.custom, message: problem, path: typeof at === 'string' ? [at] : at })
    })
    // Checked above: a banner has its id and text.
    .transform((value) => ({ id: value.id!, text: value.text!, ...(value.until !== undefined ? { until: value.until } : {}) })),
  {
    expected: 'a group of id, text and until (YYYY-MM-DD, optional)',
    example: EXAMPLE,
    wrongForm,
    resolve(value) {
      const problem = bannerProblem(value as z.output<typeof bannerGroup>)
      if (problem) throw new SettingsError(`banner in handbook.config.ts ${problem}`)
      return { id: value.id!.trim(), text: value.text!.trim(), ...(value.until !== undefined ? { until: value.until.trim() } : {}) }
    },
  },
)

export const bannerSettings = z.object({
  /**
   * An announcement above the header of every page: `{ id, text, until? }`. `text` is Markdown, sanitized like the footer;
   * `until` (YYYY-MM-DD) is the last day it is shown, judged when the site is built. Readers may dismiss it; their browser
   * remembers the `id`, so a new id shows again.
   */
  banner: banner.optional(),
})
