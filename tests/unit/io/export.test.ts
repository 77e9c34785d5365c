import { describe, expect, it } from 'vitest'
import { setMapDirectionForTest } from './exportHelpers'
import { cardLayout } from '../../../src/domain/layout'
import { exportFrame, headerLayout, HEADER_HEIGHT, MARGIN } from '../../../src/io/export/frame'
import { crc32, createPngWriter, pngChunk } from '../../../src/io/export/png'
import { buildSvg } from '../../../src/io/export/svg/document'
import { escapeXml, wrapText, type Measure } from '../../../src/io/export/svg/text'
import { CANVAS_MAX_PIXELS, CANVAS_MAX_SIDE, planTiles } from '../../../src/io/export/tiles'
import { buildSampleDoc } from '../domain/helpers'

const measure: Measure = (text, font) => text.length * (parseFloat(/(\d+)px/.exec(font)?.[1] ?? '15') * 0.55)
const t = (key: string, values?: Record<string, string | number>) => (values ? `${key}:${JSON.stringify(values)}` : key)
const WORDS = { title: 'Onboarding <map>', sentiments: { positive: 'Positive', friction: 'Friction', decision: 'Decision', neutral: 'Neutral' }, felt: 'Felt', intended: 'Intended' }

/** zlib inflate with the platform's DecompressionStream, as a viewer would read the IDAT data. */
async function inflate(parts: Uint8Array[]): Promise<Uint8Array> {
  const stream = new Blob(parts as BlobPart[]).stream().pipeThrough(new DecompressionStream('deflate'))
  return new Uint8Array(await new Response(stream).arrayBuffer())
}

describe('CRC-32', () => {
  it('matches the standard check value and PNG IEND chunk', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926)
    // Every PNG ends in these 12 bytes.
    expect([...pngChunk('IEND', new Uint8Array(0))]).toEqual([0, 0, 0, 0, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82])
    const whole = new TextEncoder().encode('journeyboard')
    expect(crc32(whole.subarray(5), crc32(whole.subarray(0, 5)))).toBe(crc32(whole))
  })
})

describe('streaming PNG encoder', () => {
  it('writes a PNG whose IHDR, chunk CRCs and inflated rows give back the pixels, band by band', async () => {
    const width = 37
    const height = 11
    const pixels = new Uint8Array(width * height * 4).map((_, i) => (i * 7 + (i >> 5)) & 0xff)
    const png = createPngWriter(width, height)
    await png.writeRows(pixels.subarray(0, width * 4 * 6), 6)
    await png.writeRows(pixels.subarray(width * 4 * 6), 5)
    const bytes = new Uint8Array(await (await png.finish()).arrayBuffer())
    expect([...bytes.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10])
    const view = new DataView(bytes.buffer)
    expect([view.getUint32(16), view.getUint32(20), bytes[24], bytes[25]]).toEqual([width, height, 8, 6])
    const idat: Uint8Array[] = []
    for (let at = 8; at < bytes.length; ) {
      const length = view.getUint32(at)
      const body = bytes.subarray(at + 4, at + 8 + length)
      expect(view.getUint32(at + 8 + length)).toBe(crc32(body))
      if (String.fromCharCode(...body.subarray(0, 4)) === 'IDAT') idat.push(body.subarray(4))
      at += 12 + length
    }
    const raw = await inflate(idat)
    expect(raw.length).toBe(height * (1 + width * 4))
    // Undo the Sub filter row by row.
    const back = new Uint8Array(width * height * 4)
    for (let y = 0; y < height; y++) {
      expect(raw[y * (width * 4 + 1)]).toBe(1)
      for (let i = 0; i < width * 4; i++) {
        const left = i >= 4 ? back[y * width * 4 + i - 4]! : 0
        back[y * width * 4 + i] = (raw[y * (width * 4 + 1) + 1 + i]! + left) & 0xff
      }
    }
    expect(back).toEqual(pixels)
  })

  it('refuses a short image instead of writing a broken one', async () => {
    const png = createPngWriter(2, 2)
    await png.writeRows(new Uint8Array(8), 1)
    await expect(png.finish()).rejects.toThrow('1 of 2 rows')
    expect(() => createPngWriter(0, 5)).toThrow()
  })
})

describe('tile plan', () => {
  it.each([1, 2, 3])('covers a 30,000 × 3,000 board px map exactly at %ix, every tile under the canvas caps', (scale) => {
    const area = { x: -32, y: -128, width: 30_000, height: 3_000 }
    const plan = planTiles(area, scale)
    expect([plan.width, plan.height]).toEqual([30_000 * scale, 3_000 * scale])
    let covered = 0
    let y = 0
    for (const band of plan.bands) {
      let x = 0
      for (const tile of band) {
        expect(tile.px.x).toBe(x)
        expect(tile.px.y).toBe(y)
        expect(tile.px.width).toBe(tile.board.width * scale)
        expect(tile.px.height).toBe(tile.board.height * scale)
        expect(tile.board.x).toBe(area.x + tile.px.x / scale)
        expect(Math.max(tile.px.width, tile.px.height)).toBeLessThanOrEqual(CANVAS_MAX_SIDE)
        expect(tile.px.width * tile.px.height).toBeLessThan(CANVAS_MAX_PIXELS)
        covered += tile.px.width * tile.px.height
        x += tile.px.width
      }
      expect(x).toBe(plan.width)
      y += band[0]!.px.height
    }
    expect(y).toBe(plan.height)
    expect(covered).toBe(plan.width * plan.height)
    // One band of pixels stays within the memory budget.
    for (const band of plan.bands) expect(plan.width * band[0]!.px.height * 4).toBeLessThanOrEqual(96 * 1024 * 1024)
  })

  it('rounds a fractional rect outwards to whole board pixels', () => {
    const plan = planTiles({ x: 0.5, y: 0, width: 10.2, height: 3 }, 2)
    expect([plan.width, plan.height]).toEqual([22, 6])
  })
})

describe('SVG', () => {
  it('wraps like Konva and ends cut text with an ellipsis', () => {
    const m = (s: string) => s.length
    expect(wrapText('one two three four', 9, 5, m)).toEqual(['one two', 'three', 'four'])
    expect(wrapText('one two three four', 9, 2, m)).toEqual(['one two', 'three…'])
    expect(wrapText('abcdefghijkl', 5, 3, m)).toEqual(['abcde', 'fghij', 'kl'])
  })

  it('escapes markup in untrusted text and drops characters XML forbids', () => {
    expect(escapeXml(`<script>&"'\u0001`)).toBe('&lt;script&gt;&amp;&quot;&apos;')
  })

  it('has the card texts, stage titles, title and legend as text, and no raw markup from the map', () => {
    const doc = buildSampleDoc().doc
    const firstCard = Object.values(doc.cards)[0]!
    const hostile = { ...doc, cards: { ...doc.cards, [firstCard.id]: { ...firstCard, text: 'Pay <img src=x onerror=alert(1)> & "go"' } } }
    const frame = exportFrame(hostile, { kind: 'map' })!
    const svg = buildSvg({ doc: hostile, frame, header: headerLayout(hostile, frame.header, WORDS, (s) => s.length * 8), t, measure, transparent: false, chosenPersona: null })
    expect(svg).not.toContain('<img')
    expect(svg).toContain('&lt;img')
    expect(svg).toContain('Onboarding &lt;map&gt;')
    expect(svg).toContain('>Positive<')
    const stage = hostile.stages[hostile.map.stageIds[0]!]!
    if (stage.title) expect(svg).toContain(escapeXml(stage.title))
    expect(svg).not.toMatch(/ direction="rtl"/)
    expect(svg).toMatch(/^<\?xml[^>]*>\n<svg /)
  })

  it('marks right-to-left text and anchors it at the right edge', () => {
    const doc = setMapDirectionForTest(buildSampleDoc().doc, 'rtl')
    const frame = exportFrame(doc, { kind: 'map' })!
    const header = headerLayout(doc, frame.header, { ...WORDS, title: 'نقشهٔ سفر' }, (s) => s.length * 8)
    const svg = buildSvg({ doc, frame, header, t, measure, transparent: false, chosenPersona: null })
    expect(svg).toContain('direction="rtl"')
    expect(svg).toContain('نقشهٔ سفر')
    // The header runs from the right: the first legend item sits at the right end.
    expect(header.items[0]!.swatch.x).toBeGreaterThan(header.items.at(-1)!.swatch.x)
  })

  it('frames the whole map under a header band, a stage, or only the selected cards', () => {
    const doc = buildSampleDoc().doc
    const whole = exportFrame(doc, { kind: 'map' })!
    const bounds = cardLayout(doc).bounds
    expect(whole.area.height).toBe(Math.ceil(bounds.height) + HEADER_HEIGHT + 2 * MARGIN)
    expect(whole.header.y + whole.header.height).toBe(whole.content.y)
    const stageId = doc.map.stageIds.at(-1)!
    const stage = exportFrame(doc, { kind: 'stage', stageId })!
    expect(stage.content.width).toBeLessThan(whole.content.width)
    const cardId = [...cardLayout(doc).rects.keys()][0]!
    const selection = exportFrame(doc, { kind: 'selection', ids: [cardId] })!
    expect(selection.only?.has(cardId)).toBe(true)
    expect(exportFrame(doc, { kind: 'selection', ids: [] })).toBeNull()
  })
})
