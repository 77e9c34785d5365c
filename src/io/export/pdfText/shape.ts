import bidiFactory from 'bidi-js'
import type * as HarfBuzz from 'harfbuzzjs'

// A line of text shaped as the board's canvas shapes it: the Unicode bidi algorithm (bidi-js) gives
// every character its level, each run of one level and one face is shaped by HarfBuzz with the real
// font (joining forms, ligatures, marks, mirrored brackets), and the runs are put in visual order.

export type Weight = 'normal' | '600'

/** A face HarfBuzz shapes with; `key` names it for the PDF's glyph cache. */
export interface ShapingFace {
  readonly key: string
  readonly font: HarfBuzz.Font
  readonly upem: number
  /** Ascender and descender in font units (descender negative), for the "central" baseline. */
  readonly ascender: number
  readonly descender: number
}

/** The board's faces, as its CSS font list "Inter, Vazirmatn": Inter first, Vazirmatn for what Inter lacks. */
export interface FaceSet {
  readonly hb: typeof HarfBuzz
  readonly latin: Readonly<Record<Weight, ShapingFace>>
  readonly arabic: Readonly<Record<Weight, ShapingFace>>
}

export interface PlacedGlyph {
  readonly face: ShapingFace
  readonly glyph: number
  /** From the line's left end, in the font size's units (px for board text). */
  readonly x: number
  /** Up from the baseline. */
  readonly y: number
}

/** One character (or a run of them a ligature joined) and the box its glyphs take, in logical order. */
export interface PlacedChar {
  readonly text: string
  /** Logical index of the character in the line. */
  readonly index: number
  readonly x: number
  readonly width: number
  /** Its bidi embedding level: even runs left to right, odd right to left (the paragraph's own level is 0 or 1). */
  readonly level: number
}

export interface ShapedLine {
  readonly width: number
  readonly glyphs: readonly PlacedGlyph[]
  readonly chars: readonly PlacedChar[]
}

let bidi: ReturnType<typeof bidiFactory> | null = null

/** The character's Unicode bidi class ('L', 'R', 'AL', 'EN', 'CS', 'NSM', …). */
export function bidiClass(char: string): string {
  bidi ??= bidiFactory()
  return bidi.getBidiCharTypeName(char)
}

const ARABIC_SCRIPT = /[\u0600-\u06FF\u0750-\u077F\u0870-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/
/** Joiners and marks stay with the letter before them, so joining and mark placement see one run. */
const STAYS_WITH_PREVIOUS = /^(?:\u200C|\u200D|[\u0300-\u036F]|[\u064B-\u065F]|\u0670)$/

function faceFor(ch: string, previous: 'latin' | 'arabic' | null, faces: FaceSet, weight: Weight): 'latin' | 'arabic' {
  if (previous && STAYS_WITH_PREVIOUS.test(ch)) return previous
  if (ARABIC_SCRIPT.test(ch)) return 'arabic'
  const cp = ch.codePointAt(0) ?? 0
  return faces.latin[weight].font.nominalGlyph(cp) ? 'latin' : 'arabic'
}

interface Item {
  readonly start: number
  readonly end: number
  readonly level: number
  readonly face: ShapingFace
}

/** Runs of one bidi level and one face, in logical order. */
function itemize(text: string, levels: Uint8Array, faces: FaceSet, weight: Weight): Item[] {
  const items: Item[] = []
  let previous: 'latin' | 'arabic' | null = null
  let start = 0
  let current: { level: number; face: 'latin' | 'arabic' } | null = null
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i) ?? 0
    const size = cp > 0xffff ? 2 : 1
    const face = faceFor(String.fromCodePoint(cp), previous, faces, weight)
    const level = levels[i] ?? 0
    if (current && (current.level !== level || current.face !== face)) {
      items.push({ start, end: i, level: current.level, face: faces[current.face][weight] })
      start = i
    }
    current = { level, face }
    previous = face
    i += size
  }
  if (current) items.push({ start, end: text.length, level: current.level, face: faces[current.face][weight] })
  return items
}

/** Rule L2: from the highest level down to the lowest odd one, reverse every run at that level or above. */
export function visualOrder<T extends { readonly level: number }>(items: readonly T[]): T[] {
  const out = [...items]
  const max = Math.max(0, ...out.map((i) => i.level))
  const lowestOdd = Math.min(...out.map((i) => (i.level % 2 === 1 ? i.level : i.level + 1)))
  for (let level = max; level >= lowestOdd; level--) {
    for (let i = 0; i < out.length; ) {
      if ((out[i]?.level ?? 0) < level) {
        i++
        continue
      }
      let j = i
      while (j < out.length && (out[j]?.level ?? 0) >= level) j++
      out.splice(i, j - i, ...out.slice(i, j).reverse())
      i = j
    }
  }
  return out
}

/**
 * Shapes one line (already wrapped, no newline) whose paragraph runs `direction`, at `fontSize`.
 * Glyph positions run from the line's left end; chars come in logical order, each with the box of
 * its glyphs, so a text layer can put every character where the reader sees it.
 */
export function shapeLine(text: string, direction: 'ltr' | 'rtl', fontSize: number, weight: Weight, faces: FaceSet): ShapedLine {
  bidi ??= bidiFactory()
  const { hb } = faces
  const { levels } = bidi.getEmbeddingLevels(text, direction)
  const glyphs: PlacedGlyph[] = []
  const chars: PlacedChar[] = []
  let pen = 0
  for (const item of visualOrder(itemize(text, levels, faces, weight))) {
    const rtl = item.level % 2 === 1
    const buffer = new hb.Buffer()
    // The whole line is the context, so a letter before punctuation or a face change still joins right.
    buffer.addText(text, item.start, item.end - item.start)
    buffer.setDirection(rtl ? hb.Direction.RTL : hb.Direction.LTR)
    buffer.setClusterLevel(hb.ClusterLevel.MONOTONE_CHARACTERS)
    buffer.guessSegmentProperties()
    hb.shape(item.face.font, buffer)
    const k = fontSize / item.face.upem
    const shaped = buffer.getGlyphInfosAndPositions()
    const boxes = new Map<number, { x0: number; x1: number }>()
    for (const g of shaped) {
      const advance = (g.xAdvance ?? 0) * k
      glyphs.push({ face: item.face, glyph: g.codepoint, x: pen + (g.xOffset ?? 0) * k, y: (g.yOffset ?? 0) * k })
      const box = boxes.get(g.cluster)
      boxes.set(g.cluster, box ? { x0: Math.min(box.x0, pen), x1: Math.max(box.x1, pen + advance) } : { x0: pen, x1: pen + advance })
      pen += advance
    }
    const starts = [...boxes.keys()].sort((a, b) => a - b)
    starts.forEach((start, i) => {
      const box = boxes.get(start)
      if (!box) return
      const end = starts[i + 1] ?? item.end
      const parts = Array.from(text.slice(start, end))
      const each = (box.x1 - box.x0) / parts.length
      let index = start
      parts.forEach((part, p) => {
        // In a right-to-left run a ligature's first character is its right part.
        const slot = rtl ? parts.length - 1 - p : p
        chars.push({ text: part, index, x: box.x0 + slot * each, width: each, level: item.level })
        index += part.length
      })
    })
  }
  chars.sort((a, b) => a.index - b.index)
  return { width: pen, glyphs, chars }
}

/** The characters in the order a reader sees them, left to right (what a position-based text extractor rebuilds from). */
export function visualText(line: ShapedLine): string {
  return [...line.chars].sort((a, b) => a.x - b.x).map((c) => c.text).join('')
}
