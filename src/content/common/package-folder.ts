/**
 * An installed package's folder, found as Node finds the package: from the
 * library bundle (CommonJS, where `require` is there) or from an ES module,
 * from the project folder. For the packages whose files a wing reads or
 * publishes at run time (KaTeX's fonts, the icon sets' SVGs), which the
 * library bundle keeps no file of.
 */
import { createRequire } from 'node:module'
import path from 'node:path'

export function packageFolder(name: string): string {
  const resolve = typeof require === 'function' ? require.resolve : createRequire(path.join(process.cwd(), 'package.json')).resolve
  return path.dirname(resolve(`${name}/package.json`))
}
