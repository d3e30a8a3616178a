/**
 * The search index of a handbook as plain data in, files out: each
 * language's pages as search sees them (searchPages: titles, breadcrumbs,
 * sections), then the index built from them alone. The first part reads
 * the handbook; the second reads nothing else but the index the build
 * before published (previous-index.ts), so it can run on a worker
 * (index-worker.ts) and come out the same.
 */
import path from 'node:path'
import { SEARCH_FOLDER } from '../../../shared/output'
import { inLanguageFolders, languageParts } from '../languages/search-files'
import { previousIndexIn } from './previous-index'
import { languagesOf, type Language } from '../languages/languages'
import type { HandbookSettings } from '../../settings'
import { searchFilesOfPages, searchPages, type SearchedHandbook, type SearchFilesBuilt, type SearchPage } from './build'

/** One index to build: the folder it goes into (a language's, "" for the default's) and what it is built from. */
export interface SearchIndexJob {
  folder: string
  pages: SearchPage[]
  synonyms: string[][]
  /** Where the build before published this index (under public/), whose unchanged files keep their names (previous-index.ts). */
  previousFolder?: string
}

/** The indexes a handbook has: one per language, or the one; `publicDir`, the build's public folder, where the build before published them. */
export function searchIndexJobs(handbook: SearchedHandbook, languages: readonly Language[], publicDir?: string): SearchIndexJob[] {
  return languageParts(handbook, languages).map((part) => ({
    folder: part.folder,
    pages: searchPages(part.handbook),
    synonyms: (part.handbook.synonyms ?? []).map((group) => [...group]),
    ...(publicDir ? { previousFolder: path.join(publicDir, SEARCH_FOLDER, part.folder) } : {}),
  }))
}

/** Every job's files, each in its folder. */
export function searchIndexFilesOf(jobs: readonly SearchIndexJob[]): SearchFilesBuilt {
  return inLanguageFolders(jobs.map((job) => ({ folder: job.folder, ...searchFilesOfPages(job.pages, job.synonyms, job.previousFolder ? previousIndexIn(job.previousFolder) : undefined) })))
}

/** The handbook's search files, built here: every language's index (the build starts them on a worker instead, see wing.ts). */
export function handbookSearchFiles(handbook: SearchedHandbook, settings: Pick<HandbookSettings, 'languages'>, publicDir?: string): SearchFilesBuilt {
  return searchIndexFilesOf(searchIndexJobs(handbook, languagesOf(settings), publicDir))
}
