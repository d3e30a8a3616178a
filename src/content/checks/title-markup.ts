/**
 * Tags in a frontmatter title that a title cannot show (`title-markup`, a
 * warning at the title's line): a title keeps em/strong/code/sub/sup as
 * marks and shows the text of anything else, so `The <head> element` would
 * lose a word and `<img …>` its image without a word to the editor.
 */
import { droppedTags } from '../../shared/title'
import { warning } from '../common/diagnostics'
import type { HandbookCheck } from './check'

export const titleMarkup: HandbookCheck = {
  name: 'title-markup',
  run({ readPages }) {
    return readPages.flatMap((page) => {
      const written = page.frontmatter.title
      if (typeof written !== 'string') return []
      const tags = droppedTags(written)
      if (tags.length === 0) return []
      const named = tags.map((tag) => `<${tag}>`).join(', ')
      return [
        warning(
          'title-markup',
          page.sourcePath,
          `the title shows ${named} as its text only (a title keeps <em>, <strong>, <code>, <sub> and <sup>), so it reads "${page.title}". To show the tag itself, write it as &lt;${tags[0]}&gt;; else remove it`,
          page.fieldLines.title ?? 1,
        ),
      ]
    })
  },
}
