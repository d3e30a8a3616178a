/**
 * Only passive files are published from content (issue 24, part 3): the
 * allow-list, the SVG sanitiser, and the errors at the link a page gets for
 * a file that could run script on the site.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { XMLValidator } from 'fast-xml-parser'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { matchesPublishEntry, publishRuleOf } from '../../../src/content/publish/passive-files'
import { sanitizeSvg, isPassiveCss } from '../../../src/content/publish/svg'
import { publishedContentFile } from '../../../src/content/publish/content-file'
import { loadHandbook } from '../../../src/content'
import { resolveSettings } from '../../../src/content/settings'
import { formatDiagnostic } from '../../../src/content/common/diagnostics'
import { readSettingsFile } from '../../../src/content/settings'

const FIX = 'or a maintainer lists it in publishFiles in handbook.config.ts'

describe('publishRuleOf', () => {
  it('publishes images, PDF, office documents, text, archives, audio and video as they are', () => {
    for (const file of ['a.png', 'b/c.JPG', 'd.webp', 'e.pdf', 'f.docx', 'g.xlsx', 'h.odt', 'i.key', 'j.csv', 'k.txt', 'l.md', 'm.zip', 'n.tar.gz', 'o.mp4', 'p.mp3', 'q.webm']) {
      expect(publishRuleOf(file), file).toEqual({ publish: 'copy' })
    }
    expect(publishRuleOf('logo.svg')).toEqual({ publish: 'svg' })
  })

  it('refuses what a browser runs, with why and the fix', () => {
    expect(publishRuleOf('docs/policy.html')).toEqual({
      publish: 'refused',
      message: `docs/policy.html: .html files are not published from the content folder (a page could run script on the handbook's site): link to a PDF or a page instead, ${FIX}`,
    })
    for (const file of ['a.htm', 'a.xhtml', 'a.js', 'a.mjs', 'a.cjs', 'a.xml', 'a.json', 'site.webmanifest', 'a.wasm', 'a.php', 'a.swf']) {
      expect(publishRuleOf(file), file).toMatchObject({ publish: 'refused', message: expect.stringContaining(`.${file.split('.').pop()} files are not published`) })
    }
    for (const file of ['sw.js', 'docs/service-worker.js', 'docs/serviceworker.mjs', 'x/sw-v2.js']) {
      expect(publishRuleOf(file), file).toEqual({
        publish: 'refused',
        message: `${file}: a script named as a service worker is not published from the content folder (once registered it would answer for every page of the site): remove the link, ${FIX}`,
      })
    }
  })

  it('refuses unknown types, naming the setting', () => {
    expect(publishRuleOf('tools/run.exe')).toEqual({
      publish: 'refused',
      message: `tools/run.exe: .exe files are not among the types published from the content folder (images, PDF, office documents, text and CSV, archives, audio and video): save it as one of those, ${FIX}`,
    })
    expect(publishRuleOf('LICENSE')).toMatchObject({ message: expect.stringContaining('LICENSE: files without an extension are not among') })
  })

  it('publishes what publishFiles lists, by path or pattern, as it is', () => {
    expect(publishRuleOf('docs/policy.html', ['docs/policy.html'])).toEqual({ publish: 'copy' })
    expect(publishRuleOf('exports/a/b.json', ['exports/**'])).toEqual({ publish: 'copy' })
    expect(publishRuleOf('logo.svg', ['*.svg'])).toEqual({ publish: 'copy' })
    expect(publishRuleOf('docs/other.html', ['docs/policy.html'])).toMatchObject({ publish: 'refused' })
    expect(matchesPublishEntry('/docs/*.json', 'docs/a.json')).toBe(true)
    expect(matchesPublishEntry('docs/*.json', 'docs/x/a.json')).toBe(false)
    expect(matchesPublishEntry('docs/**/*.json', 'docs/a.json')).toBe(true)
    expect(matchesPublishEntry('docs/**/*.json', 'docs/x/y/a.json')).toBe(true)
    expect(matchesPublishEntry('docs/a.json', 'docs/aXjson')).toBe(false)
  })
})

describe('sanitizeSvg', () => {
  const svg = (body: string, attributes = '') => `<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10"${attributes}>${body}</svg>`
  const clean = (text: string) => {
    const result = sanitizeSvg(text).svg!
    // What is published must be well-formed XML: an SVG file is parsed as XML.
    expect(XMLValidator.validate(result)).toBe(true)
    return result
  }

  it('keeps shapes, gradients, classes, local references and embedded raster images', () => {
    const text = svg(
      '<style>.st0{fill:url(#g)} .a > .b{stroke:#000}</style><defs><linearGradient id="g"><stop offset="0" stop-color="#fff"/></linearGradient></defs>' +
        '<path class="st0" d="M0 0h10" stroke-width="2" style="fill:url(#g);opacity:.5"/><use xlink:href="#g"/><use href="#g"/>' +
        '<image href="data:image/png;base64,iVBORw0KGgo="/><text x="1">A &amp; B &lt; C</text>',
    )
    const out = clean(text)
    expect(out).toContain('<style>.st0{fill:url(#g)} .a > .b{stroke:#000}</style>')
    expect(out).toContain('<stop offset="0" stop-color="#fff" />')
    expect(out).toContain('<path class="st0" d="M0 0h10" stroke-width="2" style="fill:url(#g);opacity:.5" />')
    expect(out).toContain('<use xlink:href="#g" /><use href="#g" />')
    expect(out).toContain('<image href="data:image/png;base64,iVBORw0KGgo=" />')
    expect(out).toContain('<text x="1">A &#x26; B &#x3C; C</text>')
    expect(out).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 10 10" xmlns:xlink="http:\/\/www\.w3\.org\/1999\/xlink">/)
  })

  it('drops script, event attributes, foreign objects, animation and links', () => {
    const out = clean(
      svg(
        '<script>alert(1)</script><script href="https://evil.example/x.js"/><foreignObject><div xmlns="http://www.w3.org/1999/xhtml"><img src="x" onerror="alert(1)"/></div></foreignObject>' +
          '<rect width="1" height="1" onclick="alert(1)"/><set attributeName="href" to="javascript:alert(1)"/><animate attributeName="href" values="javascript:alert(1)"/>' +
          '<a href="javascript:alert(1)"><circle r="1"/></a>',
        ' onload="alert(1)"',
      ),
    )
    expect(out).not.toMatch(/script|alert|onload|onclick|onerror|foreignObject|<div|<img|<set|<animate|<a |javascript/i)
    expect(out).toContain('<rect width="1" height="1" />')
    expect(out).toContain('<circle r="1" />')
  })

  it('drops references to other files and sites', () => {
    const out = clean(
      svg(
        '<use href="other.svg#x"/><use xlink:href="https://evil.example/a.svg#x"/><image xlink:href="http://evil.example/a.png"/><image href="data:text/html;base64,PHNjcmlwdD4="/>' +
          '<feImage href="https://evil.example/x"/><style>@import url(https://evil.example/a.css);</style><style>.a{fill:url(http://evil.example/p.svg#x)}</style>' +
          '<rect style="background:url(https://evil.example/t.png)" width="2"/><style>.b{background:u\\72l(https://evil.example/)}</style>',
      ),
    )
    expect(out).not.toMatch(/evil|other\.svg|data:text|@import/)
    expect(out).toContain('<use /><use /><image /><image /><feImage /><rect width="2" />')
  })

  it('refuses CSS that could load anything', () => {
    expect(isPassiveCss('.a{fill:url(#g)}')).toBe(true)
    expect(isPassiveCss('.a{fill:url( "#g" )}')).toBe(true)
    for (const css of ['@import "x.css";', '.a{fill:url(x.svg#g)}', '.a{background:image-set("a.png" 1x)}', '.a{b:u\\72l(x)}', '</style><script>', '.a{behavior:url(x.htc)}']) {
      expect(isPassiveCss(css), css).toBe(false)
    }
  })

  it('publishes nothing for a file that holds no <svg>', () => {
    expect(sanitizeSvg('<html><script>alert(1)</script></html>').svg).toBeUndefined()
  })
})

describe('linked files in a handbook', () => {
  let root: string
  beforeAll(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'handbook-passive-'))
  })
  afterAll(() => {
    fs.rmSync(root, { recursive: true, force: true })
  })
  const make = (name: string, files: Record<string, string>) => {
    const dir = path.join(root, name)
    for (const [file, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
      fs.writeFileSync(path.join(dir, file), text)
    }
    return dir
  }
  const files = {
    'index.md': '# Home\n\nRead [the policy](docs/policy.html).\n\nAlso [worker](docs/sw.js) and [feed](docs/feed.xml).\n\n[PDF](docs/policy.pdf) ![chart](docs/chart.png) ![logo](docs/logo.svg)\n',
    'docs/policy.html': '<script>alert(1)</script>',
    'docs/sw.js': 'self.addEventListener("fetch", () => {})',
    'docs/feed.xml': '<feed/>',
    'docs/policy.pdf': '%PDF',
    'docs/chart.png': 'png',
    'docs/logo.svg': '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(1)</script><rect width="1" height="1"/></svg>',
  }

  it('gives an error at each link to a file that could run script; a PDF, PNG and SVG are published', () => {
    const content = make('links', files)
    const handbook = loadHandbook(resolveSettings({ title: 'T' }, { HANDBOOK_CONTENT_DIR: content }, root), { includeDrafts: false, hrefPrefix: '' })
    expect(handbook.diagnostics.map((d) => formatDiagnostic(d))).toEqual([
      `index.md:3:6: error: docs/policy.html: .html files are not published from the content folder (a page could run script on the handbook's site): link to a PDF or a page instead, ${FIX}`,
      `index.md:5:6: error: docs/sw.js: a script named as a service worker is not published from the content folder (once registered it would answer for every page of the site): remove the link, ${FIX}`,
      `index.md:5:31: error: docs/feed.xml: .xml files are not published from the content folder (an XML document can carry script that runs on the handbook's site): link to a PDF or a page instead, ${FIX}`,
      // What the SVG loses is said, at the file.
      'docs/logo.svg: warning: published without onload, <script>: an SVG on the site may not run script or load other files. If it looks different there, export it again without them, or as PNG',
    ])
    expect(handbook.linkedFiles).toEqual(['docs/chart.png', 'docs/logo.svg', 'docs/policy.pdf'])
    const logo = publishedContentFile(content, 'docs/logo.svg')
    expect(logo).toEqual({ kind: 'write', contents: '<svg xmlns="http://www.w3.org/2000/svg"><rect width="1" height="1" /></svg>\n', removed: ['onLoad', '<script>'] })
    expect(publishedContentFile(content, 'docs/policy.html')).toMatchObject({ kind: 'refused' })
  })

  it('gives an error at a link to a file at a path the build writes itself, which would overwrite it or be overwritten', () => {
    const content = make('build-paths', {
      'index.md': '# Home\n\n[robots](robots.txt) [llms](LLMS.TXT) [image](static/x.png) [fine](docs/robots.txt)\n',
      'robots.txt': 'User-agent: *',
      'LLMS.TXT': 'text',
      'static/x.png': 'png',
      'docs/robots.txt': 'kept',
    })
    const handbook = loadHandbook(resolveSettings({ title: 'T' }, { HANDBOOK_CONTENT_DIR: content }, root), { includeDrafts: false, hrefPrefix: '' })
    expect(handbook.diagnostics.map((d) => formatDiagnostic(d))).toEqual([
      'index.md:3:1: error: robots.txt would be published at /robots.txt, which is a file the build writes (/robots.txt): rename the file or move it to another folder',
      'index.md:3:22: error: LLMS.TXT would be published at /LLMS.TXT, which is a file the build writes (/LLMS.TXT): rename the file or move it to another folder',
      'index.md:3:39: error: static/x.png would be published at /static/x.png, which is the folder /static/, which the build fills: rename the file or move it to another folder',
    ])
    expect(handbook.linkedFiles).toEqual(['docs/robots.txt'])
  })

  it('says an .svg that holds no SVG is not published, at the file', () => {
    const content = make('not-svg', { 'index.md': '# Home\n\n![chart](chart.svg)\n', 'chart.svg': '<html><body><script>alert(1)</script></body></html>' })
    const handbook = loadHandbook(resolveSettings({ title: 'T' }, { HANDBOOK_CONTENT_DIR: content }, root), { includeDrafts: false, hrefPrefix: '' })
    expect(handbook.diagnostics.map((d) => formatDiagnostic(d))).toEqual(['chart.svg: error: this file holds no <svg> element, so it is not published: save the image as SVG, or as PNG'])
    expect(publishedContentFile(content, 'chart.svg')).toMatchObject({ kind: 'refused' })
  })

  it('publishes the paths publishFiles in handbook.config.ts lists', () => {
    const content = make('allowed', files)
    const settings = resolveSettings({ title: 'T', publishFiles: ['docs/policy.html', 'docs/*.xml', 'docs/sw.js'] }, { HANDBOOK_CONTENT_DIR: content }, root)
    const handbook = loadHandbook(settings, { includeDrafts: false, hrefPrefix: '' })
    expect(handbook.diagnostics.map((d) => d.code)).toEqual(['svg-sanitized'])
    expect(handbook.linkedFiles).toEqual(['docs/chart.png', 'docs/feed.xml', 'docs/logo.svg', 'docs/policy.html', 'docs/policy.pdf', 'docs/sw.js'])
    expect(publishedContentFile(content, 'docs/policy.html', settings.publishFiles)).toEqual({ kind: 'copy', source: path.join(fs.realpathSync(content), 'docs', 'policy.html') })
  })
})

describe('handbook.yml', () => {
  it('cannot list publishFiles: an error saying it belongs to maintainers, in handbook.config.ts', () => {
    const { config, diagnostics } = readSettingsFile('title: T\npublishFiles: [docs/policy.html]\n', () => true)
    expect(config).toEqual({ title: 'T' })
    expect(diagnostics.map((d) => formatDiagnostic(d))).toEqual([
      'handbook.yml:2:1: error: "publishFiles" cannot be set in handbook.yml, so it is ignored: it lets pages publish files that could run script on the site (.html, .js…), so only maintainers set it: in publishFiles in handbook.config.ts, which a pull request to the content cannot change',
    ])
  })

  it('names images only as the logo, icon and social image', () => {
    const { config, diagnostics } = readSettingsFile('logo: brand/logo.svg\nfavicon: brand/icon.html\n', () => true)
    expect(config).toEqual({ logo: 'brand/logo.svg' })
    expect(diagnostics.map((d) => formatDiagnostic(d))).toEqual([
      'handbook.yml:2:10: error: "favicon": brand/icon.html is not an image, so it is not used or published: name a .png, .jpg, .jpeg, .gif, .webp, .avif, .ico, .bmp, .svg file, e.g. favicon: images/favicon.svg',
    ])
  })
})
