import formatDoc from '../../../docs/file-format.md?raw'
import { describe, expect, it } from 'vitest'
import { readJourney } from '../../../src/io'

describe('docs/file-format.md', () => {
  it('has an example that loads without a repair', () => {
    const example = /## Example[\s\S]*?```json\n([\s\S]*?)```/.exec(formatDoc)?.[1]
    if (!example) expect.fail('no example in the document')
    const result = readJourney(example)
    if (!result.ok) expect.fail(JSON.stringify(result.error))
    expect(result.value.repairs).toEqual([])
    expect(Object.values(result.value.doc.cards).map((c) => c.text)).toEqual(['Instagram ad'])
  })
})
