/**
 * Glossary terms on touch screens and for the keyboard, loaded only by pages
 * that have one. CSS shows a term's tooltip on hover and focus; a tap would
 * follow the link before showing anything, so the first tap on a term shows
 * its tooltip (and focuses it) and a second one follows the link to the
 * glossary. Escape hides the tooltip of the focused or hovered term without
 * moving focus (WCAG 1.4.13). Without this script a tap opens the entry on
 * /glossary, which reads as well.
 */

const OPEN = 'glossary-term-open'
const DISMISSED = 'glossary-term-dismissed'

let installed = false
/** The kind of pointer of the last press: a click that follows a touch is a tap. */
let lastPointer = ''

const termOf = (target: EventTarget | null): HTMLElement | null => (target instanceof Element ? target.closest<HTMLElement>('.glossary-term') : null)

function closeAll(except?: HTMLElement | null): void {
  for (const open of document.querySelectorAll<HTMLElement>(`.glossary-term.${OPEN}`)) if (open !== except) open.classList.remove(OPEN)
}

/** Document-level listeners, once: they serve every term of every page shown. */
export function startGlossary(): void {
  if (installed) return
  installed = true
  document.addEventListener(
    'pointerdown',
    (event) => {
      lastPointer = event.pointerType
      closeAll(termOf(event.target))
    },
    true,
  )
  document.addEventListener('click', (event) => {
    const term = termOf(event.target)
    const link = term?.querySelector<HTMLAnchorElement>(':scope > a')
    if (!term || !link || !(event.target instanceof Node) || !link.contains(event.target)) return
    if (lastPointer !== 'touch' || term.classList.contains(OPEN)) return
    event.preventDefault()
    term.classList.remove(DISMISSED)
    term.classList.add(OPEN)
    link.focus()
  })
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return
    for (const term of document.querySelectorAll<HTMLElement>('.glossary-term:focus-within, .glossary-term:hover, .glossary-term.glossary-term-open')) {
      term.classList.remove(OPEN)
      term.classList.add(DISMISSED)
    }
  })
  // A dismissed tooltip shows again once its term is left and come back to.
  const undismiss = (event: Event) => {
    const term = termOf(event.target)
    if (term && !term.contains(event instanceof FocusEvent || event instanceof MouseEvent ? (event.relatedTarget as Node | null) : null)) term.classList.remove(DISMISSED)
  }
  document.addEventListener('focusout', undismiss)
  document.addEventListener('mouseout', undismiss)
}
