/**
 * The production stylesheet stage's one module: the stylesheets src/styles/index.ts imports, joined into one
 * file in its order.
 *
 * webpack took each of the 44 stylesheets through postcss-loader (which looked for a PostCSS config file each
 * time), css-loader and mini-css-extract-plugin's child compilation: 2.6 to 3.7 s of every cold 18F build for a
 * stylesheet that comes out byte for byte the same from the joined file (the stage then takes 1.0 s). The
 * cascade is the same: the files are joined in the order they were imported, and none holds an at-rule that
 * must come first. develop still imports them one by one (src/components/Layout.tsx), so a saved stylesheet
 * is still swapped in place.
 */
import fs from 'node:fs'
import path from 'node:path'

/** Every stylesheet of the site, imported in cascade order. */
export const STYLESHEETS_INDEX = path.join('src', 'styles', 'index.ts')
/** Where the joined file is written, in Gatsby's cache folder. */
export const JOINED_STYLESHEETS = path.join('.cache', 'handbook-stylesheets.css')

const CSS_IMPORT = /^import '(\.\/[^']+\.css)'$/
/** At-rules that must come before any other rule of a stylesheet: a file holding one cannot be joined after another. */
const LEADING_AT_RULE = /@(import|charset|namespace)\b/i

/**
 * The stylesheets `indexText` imports, relative to its folder, in order; undefined when it holds anything but
 * such imports (comments and blank lines aside), so that the index itself is compiled as before.
 */
export function importedStylesheets(indexText: string): string[] | undefined {
  const code = indexText.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '')
  const lines = code
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
  const files = lines.map((line) => CSS_IMPORT.exec(line)?.[1])
  return files.length > 0 && files.every((file) => file !== undefined) ? (files as string[]) : undefined
}

/** The stylesheets joined, or undefined when one of them cannot follow another (a leading at-rule). */
export function joinStylesheets(texts: readonly string[]): string | undefined {
  return texts.some((text) => LEADING_AT_RULE.test(text)) ? undefined : texts.map((text) => (text.endsWith('\n') ? text : `${text}\n`)).join('')
}

/**
 * The entry of the production stylesheet stage: the joined file, written again only when its text changed
 * (webpack's cache then keeps the stage's work), or the index when it cannot be joined.
 */
export function stylesheetsEntry(projectRoot: string): string {
  const index = path.join(projectRoot, STYLESHEETS_INDEX)
  const files = importedStylesheets(fs.readFileSync(index, 'utf8'))
  const joined = files && joinStylesheets(files.map((file) => fs.readFileSync(path.join(path.dirname(index), file), 'utf8')))
  if (joined === undefined) return index
  const file = path.join(projectRoot, JOINED_STYLESHEETS)
  const written = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined
  if (written !== joined) {
    fs.mkdirSync(path.dirname(file), { recursive: true })
    fs.writeFileSync(file, joined)
  }
  return file
}
