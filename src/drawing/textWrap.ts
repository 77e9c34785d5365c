const ELLIPSIS = '…'

/**
 * Word wrapping as Konva's Text does it (wrap "word", ellipsis): words fill a line up to the width,
 * a word wider than a line is broken by characters, explicit newlines are kept, and text past the
 * last line that fits ends the last line with an ellipsis.
 */
export function wrapText(text: string, width: number, maxLines: number, measureLine: (s: string) => number): string[] {
  if (maxLines < 1 || width <= 0) return []
  const all: string[] = []
  for (const paragraph of text.split('\n')) {
    let line = ''
    for (const word of paragraph.split(/(\s+)/).filter((w) => w !== '')) {
      const candidate = line + word
      if (measureLine(candidate.trimEnd()) <= width) {
        line = candidate
        continue
      }
      if (line.trim() !== '') all.push(line.trimEnd())
      line = ''
      // Past the last line shown nothing more is drawn: a 100,000-character title stops here.
      if (all.length > maxLines) break
      if (/^\s+$/.test(word)) continue
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
