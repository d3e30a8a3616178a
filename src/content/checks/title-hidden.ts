/**
 * Pages with `showTitle: false` whose body has no `# heading` of its own
 * (`title-hidden`, a warning at the field's line): sighted readers see no
 * title at all; only screen readers get the hidden one (Article draws it).
 * PostHog's pages set the field where their layout drew the title some
 * other way, which this site does not.
 */
import { warning } from '../common/diagnostics'
import type { HandbookCheck } from './check'

export const titleHidden: HandbookCheck = {
  name: 'title-hidden',
  run({ readPages }) {
    return readPages
      .filter((page) => page.showTitle === false && !page.headings.some((heading) => heading.depth === 1))
      .map((page) =>
        warning(
          'title-hidden',
          page.sourcePath,
          `"showTitle: false" hides this page's title "${page.title}", and the page has no "# heading" of its own: readers see no title at all (only screen readers get it). Remove showTitle: false, or start the page with "# ${page.title}"`,
          page.fieldLines.showTitle ?? 1,
        ),
      )
  },
}
