import { describe, expect, it } from 'vitest'
import type { Measure } from '../../../../src/io/export/svg/text'
import { mixesDirections, pdfMixedTextBox, visualRuns } from '../../../../src/io/plan/pdfBidi'

describe('mixed-direction lines for the PDF', () => {
  it('tells mixed lines from lines of one script', () => {
    expect(mixesDirections('کوچ به CRM تازه')).toBe(true)
    expect(mixesDirections('پاسخ در ۲ دقیقه')).toBe(false)
    expect(mixesDirections('Move to CRM 2')).toBe(false)
  })

  it('orders runs as the bidi algorithm shows them, left to right', () => {
    // A Persian line: its first word on the right, the Latin run kept in its own order.
    expect(visualRuns('کوچ به CRM تازه')).toEqual([
      { text: 'تازه', rtl: true },
      { text: 'CRM', rtl: false },
      { text: 'کوچ به', rtl: true },
    ])
    expect(visualRuns('به Google Drive رفت')).toEqual([
      { text: 'رفت', rtl: true },
      { text: 'Google Drive', rtl: false },
      { text: 'به', rtl: true },
    ])
    // A Latin line with a Persian word stays left to right; a number between Latin words is Latin.
    expect(visualRuns('Move 2 files to پوشه now')).toEqual([
      { text: 'Move 2 files to', rtl: false },
      { text: 'پوشه', rtl: true },
      { text: 'now', rtl: false },
    ])
  })

  it('writes one escaped <text> per run, ending at the box\u2019s right edge', () => {
    const measure: Measure = Object.assign((text: string) => text.length * 10, { pdfText: true })
    const svg = pdfMixedTextBox('کوچ به <CRM> تازه', { x: 0, y: 0, width: 300, height: 40 }, { fontSize: 13, fontWeight: 'normal', lineHeight: 1.25, fill: '#000', wrap: true }, measure)
    const runs = [...svg.matchAll(/<text x="([\d.]+)"[^>]*>([^<]*)<\/text>/g)].map((m) => [Number(m[1]), m[2]])
    expect(runs.map((r) => r[1])).toEqual(['تازه', '&lt;CRM&gt;', 'کوچ به'])
    // Widths 40 + 50 + 60 and two spaces of 10: the line starts 300 - 170 from the left.
    expect(runs.map((r) => r[0])).toEqual([130, 180, 240])
  })
})
