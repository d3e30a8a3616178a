/**
 * Python-Markdown's table of contents marker: MkDocs always runs its `toc`
 * extension, which puts the page's contents in place of a paragraph that is
 * only `[TOC]`. Every page here has its own table of contents beside the
 * text, so the marker is dropped instead of shown as text.
 */
import type { Root } from 'mdast'

/** The paragraph the toc extension replaces: `[TOC]` alone (its default marker). */
const isMarker = (node: Root['children'][number]): boolean => node.type === 'paragraph' && node.children.length === 1 && node.children[0]!.type === 'text' && node.children[0]!.value.trim() === '[TOC]'

/** Drops the `[TOC]` paragraphs at the top level of the page. */
export function dropTocMarkers(tree: Root): void {
  if (tree.children.some(isMarker)) tree.children = tree.children.filter((node) => !isMarker(node))
}
