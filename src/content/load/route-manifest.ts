/**
 * The route manifest file: written by the source step, read by the MDX
 * plugins inside webpack (gatsby-config gets them through the library
 * bundle). Reading it is cached by the file's time, since every MDX file asks.
 */
import fs from 'node:fs'
import { handbookMdxPlugins, type RouteManifest } from '../markdown/mdx'
import { writeFileAtomically } from './write-file'
import { blocksFor } from '../features/people/blocks'
import { withAdmonitions } from '../markdown/admonitions'
import { markdownPlugins } from '../features'
import { glossaryFileData } from '../features/glossary/file-data'
import { languageOfUrl } from '../features/languages/languages'

export function writeRouteManifest(file: string, manifest: RouteManifest): void {
  writeFileAtomically(file, JSON.stringify(manifest))
}

/** The manifest in `file`, read again only when the file has changed (develop rewrites it on every reload). */
export function routeManifestReader(file: string): () => RouteManifest {
  let cached: { mtimeMs: number; manifest: RouteManifest } | undefined
  return () => {
    const mtimeMs = fs.statSync(file).mtimeMs
    if (!cached || cached.mtimeMs !== mtimeMs) cached = { mtimeMs, manifest: JSON.parse(fs.readFileSync(file, 'utf8')) as RouteManifest }
    return cached.manifest
  }
}

/** gatsby-plugin-mdx's `mdxOptions` plugins, over the manifest the source step writes to `manifestFile`. */
export function createMdxPlugins(manifestFile: string) {
  return handbookMdxPlugins(
    routeManifestReader(manifestFile),
    (manifest, entry) => withAdmonitions(blocksFor(manifest.people, entry && languageOfUrl(entry.url, manifest.people.languages ?? [])?.code)),
    markdownPlugins(),
    (manifest, entry) => glossaryFileData(entry, manifest),
  )
}
