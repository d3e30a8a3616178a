/**
 * The search index of a handbook as plain data in, files out: each
 * language's pages as search sees them (searchPages: titles, breadcrumbs,
 * sections), then the index built from them alone. The first part reads
 * the handbook; the second reads nothing else, so it can run on a worker
 * (index-worker.ts) and come out the same.
 */
import { inLanguageFolders, languageParts } from '../languages/search-files'
import { languagesOf, type Language } from '../languages/languages'
import type { HandbookSettings } from '../../settings'
import { searchFilesOfPages, searchPages, type SearchedHandbook, type SearchFilesBuilt, type SearchPage } from './build'

/** One index to build: the folder it goes into (a language's, "" for the default's) and what it is built from. */
export interface SearchIndexJob {
  folder: string
  pages: SearchPage[]
  synonyms: string[][]
}

/** The indexes a handbook has: one per language, or the one. */
export function searchIndexJobs(handbook: SearchedHandbook, languages: readonly Language[]): SearchIndexJob[] {
  return languageParts(handbook, languages).map((part) => ({
    folder: part.folder,
    pages: searchPages(part.handbook),
    synonyms: (part.handbook.synonyms ?? []).map((group) => [...group]),
  }))
}

/** Every job's files, each in its folder. */
export function searchIndexFilesOf(jobs: readonly SearchIndexJob[]): SearchFilesBuilt {
  return inLanguageFolders(jobs.map((job) => ({ folder: job.folder, ...searchFilesOfPages(job.pages, job.synonyms) })))
}

/** The handbook's search files, built here: every language's index (the build starts them on a worker instead, see wing.ts). */
export function handbookSearchFiles(handbook: SearchedHandbook, settings: Pick<HandbookSettings, 'languages'>): SearchFilesBuilt {
  return searchIndexFilesOf(searchIndexJobs(handbook, languagesOf(settings)))
}
