import { describe, expect, it } from 'vitest'
import { wrapText } from '../../../src/drawing/textWrap'
import { seeded } from '../../fixtures/seeded'

// wrapText with a measure of single words (measurePiece) must wrap exactly as measuring each
// candidate line whole does, as Konva does: the layout counts card lines the fast way, the board
// and the exports draw them the whole-line way.

const LETTERS = 'abcdefghijklmnopqrstuvwxyzçğıöşüæøåابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهی'
const SPACES = [' ', ' ', ' ', '  ', '\t', '\n', ' \n ']

function text(next: () => number): string {
  const words = 1 + Math.floor(next() * 40)
  let out = ''
  for (let i = 0; i < words; i++) {
    // Mostly short words, now and then one wider than any line.
    const length = next() < 0.05 ? 30 + Math.floor(next() * 60) : 1 + Math.floor(next() * 12)
    for (let j = 0; j < length; j++) out += LETTERS[Math.floor(next() * LETTERS.length)]
    if (i < words - 1) out += SPACES[Math.floor(next() * SPACES.length)]
  }
  return next() < 0.2 ? ` ${out} ` : out
}

/** Per-character advances (5 to 12 px), and `join` px more for every letter followed by a space: kerning across a space. */
function measureWith(join: number): (s: string) => number {
  return (s) => {
    let width = 0
    for (let i = 0; i < s.length; i++) {
      width += 5 + (s.charCodeAt(i) % 8)
      if (i > 0 && /\s/.test(s[i]!) && !/\s/.test(s[i - 1]!)) width += join
    }
    return width
  }
}

describe('wrapText with a measure of single words', () => {
  it('wraps 2,000 random texts exactly as measuring each line whole does', () => {
    const next = seeded(7)
    const measure = measureWith(0)
    for (let i = 0; i < 2000; i++) {
      const t = text(next)
      const width = 20 + Math.floor(next() * 300)
      const maxLines = next() < 0.5 ? Number.POSITIVE_INFINITY : 1 + Math.floor(next() * 5)
      expect(wrapText(t, width, maxLines, measure, measure), JSON.stringify({ t, width, maxLines })).toEqual(wrapText(t, width, maxLines, measure))
    }
  })

  it('measures a line whole where its summed width comes near the room, so kerning across a space cannot move a break', () => {
    const next = seeded(11)
    // A quarter pixel per join, as no board font has; the sum is measured whole near the room.
    const whole = measureWith(0.25)
    const piece = measureWith(0.25)
    let differ = 0
    for (let i = 0; i < 2000; i++) {
      const t = text(next)
      const width = 20 + Math.floor(next() * 300)
      const fast = wrapText(t, width, Number.POSITIVE_INFINITY, whole, piece)
      if (JSON.stringify(fast) !== JSON.stringify(wrapText(t, width, Number.POSITIVE_INFINITY, whole))) differ++
    }
    expect(differ).toBe(0)
  })

  it('measures each distinct word once where the whole-line way measures every line it tries', () => {
    const words = 'the customer opens the app and the app shows the forecast for the ride home'.split(' ')
    const t = Array.from({ length: 50 }, (_, i) => words[i % words.length]).join(' ')
    const seen = { whole: new Set<string>(), piece: new Set<string>() }
    const count = (into: Set<string>) => (s: string) => {
      into.add(s)
      return s.length * 8
    }
    wrapText(t, 200, Number.POSITIVE_INFINITY, count(seen.whole))
    wrapText(t, 200, Number.POSITIVE_INFINITY, count(new Set()), count(seen.piece))
    expect(seen.piece.size).toBeLessThanOrEqual(words.length + 1)
    expect(seen.whole.size).toBeGreaterThan(40)
  })
})
