/**
 * The files pages link to or embed, as the site will publish them: each link
 * to a file whose type is not published (passive-files.ts) is an error at the
 * link, so `npm run check` on the pull request says so, not the live site;
 * so is one at a path the build writes itself (`robots.txt`, `static/`).
 */
import { error, type Diagnostic } from '../common/diagnostics'
import { publishRuleOf } from './passive-files'
import { buildOutputAt } from '../links/site-addresses'

export interface LinkedFiles {
  /** A content file linked from `file` (at `line`:`column` when known): kept to publish, or an error there. */
  add(sourcePath: string, file: string, line?: number, column?: number): void
  /** The files to publish, sorted. */
  list(): string[]
}

/** `rootFiles`: what the build writes at the site's root (see links/site-addresses.ts). */
export function linkedFiles(publishFiles: readonly string[], rootFiles: readonly string[], diagnostics: Diagnostic[]): LinkedFiles {
  const kept = new Set<string>()
  return {
    add(sourcePath, file, line, column) {
      const rule = publishRuleOf(sourcePath, publishFiles)
      const taken = buildOutputAt(sourcePath, rootFiles)
      if (rule.publish === 'refused') diagnostics.push(error('link-file-type', file, rule.message, line, column))
      else if (taken) diagnostics.push(error('link-file-path', file, `${sourcePath} would be published at /${sourcePath}, which is ${taken}: rename the file or move it to another folder`, line, column))
      else kept.add(sourcePath)
    },
    list: () => [...kept].sort(),
  }
}
