import type { FeedbackView } from '../shared/feedback'
import { safeHref } from '../shared/url-safety'
import { useMessages } from './messages'

/**
 * "Was this page helpful?" at the end of a page (src/shared/feedback.ts). A link works without
 * JavaScript; the widget posts to the endpoint, so it stays hidden until src/client/feedback.ts
 * runs it: Yes or No, then an optional comment, Send or Skip, and the thanks in a live region.
 */
export function PageFeedback({ feedback }: { feedback: FeedbackView | undefined }) {
  const messages = useMessages()
  if (!feedback) return null
  if (feedback.kind === 'url') {
    const href = safeHref(feedback.href)
    if (!href) return null
    return (
      <section className="page-feedback page-feedback-link" aria-label={messages.text('pageFeedback')}>
        <p>
          {messages.text('wasThisHelpful')} <a href={href}>{messages.text('giveFeedback')}</a>
        </p>
      </section>
    )
  }
  return (
    <section className="page-feedback" aria-label={messages.text('pageFeedback')} data-feedback-endpoint={feedback.endpoint} data-feedback-page={feedback.page} hidden>
      <form className="page-feedback-form" data-feedback-form>
        <fieldset className="page-feedback-question">
          <legend>{messages.text('wasThisHelpful')}</legend>
          <div className="page-feedback-answers">
            <button type="button" className="page-feedback-button" data-feedback-answer="yes" aria-pressed="false">
              {messages.text('yes')}
            </button>
            <button type="button" className="page-feedback-button" data-feedback-answer="no" aria-pressed="false">
              {messages.text('no')}
            </button>
          </div>
        </fieldset>
        <div className="page-feedback-more" data-feedback-more hidden>
          <label htmlFor="page-feedback-comment">{messages.text('feedbackComment')}</label>
          <textarea id="page-feedback-comment" name="comment" rows={3} maxLength={2000} />
          <div className="page-feedback-answers">
            <button type="submit" className="page-feedback-button page-feedback-send">
              {messages.text('send')}
            </button>
            <button type="button" className="page-feedback-button" data-feedback-skip>
              {messages.text('skip')}
            </button>
          </div>
        </div>
      </form>
      <p className="page-feedback-status" role="status" data-feedback-status />
    </section>
  )
}
