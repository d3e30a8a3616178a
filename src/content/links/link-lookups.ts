/**
 * What a page's render asked of the rest of the site: every page and file
 * lookup its links made, and every `ref` it resolved, with the answers.
 * A cached render stays valid while each question still gets the same
 * answer, so adding or removing a page re-renders only the pages whose
 * links it changes, not the whole handbook (the render cache's key no longer
 * holds every route).
 */
import { assertNever } from '../../shared/assert-never'
import type { LinkIndex, Route } from './links'

/** The URL of the page a Hugo `ref` names, as seen from the page at `from`, or the problem (markdown/shortcodes/refs.ts makes one). */
export type RefResolver = (target: string, from: string) => { url: string } | { problem: string }

/** [question, argument, answer]: the answer is the route found (source path and URL), "1"/"0" for a file, or a ref's result. */
export type LinkLookup = [question: 'source' | 'content' | 'url' | 'file' | 'ref', argument: string, answer: string]

const routeAnswer = (route: Route | undefined): string => (route ? `${route.sourcePath}\u0000${route.url}` : '')
const fileAnswer = (exists: boolean): string => (exists ? '1' : '0')

function answer(question: LinkLookup[0], argument: string, index: LinkIndex, resolveRef: RefResolver): string {
  switch (question) {
    case 'source':
      return routeAnswer(index.pageBySourcePath(argument))
    case 'content':
      return routeAnswer(index.pageAtContentPath(argument))
    case 'url':
      return routeAnswer(index.pageByUrl(argument))
    case 'file':
      return fileAnswer(index.fileExists(argument))
    case 'ref': {
      const cut = argument.indexOf('\u0000')
      return JSON.stringify(resolveRef(argument.slice(cut + 1), argument.slice(0, cut)))
    }
    default:
      return assertNever(question)
  }
}

/** The same index and resolver, noting each distinct question and its answer. */
export function recordingLookups(index: LinkIndex, resolveRef: RefResolver): { index: LinkIndex; resolveRef: RefResolver; lookups: () => LinkLookup[] } {
  const asked = new Map<string, LinkLookup>()
  const note = (question: LinkLookup[0], argument: string, result: string): void => {
    asked.set(`${question}\u0000${argument}`, [question, argument, result])
  }
  const recorded =
    <T>(question: LinkLookup[0], answerOf: (result: T) => string, ask: (argument: string) => T) =>
    (argument: string): T => {
      const result = ask(argument)
      note(question, argument, answerOf(result))
      return result
    }
  return {
    index: {
      pageBySourcePath: recorded('source', routeAnswer, (sourcePath) => index.pageBySourcePath(sourcePath)),
      pageAtContentPath: recorded('content', routeAnswer, (contentPath) => index.pageAtContentPath(contentPath)),
      pageByUrl: recorded('url', routeAnswer, (url) => index.pageByUrl(url)),
      fileExists: recorded('file', fileAnswer, (sourcePath) => index.fileExists(sourcePath)),
    },
    resolveRef(target, from) {
      const result = resolveRef(target, from)
      note('ref', `${from}\u0000${target}`, JSON.stringify(result))
      return result
    },
    lookups: () => [...asked.values()],
  }
}

/** Whether every question gets the answer it got when the page was rendered. */
export function sameAnswers(lookups: readonly LinkLookup[], index: LinkIndex, resolveRef: RefResolver): boolean {
  return lookups.every(([question, argument, was]) => answer(question, argument, index, resolveRef) === was)
}
