/** "Was this page helpful?" at the end of every page: a link readers follow (`url`) or a widget that posts their answer to the company's endpoint (`endpoint`). Off by default. */
import { z } from 'zod'
import { SettingsError } from '../../setting-kinds/error'
import { setting } from '../../setting-kinds/kinds'
import { urlProblem } from '../../../shared/url-safety'
import { FEEDBACK_PLACEHOLDERS } from '../../../shared/feedback'

const URL_EXAMPLE = '{ url: "https://github.com/acme/handbook/issues/new?title=Feedback%20on%20{title}&body={url}" }'
const ENDPOINT_EXAMPLE = '{ endpoint: "https://feedback.acme.com/handbook" }'
const EXAMPLE = `${ENDPOINT_EXAMPLE} or feedback: ${URL_EXAMPLE}`

/** What is wrong with the template's URL, the placeholders aside; undefined when a page may link to it. */
function templateProblem(template: string): string | undefined {
  const unknown = [...template.matchAll(/\{([^{}]*)\}/g)].map((match) => match[1]!).filter((name) => !(FEEDBACK_PLACEHOLDERS as readonly string[]).includes(name))
  if (unknown.length) return `url has {${unknown[0]}}, which is no placeholder, so a reader would get it as written: use {url} (the page's address), {title} or {source} (its file in the repository)`
  const problem = urlProblem(template.replace(/\{[^{}]*\}/g, 'x'), 'link')
  return problem ? `url "${template}" ${problem}` : undefined
}

/** Readers' answers go to the endpoint from their browsers: only over https (http for a server on the author's own machine). */
function endpointProblem(endpoint: string): string | undefined {
  const problem = urlProblem(endpoint, 'web')
  if (problem) return `endpoint "${endpoint}" ${problem}`
  if (/^https:/i.test(endpoint.trim()) || /^http:\/\/(?:localhost|127\.0\.0\.1|\[::1\])(?:[:/?#]|$)/i.test(endpoint.trim())) return undefined
  return `endpoint "${endpoint}" is not https, so readers' answers would cross the network unencrypted: write https://… (http:// only for http://localhost while testing)`
}

/** What is wrong with the setting, completing `"feedback" …`; undefined when it may be used. */
export function feedbackProblem(value: { url?: string | undefined; endpoint?: string | undefined }): string | undefined {
  if (value.url !== undefined && value.endpoint !== undefined)
    return `sets both url and endpoint, but a page shows one or the other: keep url for a link readers follow (a new issue, a form) or endpoint for a Yes/No widget that posts to it, e.g. feedback: ${ENDPOINT_EXAMPLE}`
  if (value.url === undefined && value.endpoint === undefined) return `sets neither url nor endpoint: write feedback: ${EXAMPLE}, or leave it out for no feedback`
  return value.url !== undefined ? templateProblem(value.url) : endpointProblem(value.endpoint!)
}

const feedbackGroup = z.object({ url: z.string().trim().min(1).optional(), endpoint: z.string().trim().min(1).optional() }).strict()

/** handbook.yml's message for a value of the wrong form: a field that is none, or what feedbackProblem says. */
function wrongForm(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined
  const extra = Object.keys(value).find((key) => key !== 'url' && key !== 'endpoint')
  if (extra) return `"feedback": "${extra}" is not a field of feedback, which has url or endpoint. Write e.g. feedback: ${EXAMPLE}`
  const parsed = feedbackGroup.safeParse(value)
  const problem = parsed.success ? feedbackProblem(parsed.data) : undefined
  return problem ? `"feedback" ${problem}` : undefined
}

/** One setting, not a group of fields set one by one: url and endpoint are judged together (both set is an error). */
const feedback = setting(
  feedbackGroup.superRefine((value, context) => {
    const problem = feedbackProblem(value)
    // At the line of the field that is wrong, when one is.
    const at = value.url !== undefined && value.endpoint !== undefined ? [] : value.url !== undefined ? ['url'] : value.endpoint !== undefined ? ['endpoint'] : []
    if (problem) context.addIssue({ code: z.ZodIssueCode.custom, message: problem, path: at })
  }),
  {
    expected: 'a group with url (a link with {url}, {title}, {source}) or endpoint (an https URL the widget posts to)',
    example: EXAMPLE,
    wrongForm,
    resolve(value) {
      const problem = feedbackProblem(value)
      if (problem) throw new SettingsError(`feedback in handbook.config.ts ${problem}`)
      return { ...(value.url !== undefined ? { url: value.url.trim() } : {}), ...(value.endpoint !== undefined ? { endpoint: value.endpoint.trim() } : {}) }
    },
  },
)

export const feedbackSettings = z.object({
  /**
   * "Was this page helpful?" at the end of every page: `{ url }`, a link whose `{url}`, `{title}` and `{source}` are the page's
   * full address, title and file in the repository (URL-encoded), or `{ endpoint }`, an https URL the widget posts
   * `{"page","helpful","comment"}` to (it must allow CORS). Off when unset; a page's `feedback: false` turns it off there.
   */
  feedback: feedback.optional(),
})
