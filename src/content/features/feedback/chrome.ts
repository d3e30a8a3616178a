/** The feedback setting as the chrome carries it to every page: the link template (with the repository's content folder, for `{source}`) or the endpoint. */
import type { HandbookSettings } from '../../settings'
import type { FeedbackChrome } from '../../../shared/feedback'

export function feedbackChrome(settings: Pick<HandbookSettings, 'feedback' | 'repository'>): FeedbackChrome | undefined {
  const { feedback } = settings
  if (feedback?.endpoint) return { kind: 'endpoint', endpoint: feedback.endpoint }
  if (feedback?.url) return { kind: 'url', template: feedback.url, contentPath: settings.repository.contentPath }
  return undefined
}
