/**
 * `npm run build`: Gatsby's CLI, with its line logger when the output is not
 * a terminal. Its default logger (ink) redraws a live region; written to a
 * pipe or a file (`npm run build 2>&1 | tee build.log`, an editor's task
 * panel), every redraw stays, so the page table at the end of a build came
 * twice, among the escape codes of each redraw. In CI Gatsby picks the line
 * logger itself; GATSBY_LOGGER, when set, is kept.
 */
import { createRequire } from 'node:module'

if (!process.stdout.isTTY && !process.env.GATSBY_LOGGER) process.env.GATSBY_LOGGER = 'yurnalist'
createRequire(import.meta.url)('gatsby/cli.js')
