import { describe, expect, it } from 'vitest'
import { isolated, isolatedValues } from '../../../src/i18n/isolated'

// A title quoted in a Persian sentence ("«Pay (2 min).» وارد شد.") keeps its full stop inside the
// quotes only when it is isolated; without, the stop jumps to the title's other end.
describe('a person’s words inside a sentence', () => {
  it('are isolated in their own direction', () => {
    expect(isolated('Pay (2 min).')).toBe('\u2068Pay (2 min).\u2069')
  })

  it('isolates every text placeholder and leaves numbers to the formatter', () => {
    expect(isolatedValues({ title: 'Pay (2 min).', count: 3 })).toEqual({ title: '\u2068Pay (2 min).\u2069', count: 3 })
    expect(isolatedValues(undefined)).toBeUndefined()
  })
})
