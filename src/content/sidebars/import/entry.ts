/**
 * An old tool's navigation as read, whatever its shape: lists of entries,
 * each resolved to the page it links to (or a link of its own), with the
 * place it was written at. Each shape's reader (navigation-data.ts,
 * eleventy-navigation.ts, just-the-docs.ts) makes one; to-spec.ts turns it
 * into the sidebars of sidebars.yml.
 */
import type { Diagnostic } from '../../common/diagnostics'
import type { NavigationPageInput } from './input'

export interface NavEntry {
  label: string
  /** The page the entry links to. */
  page?: NavigationPageInput
  /** A link that is not a page's own entry: an address of another site, or a page's address with an anchor. */
  href?: string
  /** The folder the entry stands for (18F's `main-file-path` naming a folder): pages the navigation does not list go under it. */
  folder?: string
  children: NavEntry[]
  /** Where the entry is written: a file relative to the content folder, and its line. */
  file: string
  line: number
}

export interface NavList {
  /** The list's name in the old tool (`primary`, `travel`); undefined for the one navigation of a tool that has one. */
  key?: string
  /** The sidebar the list is here whether or not a page picks it (Docusaurus' several sidebars: the pages it lists show it). */
  sidebar?: string
  entries: NavEntry[]
  /** Where the list begins (its key's line), when it is written in a data file. */
  line?: number
  /** What is wrong with its entries: reported when the list becomes a sidebar (an unused list is one warning). */
  diagnostics?: Diagnostic[]
}

export interface NavigationRead {
  /** What was read, for messages and the Source line: `../_data/navigation.yml`, `eleventyNavigation`… */
  from: string
  /** The main navigation, which pages show unless they pick another list; undefined when the data has none. */
  main?: NavList
  /** The other lists, which pages pick with `sidebar: {navigation: <key>}`. */
  lists: NavList[]
  /** Pages the old tool deliberately left out of its navigation (Just the Docs' `nav_exclude`): in no sidebar here either. */
  excluded: Set<string>
  /** What is wrong outside the lists' entries. */
  diagnostics: Diagnostic[]
}
