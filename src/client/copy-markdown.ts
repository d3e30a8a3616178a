/**
 * "Copy as Markdown": copies the page's Markdown copy (`<page URL>.md`) to
 * the clipboard. Part of the first script, not a chunk: the clipboard write
 * must start inside the click (Safari drops the permission after an await),
 * so the ClipboardItem is built at once from the fetch's promise. Where a
 * ClipboardItem cannot take a promise, the text is written after the fetch.
 */
import { text } from './messages'
const BUTTON = '[data-copy-markdown]'
const STATUS = '[data-copy-markdown-status]'

function announce(button: HTMLElement, message: string): void {
  const status = button.parentElement?.querySelector<HTMLElement>(STATUS)
  if (!status) return
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
      () => announce(button, text('copied')),
      () => announce(button, text('copyFailed')),
    )
  })
}

/** The button is there only where it can work: with JavaScript and a clipboard (secure pages). */
export function showCopyMarkdown(): void {
  if (!navigator.clipboard) return
  for (const button of document.querySelectorAll<HTMLElement>(BUTTON)) button.hidden = false
}
