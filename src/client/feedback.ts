/**
 * "Was this page helpful?" posting to the site's endpoint (src/components/PageFeedback.tsx):
 * Yes or No, then an optional comment, Send or Skip; exactly one POST of
 * `{"page","helpful","comment"}` as JSON, without cookies (`credentials: 'omit'`),
 * then the thanks in the live region. A chunk of its own: only pages with the widget load it.
 */
import { text as messageText } from './messages'

interface FeedbackBody {
  page: string
  helpful: boolean
  comment: string
}

function start(root: HTMLElement): void {
  const endpoint = root.dataset.feedbackEndpoint
  const page = root.dataset.feedbackPage
  const form = root.querySelector<HTMLFormElement>('[data-feedback-form]')
  const more = root.querySelector<HTMLElement>('[data-feedback-more]')
  const status = root.querySelector<HTMLElement>('[data-feedback-status]')
  const comment = root.querySelector<HTMLTextAreaElement>('textarea')
  if (!endpoint || page === undefined || !form || !more || !status || !comment) return
  let helpful: boolean | undefined
  let sent = false

  const send = (text: string) => {
    if (sent || helpful === undefined) return
    sent = true
    const body: FeedbackBody = { page, helpful, comment: text }
    form.hidden = true
    status.textContent = messageText('feedbackSending')
    fetch(endpoint, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body), credentials: 'omit', mode: 'cors' }).then(
      (response) => {
        status.textContent = response.ok ? messageText('feedbackThanks') : messageText('feedbackFailed')
      },
      () => {
        status.textContent = messageText('feedbackFailed')
      },
    )
  }

  root.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target : null
    const answer = target?.closest<HTMLElement>('[data-feedback-answer]')
    if (answer) {
      helpful = answer.dataset.feedbackAnswer === 'yes'
      for (const button of root.querySelectorAll<HTMLElement>('[data-feedback-answer]')) button.setAttribute('aria-pressed', String(button === answer))
      more.hidden = false
      comment.focus()
      return
    }
    if (target?.closest('[data-feedback-skip]')) send('')
  })
  form.addEventListener('submit', (event) => {
    event.preventDefault()
    send(comment.value.trim())
  })
  root.hidden = false
}

/** Shows each widget and makes it work. */
export function startFeedback(roots: readonly HTMLElement[]): void {
  for (const root of roots) start(root)
}
