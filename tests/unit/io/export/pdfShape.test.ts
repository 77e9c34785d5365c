import { describe, expect, it } from 'vitest'
import { shapeLine, visualOrder, visualText } from '../../../../src/io/export/pdfText/shape'
import { testFaces as faces } from './pdfFaces'

/** A run of characters seen left to right, reversed where it is right to left: what the eye reads as words. */
const faceOf = (line: ReturnType<typeof shapeLine>, index: number) => {
  const c = line.chars.find((ch) => ch.index === index)
  return line.glyphs.find((g) => c && g.x >= c.x - 0.01 && g.x < c.x + c.width)?.face.key
}

describe('shaping a line for the PDF', () => {
  it('puts a Latin word and a number of a Persian line where the bidi algorithm puts them, and end punctuation at the left end', () => {
    const line = shapeLine('کوچ به CRM در ۲ روز.', 'rtl', 15, 'normal', faces)
    // Seen left to right: the full stop first (the line's end), the Persian words reversed, CRM kept as written.
    const seen = visualText(line)
    expect(seen.startsWith('.')).toBe(true)
    expect(seen).toContain('CRM')
    expect(seen.indexOf('CRM')).toBeLessThan(seen.indexOf('هب'))
    expect(seen.endsWith('چوک')).toBe(true)
    // Logical order is kept for a text layer: every character once, in the order typed.
    expect(line.chars.map((c) => c.text).join('')).toBe('کوچ به CRM در ۲ روز.')
  })

  it('keeps a left-to-right paragraph left to right, with a Persian word reversed inside it', () => {
    const seen = visualText(shapeLine('Move 2 files to پوشه now', 'ltr', 15, 'normal', faces))
    expect(seen).toBe('Move 2 files to هشوپ now')
  })

  it('gives a letter before punctuation its final form, as alone at a word end', () => {
    const glyphOf = (text: string, index: number) => {
      const line = shapeLine(text, 'rtl', 15, 'normal', faces)
      const c = line.chars.find((ch) => ch.index === index)
      return line.glyphs.find((g) => c && Math.abs(g.x - c.x) < 0.01)?.glyph
    }
    // "تازه." and "تازه" end in the same final heh; "تازه‌ها" (joined on) does not.
    expect(glyphOf('تازه.', 3)).toBe(glyphOf('تازه', 3))
    expect(glyphOf('تازهها', 3)).not.toBe(glyphOf('تازه', 3))
  })

  it('sets Latin, Turkish and Norwegian letters in Inter and Arabic script in Vazirmatn', () => {
    const line = shapeLine('Işık ve øl — سلام', 'ltr', 15, '600', faces)
    expect(faceOf(line, 0)).toBe('inter-600')
    expect(faceOf(line, 1)).toBe('inter-600')
    expect(faceOf(line, 9)).toBe('inter-600')
    expect(faceOf(line, 13)).toBe('vazirmatn-600')
    expect(line.glyphs.every((g) => g.glyph !== 0)).toBe(true)
  })

  it('joins lam and alef into one ligature whose characters both stay in the text layer', () => {
    const line = shapeLine('بالا', 'rtl', 15, 'normal', faces)
    expect(line.glyphs.length).toBeLessThan(4)
    expect(line.chars.map((c) => c.text).join('')).toBe('بالا')
  })

  it('reverses nested runs from the highest level down (rule L2)', () => {
    const items = [{ id: 'a', level: 1 }, { id: 'b', level: 2 }, { id: 'c', level: 2 }, { id: 'd', level: 1 }, { id: 'e', level: 0 }]
    expect(visualOrder(items).map((i) => i.id)).toEqual(['d', 'b', 'c', 'a', 'e'])
  })
})
