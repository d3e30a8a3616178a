import { describe, expect, it } from 'vitest'
import { mermaidBlocks } from '../../../../src/content/features/diagrams/blocks'

describe('mermaidBlocks', () => {
  it('finds fences (backticks or tildes, in a list or a quotation) and Hugo shortcodes, at the line of their first code line', () => {
    const text = [
      '# Page',
      '',
      '```mermaid',
      'graph TD',
      '  A --> B',
      '```',
      '',
      '- item',
      '  ~~~~ mermaid',
      '  pie',
      '  ~~~~',
      '',
      '> ```mermaid',
      '> sequenceDiagram',
      '> ```',
      '{{< mermaid >}}',
      'gantt',
      '{{< /mermaid >}}',
      '```js',
      'mermaid()',
      '```',
    ].join('\n')
    expect(mermaidBlocks(text.split('\n'))).toEqual([
      { line: 4, text: 'graph TD\n  A --> B' },
      { line: 10, text: 'pie' },
      { line: 14, text: 'sequenceDiagram' },
      { line: 17, text: 'gantt' },
    ])
  })

  it('skips a mermaid block shown inside another fence, and inline code', () => {
    expect(mermaidBlocks(['````markdown', '```mermaid', 'graf TD', '```', '````', '``` mermaid ``` in a line', '```mermaid', 'graph TD', '```'])).toEqual([{ line: 8, text: 'graph TD' }])
  })

  it('takes a fence left open to the end of the page, as Markdown does', () => {
    expect(mermaidBlocks(['```mermaid', 'graph LR'])).toEqual([{ line: 2, text: 'graph LR' }])
  })
})
