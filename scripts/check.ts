/**
 * `npm run check`: validates the whole content folder without building the
 * site, loading and checking it as the build does (src/node/check-handbook.ts,
 * with the same library bundle). Prints problems as
 * `path:line:col: error|warning: message` lines, every error and the warnings
 * once per kind (of a kind with many, the first and "… and N more on M pages"),
 * then a summary counting every problem. Exit code, the
 * same whatever the flags: 1 when there is an error, else 0 (warnings and
 * stale pages never fail the check); 2 when the command itself is used wrong.
 *
 *   npm run check                      # text, for people
 *   npm run check -- --verbose         # every warning on its line, not one per kind (text and github)
 *   npm run check -- --format github   # GitHub Actions annotations (default when GITHUB_ACTIONS=true)
 *   npm run check -- --format json     # for tools: every problem, whatever the flags
 *   npm run check -- --stale           # also list pages past their review date, by owner (any --format)
 *   npm run check -- --since origin/main        # also: every page URL published at the merge base still works
 *   npm run check -- --since origin/main --fix  # and add the moved pages' redirect_from entries
 *   npm run check -- --untrusted --since origin/main  # a pull request's check: runs no code of the content
 *   npm run check -- --write-sidebars  # write the navigation imported from the old tool as sidebars.yml
 *   npm run check -- --audience public # the public site: links from public pages to internal ones are warned (the default, as HANDBOOK_AUDIENCE)
 *
 * `--since` with a ref that is not in the clone (a shallow clone) is a usage error (2), with the fix.
 *
 * `--write-sidebars` writes the navigation imported from an old tool
 * (`_data/navigation.yml`, `eleventyNavigation`, Just the Docs' fields) as
 * `sidebars.yml` in the content folder, which then is the navigation; it
 * refuses (exit 1, nothing written) when the folder has a sidebars file.
 *
 * `--untrusted` (what the pull-request workflow runs) refuses, before anything
 * of the content is compiled, code that is new since the git base (`--since`,
 * else origin/main's merge base, else everything counts as new): expressions,
 * imports and exports in `.mdx` files, `_components/` files and handbook.yml's
 * code-like settings, each an `untrusted-code` error saying a maintainer must
 * approve it. Then the check runs as usual, but `_components/` are never
 * compiled and `.mdx` pages are parsed, never rendered.
 *
 * The check itself is runCheck (scripts/lib/check-command.ts), which tests
 * run in process; this file is the command around it, started again with
 * V8's background pool sized to the cores as the build is (v8-pool.mjs: on
 * two cores, a check of 18F took 4.9 s instead of 6.6 s).
 */
import { relaunchedWithV8Pool } from './v8-pool.mjs'

// The check's modules are loaded only where it runs: the process that starts it again loads nothing of them.
if (!relaunchedWithV8Pool(process.argv[1]!)) {
  import('./lib/check-command')
    .then(({ runCheck }) => runCheck(process.argv.slice(2), process.env, { stdout: (text) => process.stdout.write(text), stderr: (text) => process.stderr.write(text) }))
    .then(({ code }) => {
      process.exitCode = code
    })
    .catch((cause: unknown) => {
      process.stderr.write(`${cause instanceof Error ? cause.stack : String(cause)}\n`)
      process.exit(2)
    })
}
