import Konva from 'konva'
import { beforeAll, describe, expect, it } from 'vitest'
import '../../../src/canvas/cards/cardText'
import { seeded } from '../../fixtures/seeded'

// A card's text node (cardText.ts) must lay its text out in exactly the lines Konva's own Text
// does: same breaks, same "…", same widths. Both measure here with one fake canvas, whose glyph
// advances vary by character and which counts its measures.

let measures = 0
/** Extra px for a letter followed by a space: kerning across a space, which no board font has. */
let join = 0

function measure(s: string): number {
  measures++
  let width = 0
  for (let i = 0; i < s.length; i++) {
    width += 4 + (s.charCodeAt(i) % 9) * 0.75
    if (i > 0 && s[i] === ' ' && s[i - 1] !== ' ') width += join
  }
  return width
}

beforeAll(() => {
  const context = {
    font: '',
    fontKerning: 'auto',
    fillStyle: '',
    save() {},
    restore() {},
    // Konva asks once whether the canvas is farbled (Util.isCanvasFarblingActive): it is not.
    clearRect() {},
    fillRect() {},
    getImageData: () => ({ data: new Uint8ClampedArray(400).map((_, i) => (i % 4 === 3 ? 255 : 40)) }),
    measureText: (s: string) => ({ width: measure(s), fontBoundingBoxAscent: 14, fontBoundingBoxDescent: 4 }),
  }
  // Every canvas gets it: Konva's measuring canvas and the card text's (drawing/textMeasure.ts).
  HTMLCanvasElement.prototype.getContext = (() => context) as unknown as HTMLCanvasElement['getContext']
})

const LETTERS = 'abcdefghijklmnopqrstuvwxyzçğıöşüæøåابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهی'
const GAPS = [' ', ' ', ' ', '-', ' - ', '  ', '\n', ' \n', '\n\n']

function words(next: () => number, long: number): string {
  const count = 1 + Math.floor(next() * 30)
  let out = ''
  for (let i = 0; i < count; i++) {
    const length = next() < long ? 25 + Math.floor(next() * 40) : 1 + Math.floor(next() * 11)
    for (let j = 0; j < length; j++) out += LETTERS[Math.floor(next() * LETTERS.length)]
    if (i < count - 1) out += GAPS[Math.floor(next() * GAPS.length)]
  }
  return next() < 0.15 ? ` ${out} ` : out
}

type Config = { text: string; width: number; height: number; padding: number; ellipsis: boolean }

function config(next: () => number, text: string): Config {
  return { text, width: 60 + Math.floor(next() * 240), height: 20 + Math.floor(next() * 200), padding: next() < 0.5 ? 0 : 8, ellipsis: next() < 0.7 }
}

const shared = { fontSize: 15, lineHeight: 1.4, fontFamily: 'Inter, Vazirmatn', wrap: 'word' } as const
const lines = (node: Konva.Text) => (node as unknown as { textArr: unknown[] }).textArr
const CardTextNode = (Konva as unknown as Record<string, new (c: Konva.TextConfig) => Konva.Text>)['CardText']!

describe("a card's text is laid out in the lines Konva's Text gives it", () => {
  it('wraps 3,000 random texts (words, dashes, runs of spaces, paragraphs, words wider than the card) into the same lines, "…" and widths', () => {
    const next = seeded(3)
    for (let i = 0; i < 3000; i++) {
      const c = config(next, words(next, 0.04))
      const konva = new Konva.Text({ ...shared, ...c })
      const card = new CardTextNode({ ...shared, ...c })
      expect(lines(card), JSON.stringify(c)).toEqual(lines(konva))
      expect(card.getTextWidth()).toBe(konva.getTextWidth())
    }
  })

  it('measures a line whole where its summed width comes near the card edge, so kerning across a space cannot move a break', () => {
    join = 0.1
    try {
      const next = seeded(5)
      // A font of its own: widths are remembered by font, and this measure is not the first test's.
      const kerned = { ...shared, fontFamily: 'Kerned' }
      for (let i = 0; i < 1500; i++) {
        const c = config(next, words(next, 0))
        expect(lines(new CardTextNode({ ...kerned, ...c })), JSON.stringify(c)).toEqual(lines(new Konva.Text({ ...kerned, ...c })))
      }
    } finally {
      join = 0
    }
  })

  it('hands text with tabs, no-break spaces or a mark on a space to Konva, and follows a change of text or size', () => {
    for (const text of ['one\ttwo three four five six seven', 'one\u00a0two three four five six seven', 'one \u0301two three four five six seven']) {
      const c = { ...shared, text, width: 70, height: 200, padding: 0, ellipsis: true }
      expect(lines(new CardTextNode(c))).toEqual(lines(new Konva.Text(c)))
    }
    const card = new CardTextNode({ ...shared, text: 'short', width: 200, height: 100, padding: 8, ellipsis: true })
    const konva = new Konva.Text({ ...shared, text: 'short', width: 200, height: 100, padding: 8, ellipsis: true })
    for (const node of [card, konva]) node.setAttrs({ text: 'a much longer text that needs a few lines on a narrow card', width: 90 })
    expect(lines(card)).toEqual(lines(konva))
    expect(lines(card).length).toBeGreaterThan(2)
  })

  it('measures each word of a map once, not every candidate line', () => {
    const next = seeded(9)
    // A map's cards repeat their words, as the touchpoint sentences do.
    const vocabulary = words(next, 0).split(/[ \n-]+/).filter(Boolean)
    const sentence = () => Array.from({ length: 5 + Math.floor(next() * 25) }, () => vocabulary[Math.floor(next() * vocabulary.length)]).join(' ')
    const texts = Array.from({ length: 200 }, () => ({ ...config(next, sentence()), fontFamily: 'Counted' }))
    measures = 0
    for (const c of texts) new Konva.Text({ ...shared, ...c })
    const byKonva = measures
    measures = 0
    for (const c of texts) new CardTextNode({ ...shared, ...c })
    expect(measures).toBeLessThan(byKonva / 3)
  })
})
