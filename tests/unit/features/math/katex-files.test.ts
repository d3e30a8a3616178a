import { describe, expect, it } from 'vitest'
import katex from 'katex'
import { KATEX_FOLDER, katexFiles, woff2Only } from '../../../../src/content/features/math/katex-files'

describe("KaTeX's stylesheet and fonts", () => {
  it('names only the woff2 fonts in the stylesheet', () => {
    const css = '@font-face{font-family:K;src:url(fonts/K.woff2) format("woff2"),url(fonts/K.woff) format("woff"),url(fonts/K.ttf) format("truetype")}'
    expect(woff2Only(css)).toBe('@font-face{font-family:K;src:url(fonts/K.woff2) format("woff2")}')
  })

  it("publishes the stylesheet of the KaTeX that draws, and every font it names, under the version's folder", () => {
    const files = katexFiles()
    expect(KATEX_FOLDER).toBe(`katex-${katex.version}`)
    const css = String(files[0]!.contents)
    expect(files[0]!.path).toBe(`${KATEX_FOLDER}/katex.min.css`)
    expect(css).not.toMatch(/\.woff\)|\.ttf\)/)
    const named = [...css.matchAll(/url\((fonts\/[^)]+)\)/g)].map((match) => `${KATEX_FOLDER}/${match[1]}`)
    expect(files.slice(1).map((file) => file.path)).toEqual([...new Set(named)])
    expect(files.length).toBeGreaterThan(10)
    for (const file of files.slice(1)) expect(file.contents.length).toBeGreaterThan(1000)
  })
})
