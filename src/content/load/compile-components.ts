/**
 * Compiles a handbook's own components (components/files.ts) with esbuild,
 * before webpack sees them: a syntax error, or an import of a package the
 * project does not have, is `file:line:col: error:` here instead of a
 * webpack stack trace. The bundle (CommonJS, React left to the caller, with
 * its source map) is what the check renders pages with
 * (components/render-check.ts).
 */
import fs from 'node:fs'
import path from 'node:path'
import { buildSync, type Message } from 'esbuild'
import { error, type Diagnostic } from '../common/diagnostics'
import type { ContentComponent } from '../components/files'

export interface CompiledComponents {
  names: string[]
  /** CommonJS code whose exports are the components by name; it requires `react` (and `react/jsx-runtime`). */
  code: string
  /** Its source map (JSON), sources relative to the content folder. */
  map: string
}

/** Packages the components share with the site: provided by whoever runs the bundle. */
const PROVIDED = ['react', 'react-dom', 'react/jsx-runtime']

const GATSBY = /^gatsby(\/|$)/

/**
 * Each file of the bundle that imports `gatsby`, refused at the import's
 * line. Gatsby extracts and runs static queries (useStaticQuery, graphql)
 * only for the site's own code in src/: a query in a file of the content
 * folder is compiled to a hash no query answers, and the page fails while
 * its HTML is built ("The result of this StaticQuery could not be fetched").
 */
function gatsbyImports(contentDir: string, inputs: Record<string, { imports: Array<{ path: string }> }>): Diagnostic[] {
  return Object.entries(inputs)
    .filter(([, input]) => input.imports.some((imported) => GATSBY.test(imported.path)))
    .map(([file]) => {
      const lines = fs.readFileSync(path.join(contentDir, file), 'utf8').split('\n')
      const at = lines.findIndex((line) => /(?:from\s*|require\(\s*|import\s*)['"]gatsby(?:\/[^'"]*)?['"]/.test(line))
      return error(
        'component-compile',
        file,
        'imports "gatsby", which a handbook component cannot use: Gatsby runs static queries (useStaticQuery, graphql) only for the site\'s own code in src/, never for the content folder, so the page would fail to build ("The result of this StaticQuery could not be fetched"). Pass what the component shows as props, or read it from a data file; write links as <a href="…">',
        at >= 0 ? at + 1 : undefined,
      )
    })
}

function fixFor(text: string): string {
  const missing = /^Could not resolve "([^"]+)"/.exec(text)
  if (missing) {
    const name = missing[1]!
    if (name.startsWith('.') || name.startsWith('/')) return `${text}: no such file. Paths start from the component's folder`
    const pkg = name.startsWith('@') ? name.split('/').slice(0, 2).join('/') : name.split('/')[0]!
    return `imports "${name}", which is not installed: add it to the handbook project (npm install ${pkg}), or remove the import`
  }
  return text
}

function diagnosticOf(message: Message, fallbackFile: string): Diagnostic {
  const where = message.location
  return error('component-compile', where?.file ?? fallbackFile, fixFor(message.text), where?.line, where ? where.column + 1 : undefined)
}

/** The components' bundle, or the reasons it could not be made (each at its file and line). */
export function compileComponents(contentDir: string, components: readonly ContentComponent[], nodeModules: string): { compiled?: CompiledComponents; diagnostics: Diagnostic[] } {
  if (components.length === 0) return { diagnostics: [] }
  const entry = components.map((c, i) => `import c${i} from ${JSON.stringify(`./${c.sourcePath}`)}\nexports[${JSON.stringify(c.name)}] = c${i}`).join('\n')
  try {
    const result = buildSync({
      stdin: { contents: entry, resolveDir: contentDir, sourcefile: '(components)', loader: 'js' },
      absWorkingDir: contentDir,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      jsx: 'automatic',
      // Refused below, where it is imported (bundled, it would fail on Node's modules instead).
      external: [...PROVIDED, 'gatsby', 'gatsby/*'],
      metafile: true,
      nodePaths: [nodeModules],
      sourcemap: 'external',
      outfile: path.join(contentDir, 'components.js'),
      write: false,
      logLevel: 'silent',
    })
    const refused = gatsbyImports(contentDir, result.metafile?.inputs ?? {})
    if (refused.length) return { diagnostics: refused }
    const code = result.outputFiles.find((file) => file.path.endsWith('.js'))!.text
    const map = result.outputFiles.find((file) => file.path.endsWith('.map'))!.text
    return { compiled: { names: components.map((c) => c.name), code, map }, diagnostics: [] }
  } catch (cause) {
    const errors = (cause as { errors?: Message[] }).errors
    if (!errors?.length) throw cause
    return { diagnostics: errors.map((message) => diagnosticOf(message, components[0]!.sourcePath)) }
  }
}
