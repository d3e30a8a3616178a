/** `npm run check -- --audience`: the check of the site one audience gets (the `audience` fixture), in process. */
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCheck } from '../../../../scripts/lib/check-command'

const env = { ...process.env, GITHUB_ACTIONS: '', HANDBOOK_AUDIENCE: '', HANDBOOK_CONTENT_DIR: path.join('tests', 'fixtures', 'audience') }

describe('npm run check -- --audience', { timeout: 30_000 }, () => {
  it('checks the public site by default and with --audience public: links to internal pages are warned', async () => {
    for (const args of [[], ['--audience', 'public'], ['--audience=public']]) {
      const result = await runCheck(args, env)
      expect(result.code, args.join(' ')).toBe(0)
      expect(result.stdout.match(/warning: links to [^ ]+, an internal page the public site leaves out/g)).toHaveLength(3)
      expect(result.stdout).toMatch(/3 warnings in 3 pages/)
    }
  })

  it('checks the internal site, with every page, with --audience internal', async () => {
    const result = await runCheck(['--audience', 'internal'], env)
    expect(result.stdout).toMatch(/^✔ No problems in 5 pages/)
  })

  it('stops (2) on an audience that is neither', async () => {
    expect(await runCheck(['--audience', 'staff'], env)).toEqual({ code: 2, stdout: '', stderr: 'Unknown audience "staff": use --audience public or --audience internal\n' })
  })
})
