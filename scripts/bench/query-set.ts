/**
 * The relevance benchmark's query sets (scripts/bench/queries/*.json): what
 * team members type, of five kinds, each query with the pages that answer
 * it. The starter's set lists answer URLs; the generated handbooks' set
 * names the generator's topics, turned into URLs here from the generator's
 * own page plan (deterministic for a seed and page count), so the answers
 * are known by construction at any size.
 */
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { z } from 'zod'
import { buildFolders } from '../lib/handbook-generator/folders'
import { planPages, type PagePlan } from '../lib/handbook-generator/pages'
import { Random } from '../lib/handbook-generator/random'

export const QUERY_KINDS = ['typo', 'partial', 'synonym', 'question', 'exact'] as const
export type QueryKind = (typeof QUERY_KINDS)[number]

export interface BenchQuery {
  kind: QueryKind
  query: string
  /** Page URLs (no #anchor, no path prefix) that are right answers. */
  answers: string[]
}

const kind = z.enum(QUERY_KINDS)
const starterSchema = z.object({
  about: z.string(),
  queries: z.array(z.object({ kind, query: z.string().min(1), answers: z.array(z.string().startsWith('/')).nonempty() }).strict()).nonempty(),
})
const generatedSchema = z.object({
  about: z.string(),
  queries: z.array(z.object({ kind, query: z.string().min(1), topics: z.array(z.string()).nonempty(), docType: z.string().optional() }).strict()).nonempty(),
})
export type GeneratedQuery = z.infer<typeof generatedSchema>['queries'][number]

export const QUERIES_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'queries')

const readJson = (name: string): unknown => JSON.parse(fs.readFileSync(path.join(QUERIES_DIR, name), 'utf8'))

export function starterQueries(): BenchQuery[] {
  return starterSchema.parse(readJson('starter.json')).queries.map((q) => ({ kind: q.kind, query: q.query, answers: [...q.answers] }))
}

/** The real 18F handbook's set (queries/18f.json): the same schema as the starter's, answers as page URLs. */
export function realQueries(): BenchQuery[] {
  return starterSchema.parse(readJson('18f.json')).queries.map((q) => ({ kind: q.kind, query: q.query, answers: [...q.answers] }))
}

export function generatedQueryRules(): GeneratedQuery[] {
  return generatedSchema.parse(readJson('generated.json')).queries
}

/** The generator's page plan, without writing a file: the same plans generateHandbook writes from. */
export function generatedPlan(pages: number, seed = 42): PagePlan[] {
  const random = new Random(seed)
  return planPages(pages > 1 ? buildFolders(pages, random) : [], random)
}

/** Pages that answer a rule: by topic (and file type), or a folder index named after the topic. */
export function answersOf(rule: GeneratedQuery, plan: readonly PagePlan[]): string[] {
  const topics = new Set(rule.topics)
  const urls = plan
    .filter((page) => {
      if (page.isRoot) return false
      if (page.isIndex) return !rule.docType && topics.has(page.folder.name)
      if (!topics.has(page.topic)) return false
      return !rule.docType || path.posix.basename(page.sourcePath).toLowerCase().startsWith(`${page.topic}-${rule.docType}-`)
    })
    .map((page) => page.url)
  return [...new Set(urls)]
}

/** The generated set for a handbook of `pages` pages; a query none of whose pages exist at that size is left out. */
export function generatedQueries(pages: number, seed = 42): BenchQuery[] {
  const plan = generatedPlan(pages, seed)
  return generatedQueryRules()
    .map((rule) => ({ kind: rule.kind, query: rule.query, answers: answersOf(rule, plan) }))
    .filter((q) => q.answers.length > 0)
}
