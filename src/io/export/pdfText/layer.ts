import type { PlacedChar } from './shape'

// Where each character of the invisible text layer goes. Text extractors rebuild words and their
// order from the characters' boxes alone (poppler, checked with pdftotext 22.12), so every character
// needs a box of its own, in the order a reader meets it, beside its neighbours:
// - a character with no width (a combining mark, a joiner) breaks its word or, sitting on its letter,
//   is taken for a duplicate and dropped;
// - poppler reorders each line by its characters' bidi classes alone, in one direction for the whole
//   page (the one most of its letters go). A neutral character (a space, a bracket, a mark) goes with
//   the run beside it on the page's starting side: on a Persian page, the space after a Latin word
//   went with that word and came out before it ("کوچ به  CRMدر").

const RLM = '\u200F'
const LRM = '\u200E'

/** A character with a box and the zero-width ones that share it: marks and joiners after it, a bidi mark before it. */
interface Cluster {
  readonly base: PlacedChar
  readonly before: PlacedChar[]
  readonly after: PlacedChar[]
}

/** One box split evenly between the cluster's characters, in the base character's reading direction. */
function slots(cluster: Cluster): PlacedChar[] {
  const { base } = cluster
  const parts = [...cluster.before, base, ...cluster.after]
  const each = base.width / parts.length
  const rtl = base.level % 2 === 1
  return parts.map((part, k) => ({ ...part, x: rtl ? base.x + base.width - (k + 1) * each : base.x + k * each, width: each }))
}

/**
 * The text layer's characters, each with a box of its own, in logical order. A combining mark (the
 * hamza of "مسئلهٔ", a kasra) or a joiner (ZWNJ in "می‌خواهم") shares the box of the letter before
 * it, on the side the reading goes on: the extractor reads it right after its letter. A character
 * the layer's font cannot write (`writable`) gets no box, so it leaves no gap in its word.
 *
 * After a run that goes against the line's direction (a Latin word or a number in a Persian line,
 * a Persian word in an English one), a mark of the line's own direction (RLM, LRM) takes a share of
 * the next character's box: a strong character between the run and what follows it, so poppler ends
 * the run there. The run's start needs none (what comes before it already sits on the other side).
 * The price: the marks are characters, so they are in what is extracted and copied ("CRM\u200F در"):
 * invisible, but a program comparing the copied text with the typed text sees them.
 *
 * Still out of order in poppler (it does not nest directions): a line against its page's direction
 * (a Persian card on an English page) comes out run by run as seen, and so does a number inside a
 * Persian phrase in an English line.
 */
export function layerChars(chars: readonly PlacedChar[], direction: 'ltr' | 'rtl', writable: (text: string) => boolean = () => true): PlacedChar[] {
  const paragraph = direction === 'rtl' ? 1 : 0
  const clusters: Cluster[] = []
  let inRun = false
  let owed: PlacedChar | null = null
  for (const c of chars) {
    const against = c.level > paragraph
    if (inRun && !against) owed = { text: direction === 'rtl' ? RLM : LRM, index: c.index, x: c.x, width: 0, level: paragraph }
    inRun = against
    if (c.width > 0) {
      clusters.push({ base: c, before: owed ? [owed] : [], after: [] })
      owed = null
    } else if (writable(c.text)) clusters.at(-1)?.after.push(c)
  }
  return clusters.flatMap(slots)
}
