import type { ShapingFace } from './shape'

// The invisible text layer is written in a TTF that jsPDF embeds with the advance widths of its
// hmtx table. Joiners (ZWNJ, ZWJ), the bidi marks (LRM, RLM) and combining marks (harakat, the
// hamza above and below) have no advance there, and text extractors (poppler) measure a character
// by its glyph's advance alone (character spacing is taken back out): a character with no width
// breaks the word it sits in, or is taken for a duplicate of the letter it sits on and dropped.
// The layer's copy of the font gives them an advance, so each can be scaled across a box of its
// own beside the letter it belongs to. The glyphs are never painted (render mode 3); what the eye
// sees is drawn from the shaping faces.

const u16 = (view: DataView, at: number) => view.getUint16(at)

function tableOffsets(view: DataView): Map<string, { offset: number; length: number; record: number }> {
  const tables = new Map<string, { offset: number; length: number; record: number }>()
  const count = u16(view, 4)
  for (let i = 0; i < count; i++) {
    const record = 12 + i * 16
    const tag = String.fromCharCode(...[0, 1, 2, 3].map((k) => view.getUint8(record + k)))
    tables.set(tag, { offset: view.getUint32(record + 8), length: view.getUint32(record + 12), record })
  }
  return tables
}

/** The table's checksum as the OpenType spec defines it: the sum of its big-endian 32-bit words. */
function checksum(bytes: Uint8Array, offset: number, length: number): number {
  let sum = 0
  for (let i = 0; i < length; i += 4) {
    const word = ((bytes[offset + i] ?? 0) << 24) | ((bytes[offset + i + 1] ?? 0) << 16) | ((bytes[offset + i + 2] ?? 0) << 8) | (bytes[offset + i + 3] ?? 0)
    sum = (sum + (word >>> 0)) >>> 0
  }
  return sum
}

/**
 * A copy of the TTF where each of `glyphs` (with no advance of its own) advances `advance` font
 * units. Glyphs past hhea's numberOfHMetrics share the last advance and are left as they are.
 */
export function withAdvances(ttf: Uint8Array, glyphs: readonly number[], advance: number): Uint8Array {
  const bytes = new Uint8Array(ttf)
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const tables = tableOffsets(view)
  const hhea = tables.get('hhea')
  const hmtx = tables.get('hmtx')
  if (!hhea || !hmtx) return bytes
  const metrics = u16(view, hhea.offset + 34)
  for (const glyph of glyphs) {
    if (glyph <= 0 || glyph >= metrics) continue
    const at = hmtx.offset + glyph * 4
    if (u16(view, at) === 0) view.setUint16(at, advance)
  }
  view.setUint32(hmtx.record + 4, checksum(bytes, hmtx.offset, hmtx.length))
  return bytes
}

/** Combining marks (general category Mn) of the Latin and Arabic blocks: what the board's faces can put on a letter. */
const MARK_RANGES: readonly (readonly [number, number])[] = [
  [0x0300, 0x036f],
  [0x0610, 0x061a],
  [0x064b, 0x065f],
  [0x0670, 0x0670],
  [0x06d6, 0x06ed],
  [0x0898, 0x08ff],
]
const MARK = /^\p{Mn}$/u

/** The characters with no advance that the text layer still gives a box: joiners, LRM and RLM, combining marks. */
function zeroWidthCodes(): number[] {
  const codes = [0x200c, 0x200d, 0x200e, 0x200f]
  for (const [from, to] of MARK_RANGES) for (let cp = from; cp <= to; cp++) if (MARK.test(String.fromCodePoint(cp))) codes.push(cp)
  return codes
}

/** The text layer's TTF: the shaping face's own bytes, with a quarter em of advance for each character of zeroWidthCodes. */
export function textLayerTtf(face: ShapingFace, ttf: Uint8Array): Uint8Array {
  const glyphs = zeroWidthCodes().map((cp) => face.font.nominalGlyph(cp) ?? 0)
  return withAdvances(ttf, glyphs, Math.round(face.upem / 4))
}
