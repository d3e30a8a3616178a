/**
 * People and teams as data: `people.yml` (or `_people/<id>.yml`) and
 * `teams.yml` read and checked into a directory (types.ts), the pages made
 * from it (pages.ts) and the blocks pages place (blocks.ts), all drawn by
 * the same cards (cards.ts).
 */
import type { Diagnostic } from '../../common/diagnostics'
import type { DataText } from '../../common/yaml'
import { renderFragment } from '../../markdown/fragment'
import { readDataRecords } from './read-data'
import { buildDirectory } from './references'
import type { Directory } from './types'

export * from './types'
export { PEOPLE_FILE, PEOPLE_FOLDER, TEAMS_FILE, isPeopleData } from './files'
export { peopleUrlsOf, personByName, personUrl, teamUrl, indexDirectory, type DirectoryIndex } from './directory'
export { generatedPages, generatedUrlOwners } from './pages'
export { peopleBlocks, blocksFor } from './blocks'
export { cardContext } from './cards'
export { publishGeneratedPage, type GeneratedPage, type PublishedPage } from '../generated-page'

/** The directory of the content folder's data files; `files` are its non-page files (photos are looked up there). */
export function loadDirectory(data: readonly DataText[], files: ReadonlySet<string>, diagnostics: Diagnostic[]): Directory {
  return buildDirectory(readDataRecords(data, diagnostics), files, renderFragment, diagnostics)
}
