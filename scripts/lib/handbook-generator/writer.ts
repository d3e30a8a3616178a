/** What writing pages shares: the randomness, the plan, and the images made on the way. */
import type { Random } from './random'
import type { PagePlan } from './pages'

export interface Writer {
  random: Random
  pages: readonly PagePlan[]
  bySection: Map<string, PagePlan[]>
  /** Per folder path: its subfolders' index pages, then its other pages. */
  children: Map<string, PagePlan[]>
  imageCount: number
  images: { path: string; svg: string }[]
}
