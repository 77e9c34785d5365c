import type { jsPDF } from 'jspdf'
import { layerChars } from './layer'
import { shapeLine, type FaceSet, type ShapedLine, type ShapingFace, type Weight } from './shape'

// Text goes into the PDF twice: the shaped glyphs as filled outlines (what the eye sees, exactly as
// HarfBuzz shaped them), and an invisible text layer (render mode 3) with each character over its
// glyphs, so selecting, searching and extracting give the typed text. The layer runs left to right
// as the glyphs of any PDF do; extractors (poppler, pdf.js) turn that back into logical order.

/** One line of text to set, in page points (y down from the page's top). */
export interface PdfLine {
  readonly text: string
  /** The anchor point and the baseline's y, in points. */
  readonly x: number
  readonly baseline: number
  readonly anchor: 'start' | 'middle' | 'end'
  readonly direction: 'ltr' | 'rtl'
  /** In points. */
  readonly fontSize: number
  readonly weight: Weight
  /** #rgb or #rrggbb. */
  readonly fill: string
  /** How opaque the glyphs are, 0..1 (a faded label); 1 when left out. */
  readonly opacity?: number
}

const fmt = (v: number) => (Math.round(v * 1000) / 1000).toString()

function rgb(fill: string): string {
  let hex = fill.trim().replace(/^#/, '')
  if (/^[0-9a-f]{3}$/i.test(hex)) hex = hex.replace(/./g, (c) => c + c)
  if (!/^[0-9a-f]{6}$/i.test(hex)) return '0 0 0'
  return [0, 2, 4].map((i) => fmt(parseInt(hex.slice(i, i + 2), 16) / 255)).join(' ')
}

/** A glyph's outline as PDF path operators in font units (quadratic curves raised to cubic), cached per face. */
function outline(face: ShapingFace, glyph: number, cache: Map<string, string>): string {
  const key = `${face.key}:${glyph}`
  const cached = cache.get(key)
  if (cached !== undefined) return cached
  const ops: string[] = []
  let cx = 0
  let cy = 0
  for (const cmd of face.font.glyphToJson(glyph)) {
    const v = cmd.values.map((n) => Math.round(n * 10) / 10)
    if (cmd.type === 'M' || cmd.type === 'L') {
      ;[cx, cy] = [v[0] ?? 0, v[1] ?? 0]
      ops.push(`${fmt(cx)} ${fmt(cy)} ${cmd.type === 'M' ? 'm' : 'l'}`)
    } else if (cmd.type === 'Q') {
      const [qx = 0, qy = 0, x = 0, y = 0] = v
      const c1 = [cx + (2 / 3) * (qx - cx), cy + (2 / 3) * (qy - cy)]
      const c2 = [x + (2 / 3) * (qx - x), y + (2 / 3) * (qy - y)]
      ops.push(`${[...c1, ...c2, x, y].map(fmt).join(' ')} c`)
      ;[cx, cy] = [x, y]
    } else if (cmd.type === 'C') {
      ops.push(`${v.map(fmt).join(' ')} c`)
      ;[cx, cy] = [v[4] ?? 0, v[5] ?? 0]
    } else if (cmd.type === 'Z') {
      ops.push('h')
    }
  }
  const path = ops.join(' ')
  cache.set(key, path)
  return path
}

interface PdfFontInternals {
  readonly id: string
  readonly metadata: { widthOfGlyph(glyph: number): number; characterToGlyph(code: number): number }
}

type WithEscape = jsPDF & { pdfEscape16(text: string, font: PdfFontInternals): string }
/** jsPDF's own writer into the current page's content stream (not in its typings). */
type WithWrite = { internal: { write(...lines: string[]): void } }

/** Draws shaped lines into the current page of a jsPDF document (compat API: native PDF coordinates, y up). */
export class PdfTextWriter {
  private readonly outlines = new Map<string, string>()

  constructor(
    private readonly pdf: jsPDF,
    private readonly faces: FaceSet,
    /** The jsPDF font (a TTF with Latin and Arabic letters) the invisible text layer is written in. */
    private readonly layerFont: { family: string; style: string },
  ) {}

  /** Shapes a line (for measuring and placing), in the line's font size units. */
  shape(text: string, direction: 'ltr' | 'rtl', fontSize: number, weight: Weight): ShapedLine {
    return shapeLine(text, direction, fontSize, weight, this.faces)
  }

  /** The baseline's offset below a "central" y (SVG dominant-baseline central, canvas textBaseline middle), as the board's first face gives it. */
  centralToBaseline(fontSize: number, weight: Weight): number {
    const face = this.faces.latin[weight]
    return ((face.ascender + face.descender) / 2) * (fontSize / face.upem)
  }

  draw(line: PdfLine): void {
    if (line.text.trim() === '') return
    const shaped = this.shape(line.text, line.direction, line.fontSize, line.weight)
    const w = shaped.width
    const startsLeft = (line.anchor === 'start') === (line.direction === 'ltr')
    const left = line.anchor === 'middle' ? line.x - w / 2 : startsLeft ? line.x : line.x - w
    const pageHeight = this.pdf.internal.pageSize.getHeight()
    const y = pageHeight - line.baseline
    const out: string[] = ['q', `${rgb(line.fill)} rg`]
    for (const g of shaped.glyphs) {
      const path = outline(g.face, g.glyph, this.outlines)
      if (path === '') continue
      const k = line.fontSize / g.face.upem
      out.push(`q ${fmt(k)} 0 0 ${fmt(k)} ${fmt(left + g.x)} ${fmt(y + g.y)} cm ${path} f Q`)
    }
    out.push('Q')
    out.push(this.textLayer(shaped, line.direction, left, y, line.fontSize))
    // A faded label is drawn through a graphics state with its alpha (/ca), as svg2pdf draws faded shapes.
    const faded = line.opacity !== undefined && line.opacity < 1
    if (faded) {
      this.pdf.saveGraphicsState()
      this.pdf.setGState(this.pdf.GState({ opacity: Math.max(0, line.opacity ?? 1) }))
    }
    ;(this.pdf as unknown as WithWrite).internal.write(out.join('\n'))
    if (faded) this.pdf.restoreGraphicsState()
  }

  /** Each character, invisible, over its glyphs: scaled across so its box is the glyphs' box, so extractors see the words the reader sees. */
  private textLayer(shaped: ShapedLine, direction: 'ltr' | 'rtl', left: number, y: number, fontSize: number): string {
    const pdf = this.pdf as WithEscape
    const previous = pdf.getFont()
    pdf.setFont(this.layerFont.family, this.layerFont.style)
    const font = pdf.getFont() as unknown as PdfFontInternals
    pdf.setFont(previous.fontName, previous.fontStyle)
    const glyphOf = (text: string) => {
      const code = text.codePointAt(0) ?? 0
      return code > 0xffff ? 0 : font.metadata.characterToGlyph(code)
    }
    const out = ['BT', '3 Tr', `/${font.id} ${fmt(fontSize)} Tf`]
    // Left to right, as a PDF's glyphs usually run: extractors merge them into words and rebuild logical order from there.
    for (const c of layerChars(shaped.chars, direction, (text) => glyphOf(text) > 0).sort((p, q) => p.x - q.x)) {
      const glyph = glyphOf(c.text)
      if (!glyph) continue
      const nominal = (font.metadata.widthOfGlyph(glyph) * fontSize) / 1000
      const hex = pdf.pdfEscape16(c.text, font)
      if (hex === '') continue
      // The layer's font gives marks, joiners and bidi marks an advance (see layerFont); anything else without one is written as it is.
      out.push(`${fmt(nominal > 0 ? (100 * c.width) / nominal : 100)} Tz 1 0 0 1 ${fmt(left + c.x)} ${fmt(y)} Tm <${hex}> Tj`)
    }
    out.push('ET')
    return out.join('\n')
  }
}
