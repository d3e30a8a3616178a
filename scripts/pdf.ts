/** `npm run pdf`: public/handbook.pdf from the last build's print view (scripts/lib/pdf-command.ts). */
import { runPdf } from './lib/pdf-command'
import { projectRoot } from '../src/node/project-root'
import { resolveSiteSettings } from '../src/node/site-settings'

// The prefix the site was built with (`npm run build` builds with it), from the same settings.
const { pathPrefix } = resolveSiteSettings(process.env, projectRoot).settings
runPdf(process.argv.slice(2), {
  projectRoot,
  pathPrefix,
  env: process.env,
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
}).then((code) => process.exit(code))
