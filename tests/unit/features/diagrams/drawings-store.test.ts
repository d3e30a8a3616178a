import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { drawingKey, forgetDrawingsBut, storeDrawing, storedDrawing } from '../../../../src/content/features/diagrams/drawings-store'

const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'drawings-'))
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }))

describe('the drawings store', () => {
  it('keeps a drawing by its text (line endings aside), and forgets those no page has', () => {
    const pie = 'pie\n  "A" : 1'
    const gantt = 'gantt\n  title T'
    expect(storedDrawing(pie, folder)).toBeUndefined()
    storeDrawing(pie, { light: '<svg>l</svg>', dark: '<svg>d</svg>' }, folder)
    storeDrawing(gantt, { light: '<svg/>', dark: '<svg/>' }, folder)
    expect(storedDrawing('pie\r\n  "A" : 1\n', folder)).toEqual({ light: '<svg>l</svg>', dark: '<svg>d</svg>' })
    expect(drawingKey(pie)).not.toBe(drawingKey(gantt))
    expect(forgetDrawingsBut([pie], folder)).toBe(1)
    expect(fs.readdirSync(folder)).toEqual([`${drawingKey(pie)}.json`])
    expect(storedDrawing(gantt, folder)).toBeUndefined()
  })
})
