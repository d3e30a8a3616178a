/**
 * Type-checks a handbook's own `.tsx` components with the TypeScript
 * compiler (strict, React's JSX), as our own code is: a wrong prop type is
 * `file:line:col: error:` at the component before the build renders
 * anything. `react` and its types resolve from the project's node_modules,
 * wherever the content folder is. Only runs when there are `.tsx` components.
 */
import path from 'node:path'
import type ts from 'typescript'
import { typescript } from '../common/typescript'
import { error, type Diagnostic } from '../common/diagnostics'
import type { ContentComponent } from '../components/files'

export function typecheckComponents(contentDir: string, components: readonly ContentComponent[], nodeModules: string): Diagnostic[] {
  const roots = components.filter((c) => c.sourcePath.endsWith('.tsx')).map((c) => path.join(contentDir, c.sourcePath))
  if (roots.length === 0) return []
  const program = typescript().createProgram(roots, {
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    jsx: typescript().JsxEmit.ReactJSX,
    module: typescript().ModuleKind.ESNext,
    moduleResolution: typescript().ModuleResolutionKind.Bundler,
    target: typescript().ScriptTarget.ES2022,
    esModuleInterop: true,
    allowJs: false,
    types: [],
    // Packages (react, its types) from the project, not from beside the content.
    baseUrl: contentDir,
    paths: { '*': [path.join(nodeModules, '@types', '*'), path.join(nodeModules, '*')] },
  })
  const inContent = (file: ts.SourceFile | undefined) => file !== undefined && !path.relative(contentDir, file.fileName).startsWith('..')
  return typescript()
    .getPreEmitDiagnostics(program)
    .filter((d) => inContent(d.file))
    .map((d) => {
      const file = d.file!
      const { line, character } = file.getLineAndCharacterOfPosition(d.start ?? 0)
      const message = typescript().flattenDiagnosticMessageText(d.messageText, ' ')
      return error('component-type', path.relative(contentDir, file.fileName).split(path.sep).join('/'), `${message} (TS${d.code})`, line + 1, character + 1)
    })
}
