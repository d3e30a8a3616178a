/**
 * The sample items a sidebar that loads on demand carries in its
 * `<template data-sidebar-template>`: one of each kind of item, rendered by
 * src/components/Sidebar.tsx like every other item, so the browser
 * (src/client/sidebar.ts) fills closed groups by cloning them instead of
 * writing the markup a second time. Shared so both sides agree on the order.
 */
import type { SidebarEntry } from './navigation'
import type { SidebarItem } from './types'
import { assertNever } from '../assert-never'

/** The kinds of item markup, in the order the template holds them. */
export const SIDEBAR_TEMPLATE_KINDS = ['page', 'external-link', 'group', 'group-with-page'] as const

export type SidebarTemplateKind = (typeof SIDEBAR_TEMPLATE_KINDS)[number]

/** One entry per kind, in the order above; labels and URLs are placeholders the browser replaces. */
export const SIDEBAR_TEMPLATE_ENTRIES: readonly SidebarEntry[] = [
  { type: 'page', label: '', url: '/', current: false },
  { type: 'link', label: '', url: '/', external: true },
  { type: 'group', label: '', current: false, open: false, items: [], lazy: true },
  { type: 'group', label: '', url: '/', current: false, open: false, items: [], lazy: true },
]

/** The markup an item takes: an internal link is drawn as a page is. */
export function sidebarTemplateKind(item: SidebarItem): SidebarTemplateKind {
  switch (item.type) {
    case 'page':
      return 'page'
    case 'link':
      return item.external ? 'external-link' : 'page'
    case 'group':
      return item.url ? 'group-with-page' : 'group'
    default:
      return assertNever(item)
  }
}
