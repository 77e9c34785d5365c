const ELLIPSIS = '…'

/**
 * How near (px) to the line's room a line summed from its pieces may come before it is measured
 * whole. A whole line and the sum of its words and spaces differ only by kerning across a space:
 * none in the board's fonts (Chromium, Inter and Vazirmatn: 0 px over 21,664 lines built from the
 * four catalogues' sentences), and this margin keeps a font with some from moving a break.
 */
export const NEAR_PX = 2

/**
 * Word wrapping as Konva's Text does it (wrap "word", ellipsis): words fill a line up to the width,
 * a word wider than a line is broken by characters, explicit newlines are kept, and text past the
 * last line that fits ends the last line with an ellipsis.
 *
 * Konva measures each candidate line whole, so every word of a text is a new string to measure.
 * With `measurePiece` (a cached measure of a single word or space), a candidate's width is the
 * line's plus the word's, and the line is measured whole only when that sum comes within NEAR_PX
 * of the room: the same lines, with a measure per distinct word instead of one per word of the
 * map. Laying out 10,000 cards fitted to their text spent ~60 of its ~100 ms measuring (profile).
 */
export function wrapText(text: string, width: number, maxLines: number, measureLine: (s: string) => number, measurePiece?: (s: string) => number): string[] {
  if (maxLines < 1 || width <= 0) return []
  const all: string[] = []
  for (const paragraph of text.split('\n')) {
    let line = ''
    // With measurePiece: `line`'s width (its trailing space included), and whether it fits with
    // that space trimmed, as the whole-line measure would say.
    let lineWidth = 0
    let lineFits = true
    for (const word of paragraph.split(/(\s+)/).filter((w) => w !== '')) {
      const candidate = line + word
      const space = /^\s+$/.test(word)
      let takes: boolean
      let candidateWidth = 0
      if (!measurePiece) takes = measureLine(candidate.trimEnd()) <= width
      else {
        candidateWidth = lineWidth + measurePiece(word)
        // A space adds nothing the trimmed line shows: the line fits as it did.
        if (space) takes = lineFits
        else {
          if (Math.abs(candidateWidth - width) <= NEAR_PX) candidateWidth = measureLine(candidate)
          takes = candidateWidth <= width
        }
      }
      if (takes) {
        line = candidate
        lineWidth = candidateWidth
        if (!space) lineFits = true
        continue
      }
      if (line.trim() !== '') all.push(line.trimEnd())
      line = ''
      lineWidth = 0
      lineFits = true
      // Past the last line shown nothing more is drawn: a 100,000-character title stops here.
      if (all.length > maxLines) break
      if (space) continue
      // A word wider than the line is broken where it stops fitting. The longest start that fits is
      // found by doubling, then halving: measuring the whole rest, or stepping one character at a
      // time, made a card holding one 100,000-character word keep its map from opening.
      let rest = word
      while (rest.length > 1) {
        let fits = 0
        let step = 1
        while (step < rest.length && measureLine(rest.slice(0, step)) <= width) {
          fits = step
          step *= 2
        }
        if (step >= rest.length && measureLine(rest) <= width) break
        let lo = Math.max(1, fits)
        let hi = Math.min(step, rest.length) - 1
        while (lo < hi) {
          const mid = Math.ceil((lo + hi) / 2)
          if (measureLine(rest.slice(0, mid)) <= width) lo = mid
          else hi = mid - 1
        }
        all.push(rest.slice(0, lo))
        rest = rest.slice(lo)
        if (all.length > maxLines) break
      }
      line = rest
      if (measurePiece) {
        lineWidth = measurePiece(rest)
        lineFits = lineWidth <= width
      }
    }
    all.push(line.trimEnd())
    if (all.length > maxLines) break
  }
  if (all.length <= maxLines) return all
  const kept = all.slice(0, maxLines)
  let last = kept[maxLines - 1] ?? ''
  while (last !== '' && measureLine(last + ELLIPSIS) > width) last = last.slice(0, -1)
  kept[maxLines - 1] = last.trimEnd() + ELLIPSIS
  return kept
}

/**
 * The width to count lines at so that a Konva Text (wrap "word", ellipsis) of `width` never needs
 * more lines than counted: Konva keeps room for "…" on a line that may be the last one, so counting
 * every line that much narrower (and a space for safety) is always enough.
 */
export function lineCountWidth(width: number, font: string, measure: (text: string, font: string) => number): number {
  return width - measure(ELLIPSIS, font) - measure(' ', font)
}
