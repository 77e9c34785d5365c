import { NEAR_PX } from './textWrap'

/** The box a Konva Text wraps its text into (wrap "word", a fixed width and height, no letter spacing, not justified). */
export interface TextBox {
  readonly width: number
  readonly height: number
  readonly padding: number
  readonly fontSize: number
  readonly lineHeight: number
  readonly ellipsis: boolean
}

/** One line as Konva's Text keeps it (its `textArr`). */
export interface KonvaLine {
  text: string
  width: number
  lastInParagraph: boolean
}

const ELLIPSIS = '…'
/** Where Konva breaks a line of words: at a space or a dash. */
const BREAKS = /([ -])/
/**
 * Text Konva would wrap differently from the tokens below: whitespace that is neither a space nor a
 * newline (Konva skips it at a line's start but never breaks at it), and a space or dash joined to
 * a mark (Konva splits text into graphemes, and such a break is no break there).
 */
const NOT_TOKENS = /[^\S \n]|[ -](?:\p{M}|\u200C|\u200D|\uFE0F)/u

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' })

/**
 * The lines Konva's Text (10.9, `_setTextData`) lays `text` out in, computed with a measure per
 * word instead of per candidate line: Konva finds each line's end by measuring ever longer
 * prefixes of the rest, grapheme by grapheme, with a fresh string each time (about 100 ms of
 * building the cards a pan brings into view at 2,000 cards, profile). A line ends where Konva
 * ends it, at the furthest space or dash whose text still fits. `measure` gives the width of any
 * text (and may remember it): of each word and break, of a stretch whose summed width comes within
 * NEAR_PX of the room (kerning across a space or dash, which a sum leaves out; see textWrap.ts),
 * and of each line. Returns null where only Konva's grapheme search gives its lines: a word wider
 * than a line, and text NOT_TOKENS names.
 */
export function konvaLines(text: string, box: TextBox, measure: (s: string) => number): KonvaLine[] | null {
  if (NOT_TOKENS.test(text)) return null
  const maxWidth = box.width - box.padding * 2
  const maxHeightPx = box.height - box.padding * 2
  const lineHeightPx = box.lineHeight * box.fontSize
  const ellipsisWidth = box.ellipsis ? measure(ELLIPSIS) : 0
  const lines: KonvaLine[] = []
  const add = (line: string) => lines.push({ text: line, width: measure(line), lastInParagraph: false })
  /** Konva's _tryToAddEllipsisToLastLine. */
  const ellipsis = () => {
    const last = lines[lines.length - 1]
    if (!last || !box.ellipsis) return
    const kept = Array.from(graphemes.segment(last.text), (g) => g.segment)
    let cut = last.text + ELLIPSIS
    while (kept.length && measure(cut) > maxWidth) {
      kept.pop()
      cut = kept.join('') + ELLIPSIS
    }
    if (measure(cut) > maxWidth) cut = ''
    last.text = cut
    last.width = measure(cut)
  }
  const paragraphs = text.split('\n')
  let height = 0
  for (let i = 0; i < paragraphs.length; i++) {
    const paragraph = paragraphs[i]!
    const tokens = paragraph.split(BREAKS).filter((t) => t !== '')
    // ends[k]: where token k ends in the paragraph; sums[k]: the width of tokens 0..k-1.
    const ends: number[] = [0]
    const sums: number[] = [0]
    for (const token of tokens) {
      ends.push(ends[ends.length - 1]! + token.length)
      sums.push(sums[sums.length - 1]! + measure(token))
    }
    /** The width of the paragraph from token `from` to token `to`, measured whole when a sum comes near `room`. */
    const widthOf = (from: number, to: number, room: number) => {
      const sum = sums[to]! - sums[from]!
      return Math.abs(sum - room) <= NEAR_PX ? measure(paragraph.slice(ends[from], ends[to])) : sum
    }
    if (widthOf(0, tokens.length, maxWidth) <= maxWidth) {
      // The paragraph fits as it is, untrimmed, and is not wrapped.
      add(paragraph)
      height += lineHeightPx
      if (height + lineHeightPx > maxHeightPx && i < paragraphs.length - 1) ellipsis()
    } else {
      let start = 0
      while (start < tokens.length) {
        // Room for "…" only on a line that may be the last shown.
        const extra = box.ellipsis && height + lineHeightPx > maxHeightPx ? ellipsisWidth : 0
        if (widthOf(start, tokens.length, maxWidth - extra) + extra <= maxWidth) {
          // The rest fits on one line: kept untrimmed, as Konva keeps it.
          add(paragraph.slice(ends[start]))
          height += lineHeightPx
          if (height + lineHeightPx > maxHeightPx && i < paragraphs.length - 1) ellipsis()
          break
        }
        let end = tokens.length - 1
        while (end > start && widthOf(start, end, maxWidth - extra) + extra > maxWidth) end--
        // Not even the first word fits: Konva breaks it between graphemes.
        if (end === start) return null
        add(paragraph.slice(ends[start], ends[end]).trimEnd())
        height += lineHeightPx
        if (height + lineHeightPx > maxHeightPx) {
          ellipsis()
          break
        }
        // The next line starts after the spaces of the break.
        start = end
        while (start < tokens.length && tokens[start]!.trim() === '') start++
      }
    }
    const last = lines[lines.length - 1]
    if (last) last.lastInParagraph = true
    if (height + lineHeightPx > maxHeightPx) break
  }
  return lines
}
