import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { jsPDF } from 'jspdf'
import { describe, expect, it } from 'vitest'
import { PdfTextWriter, type PdfLine } from '../../../../src/io/export/pdfText/draw'
import { layerChars } from '../../../../src/io/export/pdfText/layer'
import { textLayerTtf } from '../../../../src/io/export/pdfText/layerFont'
import { shapeLine } from '../../../../src/io/export/pdfText/shape'
import { fontBytes, testFaces, VAZIRMATN_REGULAR } from './pdfFaces'

// The PDF's text as a reader gets it back: poppler's pdftotext for the invisible text layer and
// pdftoppm for what the page shows (poppler-utils, as the PDF export's e2e spec uses).

const dir = mkdtempSync(join(tmpdir(), 'pdf-text-'))
let files = 0

/** A 400 × 300 pt page with the lines drawn by the export's writer, saved for poppler to read. */
function pdfWith(lines: readonly PdfLine[]): string {
  const pdf = new jsPDF({ unit: 'pt', format: [400, 300], orientation: 'landscape', compress: false })
  pdf.addFileToVFS('Vazirmatn-Regular.ttf', Buffer.from(textLayerTtf(testFaces.arabic.normal, fontBytes(VAZIRMATN_REGULAR))).toString('base64'))
  pdf.addFont('Vazirmatn-Regular.ttf', 'Vazirmatn', 'normal')
  const writer = new PdfTextWriter(pdf, testFaces, { family: 'Vazirmatn', style: 'normal' })
  for (const line of lines) writer.draw(line)
  const path = join(dir, `text-${files++}.pdf`)
  writeFileSync(path, Buffer.from(pdf.output('arraybuffer')))
  return path
}

const line = (text: string, baseline: number, more: Partial<PdfLine> = {}): PdfLine => ({
  text,
  x: 380,
  baseline,
  anchor: 'start',
  direction: 'rtl',
  fontSize: 18,
  weight: 'normal',
  fill: '#18181b',
  ...more,
})

/** The page's text as pdftotext gives it, without the bidi embedding marks it wraps right-to-left lines in. */
const extract = (path: string) => execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' }).replace(/[\u200E\u200F\u202A-\u202E\u2066-\u2069]/g, '')
const squeeze = (text: string) => text.replace(/\s/g, '')
/** The page's lines as pdftotext gives them, without the embeddings (LRE, RLE, PDF) it wraps runs in; the RLM and LRM of the text layer stay. */
const extractLines = (path: string) =>
  execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' })
    .replace(/[\u202A-\u202E]/g, '')
    .split('\n')
    .filter((l) => l.trim() !== '' && l !== '\f')
const RLM = '\u200F'
const LRM = '\u200E'

/** The darkest grey (0 black … 255 white) inside a box of a page rendered at 72 dpi (1 px per pt). */
function darkest(path: string, box: { x: number; y: number; width: number; height: number }): number {
  const prefix = path.replace(/\.pdf$/, '')
  execFileSync('pdftoppm', ['-r', '72', '-gray', '-singlefile', path, prefix])
  const pgm = readFileSync(`${prefix}.pgm`)
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(pgm.subarray(0, 40).toString('latin1'))
  if (!header) throw new Error('not a binary PGM')
  const width = Number(header[1])
  let min = 255
  for (let y = box.y; y < box.y + box.height; y++) {
    for (let x = box.x; x < box.x + box.width; x++) min = Math.min(min, pgm[header[0].length + y * width + x]!)
  }
  return min
}

describe('the PDF text layer', () => {
  it('keeps the zero-width non-joiner of Persian words, so «می‌خواهم» is found and copied as typed', () => {
    const text = extract(pdfWith([line('من می‌خواهم بروم', 40), line('فرصت‌ها و کانال‌ها', 80), line('احساس تجربه‌شده و مطلوب', 120)]))
    expect(text).toContain('می‌خواهم')
    expect(text).toContain('من می‌خواهم بروم')
    expect(text).toContain('فرصت‌ها و کانال‌ها')
    expect(text).toContain('احساس تجربه‌شده و مطلوب')
    // The words are not broken at the joiner.
    expect(text).not.toMatch(/می\s+‌?\s*خواهم/)
  })

  it('still reads a mark with its letter and a mixed line in logical order', () => {
    const text = squeeze(extract(pdfWith([line('صفحهٔ ۲ از ۳', 40), line('کوچ به CRM در ۲ روز.', 80)])))
    expect(text).toContain(squeeze('صفحهٔ ۲ از ۳'))
    expect(text).toContain(squeeze('کوچ به CRM در ۲ روز.'))
  })

  it('keeps the hamza above and below and the harakat of a Persian card, so each line extracts exactly as typed', () => {
    // ً ٌ ٍ َ ُ ِ ّ ْ (U+064B–U+0652), the hamza above (U+0654) and below (U+0655), the superscript alef (U+0670).
    const typed = ['خانهٔ مُدیرِ مؤسسه', 'حتماً کِتابٌ عَلَى الرَّفِّ', 'هٰذا جَدْوَلٍ ا\u0655ساسی']
    expect(extractLines(pdfWith(typed.map((text, i) => line(text, 40 + 40 * i))))).toEqual(typed)
  })

  it('extracts a Persian line with a Latin word and a number in logical order, an RLM after each of them', () => {
    const path = pdfWith([line('کوچ به CRM در ۲ روز.', 40), line('CRM را ببین', 80), line('۲ کارت', 120), line('ایمیل (email) بفرست', 160)])
    expect(extractLines(path)).toEqual([`کوچ به CRM${RLM} در ۲${RLM} روز.`, `CRM${RLM} را ببین`, `۲${RLM} کارت`, `ایمیل (email${RLM}) بفرست`])
  })

  it('extracts a Persian line with a comma, a colon, a per cent sign or a dollar in logical order, an RLM after each', () => {
    // Poppler reads these as numbers, so as sections left to right that took the space after them.
    const path = pdfWith([line('سلام، دنیا، خوبی؟', 40), line('با ZWNJ: می‌شود', 80), line('سود ۵٪ بود', 120), line('قیمت $50 است', 160), line('سلام،دنیا', 200)])
    expect(extractLines(path)).toEqual([`سلام،${RLM} دنیا،${RLM} خوبی؟`, `با ZWNJ${RLM}:${RLM} می‌شود`, `سود ۵${RLM}٪${RLM} بود`, `قیمت $${RLM}50${RLM} است`, 'سلام،دنیا'])
  })

  it('extracts an English line with a Persian word in logical order, an LRM after the word', () => {
    const ltr = (text: string, baseline: number) => line(text, baseline, { x: 20, direction: 'ltr' })
    const path = pdfWith([ltr('Send the پوشه to CRM.', 40), ltr('Ask for خانهٔ مُدیر first', 80)])
    expect(extractLines(path)).toEqual([`Send the پوشه${LRM} to CRM.`, `Ask for خانهٔ مُدیر${LRM} first`])
  })

  it('puts the RLM after a Latin word in a Persian line between the word and the space after it, as the reader sees them', () => {
    const shaped = shapeLine('به CRM در', 'rtl', 18, 'normal', testFaces)
    const chars = layerChars(shaped.chars, 'rtl')
    const rlm = chars.filter((c) => c.text === RLM)
    expect(rlm).toHaveLength(1)
    const c = chars.find((ch) => ch.text === 'C')!
    const space = chars.find((ch) => ch.text === ' ' && ch.index === 6)!
    // Right to left: "در", the space, the RLM, then "CRM" further right.
    expect(rlm[0]!.x + rlm[0]!.width).toBeCloseTo(c.x, 5)
    expect(space.x + space.width).toBeCloseTo(rlm[0]!.x, 5)
    // No mark where nothing runs against the line, or where a Persian letter follows at once.
    for (const text of ['به در', 'بهCRMدر', 'سلام،دنیا']) expect(layerChars(shapeLine(text, 'rtl', 18, 'normal', testFaces).chars, 'rtl').some((ch) => ch.text === RLM || ch.text === LRM)).toBe(false)
  })

  it('gives a joiner a box between the two letters it keeps apart', () => {
    const shaped = shapeLine('می‌خواهم', 'rtl', 18, 'normal', testFaces)
    const chars = layerChars(shaped.chars, 'rtl')
    const at = (index: number) => chars.find((c) => c.index === index)!
    const [yeh, joiner, khah] = [at(1), at(2), at(3)]
    expect(joiner.text).toBe('\u200C')
    expect(joiner.width).toBeGreaterThan(0)
    // Right to left: yeh, then the joiner at its left end, then khah further left.
    expect(joiner.x + joiner.width).toBeCloseTo(yeh.x, 5)
    expect(joiner.x).toBeGreaterThanOrEqual(khah.x + khah.width - 0.01)
  })
})

describe('faded text in the PDF', () => {
  const big = (baseline: number, opacity?: number) => line('HH', baseline, { x: 40, direction: 'ltr', fontSize: 80, fill: '#000000', opacity })

  it('draws a label at 40% opacity as light grey, and a label without opacity black', () => {
    const path = pdfWith([big(100, 0.4), big(220)])
    // 40% black over white is 60% white: about 153.
    expect(darkest(path, { x: 40, y: 50, width: 120, height: 40 })).toBeGreaterThan(140)
    expect(darkest(path, { x: 40, y: 50, width: 120, height: 40 })).toBeLessThan(166)
    expect(darkest(path, { x: 40, y: 170, width: 120, height: 40 })).toBeLessThan(30)
  })

  it('fades every faded label, not only the first of the same opacity', () => {
    const path = pdfWith([big(100, 0.4), big(220, 0.4)])
    expect(darkest(path, { x: 40, y: 170, width: 120, height: 40 })).toBeGreaterThan(140)
    // The graphics state is the PDF's own alpha, not a lighter colour: the page says /ca.
    expect(readFileSync(path, 'latin1')).toMatch(/\/ca 0\.4/)
  })
})
