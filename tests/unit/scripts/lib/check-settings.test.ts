/** `npm run check` reads the content folder's handbook.yml: its mistakes at their line and column, with the handbook's. */
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCheck } from '../../../../scripts/lib/check-command'

/** The check's code path in process (runCheck); tests/unit/scripts/check-cli.test.ts runs the command itself. */
async function check(fixture: string) {
  const result = await runCheck([], { ...process.env, GITHUB_ACTIONS: '', HANDBOOK_CONTENT_DIR: path.join('tests', 'fixtures', fixture) })
  return { code: result.code, lines: result.stdout.trimEnd().split('\n') }
}

describe('npm run check with a handbook.yml', () => {
  it('reports its errors and warnings at handbook.yml:line:col and exits 1', async () => {
    const { code, lines } = await check('brand-mistakes')
    expect(code).toBe(1)
    const shown = lines.map((line) => line.replace('tests/fixtures/brand-mistakes/', ''))
    expect(shown[0]).toMatch(/^handbook\.yml:2:1: warning: "titel" is not a setting, so it is ignored\. Did you mean title\?/)
    expect(shown[1]).toMatch(/^handbook\.yml:3:14: warning: "accentColor" #ffd33d is too light .*the light theme uses #8e6e00 instead, 4\.5:1/)
    expect(shown[2]).toBe(
      'handbook.yml:6:11: error: link 1 of "headerLinks": href "careers" is neither a site path nor a full URL. Write href: /careers for a page of the site or href: https://… for another site',
    )
    expect(shown[3]).toMatch(/^handbook\.yml:7:7: error: "logo": there is no file assets\/missing\.svg in the content folder/)
  })

  it('passes a correct one (its contrast warning does not fail the check)', async () => {
    expect((await check('brand')).code).toBe(0)
  })
})
