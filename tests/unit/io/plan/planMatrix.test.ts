import { describe, expect, it } from 'vitest'
import { quadrantOf, type Action } from '../../../../src/domain'
import type { Rect } from '../../../../src/domain/layout'
import type { Measure } from '../../../../src/io/export/svg/text'
import { buildMatrixSvg, layoutMatrix, legendWidth } from '../../../../src/io/plan'
import { buildSampleDoc } from '../../domain/helpers'
import { action, translator } from './planHelpers'

const { doc } = buildSampleDoc()
const mapId = doc.map.id
const measure: Measure = (text, font) => text.length * (parseFloat(/(\d+)px/.exec(font)?.[1] ?? '15') * 0.55)
const overlaps = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height
const inside = (a: Rect, b: Rect) => a.x >= b.x && a.y >= b.y && a.x + a.width <= b.x + b.width + 0.001 && a.y + a.height <= b.y + b.height + 0.001

/** Twenty actions, six of them on the same scores. */
function twenty(): Action[] {
  const scores = [[5, 1], [5, 1], [5, 1], [5, 1], [5, 1], [5, 1], [4, 2], [4, 5], [5, 4], [2, 2], [1, 1], [3, 3], [2, 5], [1, 4], [3, 4], [4, 3], [5, 5], [1, 2], [2, 3], [4, 4]] as const
  return scores.map(([impact, effort], i) => action(mapId, { title: `Action number ${i + 1} with a longer title`, impact, effort, status: (['idea', 'planned', 'doing', 'done', 'dropped'] as const)[i % 5] }))
}

describe('matrix layout', () => {
  it.each([false, true])('puts every chip in its quadrant and cell, none over another (rtl %s)', async (rtl) => {
    const t = await translator('en')
    const actions = twenty()
    const layout = layoutMatrix(actions, legendWidth(t, measure), rtl)
    expect(layout.chips).toHaveLength(20)
    for (const chip of layout.chips) {
      const quadrant = layout.quadrants.find((q) => q.quadrant === quadrantOf(chip.action))
      expect(inside(chip.rect, quadrant!.rect)).toBe(true)
      expect(overlaps(chip.rect, quadrant!.label)).toBe(false)
      const column = layout.columns.find((c) => c.score === chip.action.effort)!
      const row = layout.rows.find((r) => r.score === chip.action.impact)!
      expect(inside(chip.rect, { ...column.rect, y: row.rect.y, height: row.rect.height })).toBe(true)
    }
    for (const a of layout.chips) for (const b of layout.chips) if (a !== b) expect(overlaps(a.rect, b.rect)).toBe(false)
    for (const item of layout.legend) expect(item.label.y).toBeGreaterThan(layout.grid.y + layout.grid.height)
    for (const r of [layout.title, layout.grid, ...layout.legend.map((l) => l.label)]) expect(inside(r, { x: 0, y: 0, width: layout.width, height: layout.height })).toBe(true)
  })

  it('mirrors the effort axis right to left: low effort on the right, quick wins top-right', async () => {
    const t = await translator('fa')
    const actions = [action(mapId, { impact: 5, effort: 1 })]
    const ltr = layoutMatrix(actions, legendWidth(t, measure), false)
    const rtl = layoutMatrix(actions, legendWidth(t, measure), true)
    const quick = (l: typeof ltr) => l.quadrants.find((q) => q.quadrant === 'quickWin')!.rect
    const middle = (r: Rect) => r.x + r.width / 2
    expect(middle(quick(ltr))).toBeLessThan(ltr.width / 2)
    expect(middle(quick(rtl))).toBeGreaterThan(rtl.width / 2)
    expect(quick(rtl).x + quick(rtl).width).toBe(ltr.width - quick(ltr).x)
    expect(rtl.chips[0]!.rect.x).toBe(ltr.width - ltr.chips[0]!.rect.x - ltr.chips[0]!.rect.width)
    expect(ltr.effortAxis.to).toBeGreaterThan(ltr.effortAxis.from)
    expect(rtl.effortAxis.to).toBeLessThan(rtl.effortAxis.from)
  })

  it('grows a crowded row instead of hiding chips, and places stray scores on the scale', async () => {
    const t = await translator('en')
    const few = layoutMatrix([action(mapId, { impact: 2, effort: 2 })], legendWidth(t, measure), false)
    const crowd = Array.from({ length: 12 }, () => action(mapId, { impact: 2, effort: 2 }))
    const many = layoutMatrix([...crowd, action(mapId, { impact: 9, effort: Number.NaN })], legendWidth(t, measure), false)
    expect(many.height).toBeGreaterThan(few.height + 10 * 40)
    const stray = many.chips.find((c) => c.action.impact === 9)!
    expect(inside(stray.rect, many.quadrants.find((q) => q.quadrant === 'quickWin')!.rect)).toBe(true)
  })
})

describe('matrix SVG', () => {
  it('draws names, axes, a chip per action and the legend, with user text escaped', async () => {
    const t = await translator('en')
    const actions = [...twenty(), action(mapId, { title: '<script>alert(1)</script> & "x"', impact: 1, effort: 1 })]
    const layout = layoutMatrix(actions, legendWidth(t, measure), false)
    const svg = buildMatrixSvg({ layout, t, language: 'en', title: 'My <map>', measure, fontCss: '@font-face{}' })
    expect(svg).not.toContain('<script>')
    expect(svg).toContain('>&lt;script&gt;alert(1)&lt;/script&gt;</tspan>')
    expect(svg).toContain('>&amp; &quot;x&quot;</tspan>')
    expect(svg).toContain('My &lt;map&gt;')
    for (const word of ['Quick wins', 'Big bets', 'Fill-ins', 'Thankless tasks', 'Effort', 'Impact', 'Idea', 'Planned', 'Doing', 'Done', 'Dropped']) expect(svg).toContain(`>${word}<`)
    expect(svg.match(/<g class="chip"/g)).toHaveLength(21)
    expect(svg).toContain('<style>@font-face{}')
  })

  it('writes Persian right to left with Persian digits, and cuts a view of it', async () => {
    const t = await translator('fa')
    const layout = layoutMatrix(twenty(), legendWidth(t, measure), true)
    const svg = buildMatrixSvg({ layout, t, language: 'fa', title: 'نقشه', measure })
    expect(svg).toContain('direction="rtl"')
    expect(svg).toContain('>۵<')
    expect(svg).toContain('>بردهای سریع<')
    const part = buildMatrixSvg({ layout, t, language: 'fa', title: 'نقشه', measure, view: { x: 0, y: 0, width: 100, height: 50 } })
    expect(part).toContain('viewBox="0 0 100 50"')
  })

  it('says so when there is nothing to place', async () => {
    const t = await translator('tr')
    const layout = layoutMatrix([], legendWidth(t, measure), false)
    expect(buildMatrixSvg({ layout, t, language: 'tr', title: 'Harita', measure })).toContain('>Henüz eylem yok.<')
  })
})
