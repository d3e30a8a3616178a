/**
 * "Copy as Markdown": copies the page's Markdown copy (`<page URL>.md`) to
 * the clipboard. Part of the first script, not a chunk: the clipboard write
 * must start inside the click (Safari drops the permission after an await),
 * so the ClipboardItem is built at once from the fetch's promise. Where a
 * ClipboardItem cannot take a promise, the text is written after the fetch.
 */
import type { ClientKey } from '../shared/i18n/client-messages'

const BUTTON = '[data-copy-markdown]'
const STATUS = '[data-copy-markdown-status]'

/**
 * Says how the copy went, in the page's language. The messages' reader is
 * imported when the copy is done, not with the first script: the chunks use
 * it too, so a static import here would make it a chunk of its own that
 * every page loads at once.
 */
async function announceCopy(button: HTMLElement, key: ClientKey): Promise<void> {
  const status = button.parentElement?.querySelector<HTMLElement>(STATUS)
  if (!status) return
  const message = (await import('./messages')).text(key)
  status.textContent = message
  window.setTimeout(() => {
    if (status.textContent === message) status.textContent = ''
  }, 4000)
}

async function copy(url: string): Promise<void> {
  const text = fetch(url).then((response) => (response.ok ? response.text() : Promise.reject(new Error(`${response.status}`))))
  if (typeof ClipboardItem !== 'undefined' && navigator.clipboard.write) {
    try {
      await navigator.clipboard.write([new ClipboardItem({ 'text/plain': text.then((value) => new Blob([value], { type: 'text/plain' })) })])
      return
    } catch {
      // Older engines reject a promise as the item's value: fall back to plain text.
    }
  }
  await navigator.clipboard.writeText(await text)
}

export function installCopyMarkdown(): void {
  document.addEventListener('click', (event) => {
    const button = event.target instanceof Element ? event.target.closest<HTMLElement>(BUTTON) : null
    const url = button?.dataset.copyMarkdown
    if (!button || !url) return
    copy(url).then(
      () => void announceCopy(button, 'copied'),
      () => void announceCopy(button, 'copyFailed'),
    )
  })
}

/** The button is there only where it can work: with JavaScript and a clipboard (secure pages). */
export function showCopyMarkdown(): void {
  if (!navigator.clipboard) return
  for (const button of document.querySelectorAll<HTMLElement>(BUTTON)) button.hidden = false
}
