/**
 * `--fix`'s frontmatter edit: the old URLs appended to an existing
 * `redirect_from` or `aliases` list (block or flow form), frontmatter created
 * when there is none, every other byte kept; TOML and JSON left alone.
 */
import { describe, expect, it } from 'vitest'
import { addRedirects } from '../../../src/content/frontmatter/add-redirects'

const edit = (text: string, urls = ['/handbook/old']) => addRedirects(text, urls)

describe('addRedirects', () => {
  it('creates frontmatter when there is none', () => {
    expect(edit('# Old\n\nText.\n')).toEqual({ text: '---\nredirect_from:\n  - /handbook/old\n---\n# Old\n\nText.\n' })
  })

  it('adds the field at the end of frontmatter that has none', () => {
    expect(edit('---\ntitle: Policy # the name\nslug: rules\n---\n\nText.\n')).toEqual({
      text: '---\ntitle: Policy # the name\nslug: rules\nredirect_from:\n  - /handbook/old\n---\n\nText.\n',
    })
  })

  it('appends to a block list, at its indentation, past comments', () => {
    expect(edit('---\nredirect_from:\n- /a   # first\n# note\n- "/b"\ntitle: T\n---\nBody\n', ['/c', '/d'])).toEqual({
      text: '---\nredirect_from:\n- /a   # first\n# note\n- "/b"\n- /c\n- /d\ntitle: T\n---\nBody\n',
    })
    expect(edit('---\naliases:\n    - /a\n---\n')).toEqual({ text: '---\naliases:\n    - /a\n    - /handbook/old\n---\n' })
  })

  it('prefers redirect_from to aliases when a page has both', () => {
    expect(edit('---\naliases: [/x]\nredirect_from: [/y]\n---\n')).toEqual({ text: '---\naliases: [/x]\nredirect_from: [/y, /handbook/old]\n---\n' })
  })

  it('appends to a flow list, empty or not, on one line or several', () => {
    expect(edit("---\naliases: ['/a', /b] # old\n---\n")).toEqual({ text: "---\naliases: ['/a', /b, /handbook/old] # old\n---\n" })
    expect(edit('---\nredirect_from: []\n---\n')).toEqual({ text: '---\nredirect_from: [/handbook/old]\n---\n' })
    expect(edit('---\nredirect_from: [\n  /a,\n  /b\n]\n---\n')).toEqual({ text: '---\nredirect_from: [\n  /a,\n  /b\n, /handbook/old]\n---\n' })
  })

  it('turns a single URL into a list', () => {
    expect(edit('---\nredirect_from: /a\n---\n')).toEqual({ text: '---\nredirect_from: [/a, /handbook/old]\n---\n' })
  })

  it('fills an empty key', () => {
    expect(edit('---\nredirect_from:\ntitle: T\n---\n')).toEqual({ text: '---\nredirect_from:\n  - /handbook/old\ntitle: T\n---\n' })
  })

  it('keeps CRLF line endings and a byte order mark', () => {
    expect(edit('\uFEFF---\r\ntitle: T\r\n---\r\nBody\r\n')).toEqual({ text: '\uFEFF---\r\ntitle: T\r\nredirect_from:\r\n  - /handbook/old\r\n---\r\nBody\r\n' })
    expect(edit('Body\r\n')).toEqual({ text: '---\r\nredirect_from:\r\n  - /handbook/old\r\n---\r\nBody\r\n' })
  })

  it('quotes a URL YAML would read otherwise', () => {
    expect(edit('x\n', ['/a: b', '/caf\u00e9'])).toEqual({ text: '---\nredirect_from:\n  - "/a: b"\n  - /caf\u00e9\n---\nx\n' })
  })

  it('returns the line to add for TOML and JSON frontmatter', () => {
    expect(edit('+++\ntitle = "T"\n+++\nBody\n')).toEqual({ manual: 'redirect_from = ["/handbook/old"]' })
    expect(edit('{\n  "title": "T"\n}\nBody\n', ['/a', '/b'])).toEqual({ manual: '"redirect_from": ["/a", "/b"]' })
  })
})
