/**
 * Running the feature wings' unified plugins (features/feature.ts `markdown`)
 * on a page's trees, and what they reported. The wings' syntax is added when
 * the page is parsed (parse.ts); their transforms run here, after the core's.
 * A plugin reports through the file (`file.message`): a message marked
 * `fatal: true` is an error that stops the build, any other a warning.
 */
import type { Root as MdastRoot } from 'mdast'
import type { Root as HastRoot } from 'hast'
import { unified, type PluggableList, type Processor } from 'unified'
import type { VFile } from 'vfile'
import type { DirectiveProblem } from './directive-handlers'

/** The runners of the plugin lists, made once per list. */
const runners = new WeakMap<PluggableList, Processor>()

function runnerOf(plugins: PluggableList): Processor {
  let runner = runners.get(plugins)
  if (!runner) {
    runner = unified().use(plugins).freeze() as unknown as Processor
    runners.set(plugins, runner)
  }
  return runner
}

/** Runs `plugins` on the tree (Markdown or HTML), in place, with the page's file. */
export function runWingPlugins<Tree extends MdastRoot | HastRoot>(tree: Tree, plugins: PluggableList | undefined, file: VFile): Tree {
  if (!plugins?.length) return tree
  return runnerOf(plugins).runSync(tree as never, file) as unknown as Tree
}

/** What the plugins reported on `file` since it had `from` messages, as problems at their lines. */
export function wingProblems(file: VFile, from = 0): DirectiveProblem[] {
  return file.messages.slice(from).map((message) => ({
    code: message.ruleId ?? message.source ?? 'markdown',
    message: message.reason,
    severity: message.fatal === true ? 'error' : 'warning',
    ...(message.line ? { line: message.line } : {}),
    ...(message.column ? { column: message.column } : {}),
  }))
}
