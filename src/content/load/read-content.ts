/**
 * Reading the content folder: the one place page files are read. Each page's
 * text is read once here and carried in memory to rendering, the checks and
 * search extraction; the sidebars file's text is read here too.
 */
import path from 'node:path'
import { scanContent, type SourceFile } from './content-files'
import { SIDEBARS_FILE_NAMES } from '../sidebars/file'
import { isPeopleData } from '../features/people/files'
import { isFolderDefaults } from '../features/ownership/folder-file'
import { SYNONYMS_FILE } from '../features/search/synonyms-file'
import { GLOSSARY_FILE } from '../features/glossary/file'
import { contentComponentsOf } from '../components/files'
import { compileComponents, type CompiledComponents } from './compile-components'
import { typecheckComponents } from './typecheck-components'
import { error, type Diagnostic } from '../common/diagnostics'
import type { DataText } from '../common/yaml'
import { OutsideContentError, readContentFile } from '../common/inside-content'
import { readSource, type HandbookSource } from '../source/read-source'
import type { SourceTool } from '../source/tool'

// Where people/ imports it from.

export interface PageText {
  file: SourceFile
  /** The whole file, frontmatter included. */
  text: string
}

export interface ContentRead {
  pages: PageText[]
  /** Every other file (images, PDFs, data), relative paths. */
  files: Set<string>
  /** The sidebars file, relative to the content folder, and its text, when the folder has one. */
  sidebarsFile?: DataText
  /** People and teams data (people.yml, teams.yml, _people/*.yml), in path order. */
  peopleData: DataText[]
  /** The handbook's own search synonyms (`synonyms.yml`), when it has them. */
  synonymsFile?: DataText
  /** The glossary (`glossary.yml`), when the handbook has one. */
  glossaryFile?: DataText
  /** Folder defaults (every `_meta.yml`), in path order. */
  folderDefaults: DataText[]
  /** The text of a file of the content folder (what `{{< include >}}` names), read once; undefined when there is none. */
  readText?: (sourcePath: string) => string | undefined
  /** The handbook's own MDX components (`_components/`), compiled, and what was wrong with them. */
  components?: { names: string[]; compiled?: CompiledComponents; diagnostics: Diagnostic[] }
  /** What the old tool left around the content folder (its data, includes and published files); tool `none` when nothing. */
  source: HandbookSource
  /** What could not be read: links, pipes and devices the scan found, files whose real path is outside the folder. */
  diagnostics: Diagnostic[]
}

export interface ReadOptions {
  /** Run no code of the content: `_components/` are named (pages may use them), never compiled (`npm run check -- --untrusted`). */
  untrusted?: boolean
  /** The generator the handbook comes from (`source:` of the settings); guessed from the files around the folder when not given. */
  source?: SourceTool
}

/** `_components/`: found among the files and compiled (esbuild), packages resolved from the project's node_modules. */
function readComponents(contentDir: string, files: ReadonlySet<string>, options: ReadOptions): ContentRead['components'] {
  const found = contentComponentsOf(files)
  if (found.components.length === 0 && found.diagnostics.length === 0) return undefined
  if (options.untrusted) return { names: found.components.map((c) => c.name), diagnostics: found.diagnostics }
  // The check and the build run from the project folder, whose packages the components may import.
  const nodeModules = path.join(process.cwd(), 'node_modules')
  const compiled = compileComponents(contentDir, found.components, nodeModules)
  // Types only of code that compiles (esbuild's message for a syntax error is the one to read).
  const types = compiled.compiled ? typecheckComponents(contentDir, found.components, nodeModules) : []
  return {
    names: found.components.map((c) => c.name),
    ...(compiled.compiled && types.length === 0 ? { compiled: compiled.compiled } : {}),
    diagnostics: [...found.diagnostics, ...compiled.diagnostics, ...types],
  }
}

export function readContent(contentDir: string, options: ReadOptions = {}): ContentRead {
  const scanned = scanContent(contentDir)
  const source = readSource(contentDir, options.source)
  const diagnostics = [...scanned.diagnostics, ...source.diagnostics]
  // Every read through the jail (common/inside-content.ts); a file it refuses is an error at its path, and is left out.
  // `onDisk`: the name as the file system spells it (macOS: NFD), when it differs from the NFC path.
  const read = (file: string, onDisk = file): string | undefined => {
    try {
      return readContentFile(contentDir, onDisk, 'utf8')
    } catch (cause) {
      if (!(cause instanceof OutsideContentError)) throw cause
      diagnostics.push(error('content-outside', file, cause.message))
      return undefined
    }
  }
  // GitBook's SUMMARY.md is the navigation, never a page.
  const pages = scanned.pages.flatMap((file) => {
    if (file.sourcePath === source.gitbook?.summary) return []
    const text = read(file.sourcePath, path.relative(contentDir, file.absolutePath).split(path.sep).join('/'))
    return text === undefined ? [] : [{ file, text }]
  })
  const sidebarsPath = SIDEBARS_FILE_NAMES.find((name) => scanned.files.has(name))
  const readData = (file: string): DataText[] => {
    const text = read(file)
    return text === undefined ? [] : [{ path: file, text }]
  }
  const texts = new Map<string, string | undefined>(pages.map((page) => [page.file.sourcePath, page.text]))
  const readText = (sourcePath: string): string | undefined => {
    if (!texts.has(sourcePath)) texts.set(sourcePath, scanned.files.has(sourcePath) ? read(sourcePath) : undefined)
    return texts.get(sourcePath)
  }
  const components = readComponents(contentDir, scanned.files, options)
  const sidebarsFile = sidebarsPath ? readData(sidebarsPath)[0] : undefined
  const synonymsFile = scanned.files.has(SYNONYMS_FILE) ? readData(SYNONYMS_FILE)[0] : undefined
  const glossaryFile = scanned.files.has(GLOSSARY_FILE) ? readData(GLOSSARY_FILE)[0] : undefined
  return {
    pages,
    // The old site published the files around its content at their path from the root (`/_img/a.png`): links to them resolve (the content folder's own win).
    files: source.files.size ? new Set([...scanned.files, ...source.files.keys()]) : scanned.files,
    readText,
    ...(components ? { components } : {}),
    peopleData: [...scanned.files].filter(isPeopleData).sort().flatMap(readData),
    folderDefaults: [...scanned.files].filter(isFolderDefaults).sort().flatMap(readData),
    ...(sidebarsFile ? { sidebarsFile } : {}),
    ...(synonymsFile ? { synonymsFile } : {}),
    ...(glossaryFile ? { glossaryFile } : {}),
    source,
    diagnostics,
  }
}
