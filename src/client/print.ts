/**
 * Printing opens every closed <details> (Firefox and Safari print them
 * closed; Chromium's print stylesheet rule shows their content already) and
 * closes them again after, as the reader left them.
 */
let opened: HTMLDetailsElement[] = []

/** Once per browser session: the print listeners, delegated to the window. */
export function installPrintDetails(): void {
  window.addEventListener('beforeprint', () => {
    opened = [...document.querySelectorAll<HTMLDetailsElement>('details:not([open])')]
    for (const details of opened) details.open = true
  })
  window.addEventListener('afterprint', () => {
    for (const details of opened) details.open = false
    opened = []
  })
}
