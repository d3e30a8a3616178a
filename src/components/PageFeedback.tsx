import type { FeedbackView } from '../shared/feedback'
import { safeHref } from '../shared/url-safety'

/**
 * "Was this page helpful?" at the end of a page (src/shared/feedback.ts). A link works without
 * JavaScript; the widget posts to the endpoint, so it stays hidden until src/client/feedback.ts
 * runs it: Yes or No, then an optional comment, Send or Skip, and the thanks in a live region.
 */
export function PageFeedback({ feedback }: { feedback: FeedbackView | undefined }) {
  if (!feedback) return null
  if (feedback.kind === 'url') {
    const href = safeHref(feedback.href)
    if (!href) return null
    return (
      <section className="page-feedback page-feedback-link" aria-label="Page feedback">
        <p>
          Was this page helpful? <a href={href}>Give feedback on this page</a>
        </p>
      </section>
    )
  }
  return (
    <section className="page-feedback" aria-label="Page feedback" data-feedback-endpoint={feedback.endpoint} data-feedback-page={feedback.page} hidden>
      <form className="page-feedback-form" data-feedback-form>
        <fieldset className="page-feedback-question">
          <legend>Was this page helpful?</legend>
          <div className="page-feedback-answers">
            <button type="button" className="page-feedback-button" data-feedback-answer="yes" aria-pressed="false">
              Yes
            </button>
            <button type="button" className="page-feedback-button" data-feedback-answer="no" aria-pressed="false">
              No
            </button>
          </div>
        </fieldset>
        <div className="page-feedback-more" data-feedback-more hidden>
          <label htmlFor="page-feedback-comment">What could be better? (optional)</label>
          <textarea id="page-feedback-comment" name="comment" rows={3} maxLength={2000} />
          <div className="page-feedback-answers">
            <button type="submit" className="page-feedback-button page-feedback-send">
              Send
            </button>
            <button type="button" className="page-feedback-button" data-feedback-skip>
              Skip
            </button>
          </div>
        </div>
      </form>
      <p className="page-feedback-status" role="status" data-feedback-status />
    </section>
  )
}
