/** Scroll-spy: the table of contents marks the section being read. */

const ACTIVE = 'data-active'
let stop: (() => void) | undefined

export function startScrollSpy(): void {
  stop?.()
  const links = [...document.querySelectorAll<HTMLAnchorElement>('[data-toc-link]')]
  if (links.length === 0) return
  const ids = [...new Set(links.map((link) => decodeURIComponent(link.hash.slice(1))))]
  const headings = ids.map((id) => document.getElementById(id)).filter((el): el is HTMLElement => el !== null)
  if (headings.length === 0) return

  let frame = 0
  const update = () => {
    frame = 0
    // The section being read is the last one whose heading has passed the top quarter of the window.
    const line = Math.min(window.innerHeight * 0.25, 160)
    let active = headings[0]!
    for (const heading of headings) {
      if (heading.getBoundingClientRect().top <= line) active = heading
      else break
    }
    // At the very bottom, the last heading is the one being read even if it never reached the line.
    if (window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 2) active = headings[headings.length - 1]!
    for (const link of links) {
      if (decodeURIComponent(link.hash.slice(1)) === active.id) link.setAttribute(ACTIVE, '')
      else link.removeAttribute(ACTIVE)
    }
  }
  const schedule = () => {
    if (!frame) frame = requestAnimationFrame(update)
  }
  window.addEventListener('scroll', schedule, { passive: true })
  window.addEventListener('resize', schedule, { passive: true })
  update()
  stop = () => {
    window.removeEventListener('scroll', schedule)
    window.removeEventListener('resize', schedule)
  }
}
