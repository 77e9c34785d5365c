import { describe, expect, it } from 'vitest'
import { ANY_BREAK, balance, pack, stageBreaks, type Span } from '../../../../src/io/export/pageBreaks'

/** Steps of `width` px in stages of these sizes, in reading order, each span knowing its stage. */
function steps(counts: readonly number[], width = 100): Span[] {
  const spans: Span[] = []
  counts.forEach((count, stage) => {
    for (let i = 0; i < count; i++) spans.push({ start: spans.length * width, size: width, stage })
  })
  return spans
}

/** Stages whose names need `need` px of their band each. */
const needing = (counts: readonly number[], need: number, width = 100) => counts.map((count) => ({ width: count * width, fits: (w: number) => w >= need - 1e-9 }))

const sizes = (groups: readonly (readonly Span[])[]) => groups.map((g) => g.map((s) => s.stage))

describe('page breaks and stage names', () => {
  it('ends a full page where no stage is left a part narrower than its name needs', () => {
    const spans = steps([3, 4, 3])
    // Any break: pages of four steps leave the second stage one step on page 1.
    expect(sizes(pack(spans, 400))).toEqual([[0, 0, 0, 1], [1, 1, 1, 2], [2, 2]])
    const { ok, cutParts } = stageBreaks(spans, needing([3, 4, 3], 200))
    expect(cutParts(pack(spans, 400))).toBe(2)
    const groups = pack(spans, 400, ok)
    expect(sizes(groups)).toEqual([[0, 0, 0], [1, 1, 1, 1], [2, 2, 2]])
    expect(cutParts(groups)).toBe(0)
    for (const g of groups) expect(g.reduce((sum, s) => sum + s.size, 0)).toBeLessThanOrEqual(400)
  })

  it('splits a stage longer than a page into parts that each hold the name', () => {
    const spans = steps([9])
    const { ok, cutParts } = stageBreaks(spans, needing([9], 200))
    // Four, four and a one-step part without the rule; four, three, two with it.
    expect(pack(spans, 400).map((g) => g.length)).toEqual([4, 4, 1])
    expect(pack(spans, 400, ok).map((g) => g.length)).toEqual([4, 3, 2])
    const even = balance(spans, 3, ok)
    expect(even.map((g) => g.length)).toEqual([3, 3, 3])
    expect(cutParts(even)).toBe(0)
  })

  it('breaks where the room runs out when no break leaves both parts whole, and counts that part', () => {
    // A stage of three steps on pages of two, its name needing two steps: some part is one step.
    const spans = steps([3])
    const { ok, cutParts } = stageBreaks(spans, needing([3], 200))
    const groups = pack(spans, 200, ok)
    expect(groups.map((g) => g.length)).toEqual([2, 1])
    expect(cutParts(groups)).toBe(1)
  })

  it('lets a stage whose whole band cannot hold its name break anywhere, and does not count it', () => {
    const spans = steps([2, 4])
    const { ok, cutParts } = stageBreaks(spans, [{ width: 200, fits: () => true }, { width: 400, fits: () => false }])
    expect(pack(spans, 300, ok)).toEqual(pack(spans, 300, ANY_BREAK))
    expect(cutParts(pack(spans, 300, ok))).toBe(0)
  })

  it('breaks freely between stages and beside spans in no stage', () => {
    const spans: Span[] = [...steps([2, 2]), { start: 400, size: 100 }]
    const { ok } = stageBreaks(spans, needing([2, 2], 200))
    expect(ok(0, 2)).toBe(true)
    expect(ok(0, 1)).toBe(false)
    expect(ok(2, 4)).toBe(true)
    expect(ok(0, 5)).toBe(true)
  })
})
