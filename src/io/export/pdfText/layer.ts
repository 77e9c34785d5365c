import { bidiClass, type PlacedChar } from './shape'

// Where each character of the invisible text layer goes. Text extractors rebuild words and their
// order from the characters' boxes alone (poppler, checked with pdftotext 22.12), so every character
// needs a box of its own, in the order a reader meets it, beside its neighbours:
// - a character with no width (a combining mark, a joiner) breaks its word or, sitting on its letter,
//   is taken for a duplicate and dropped;
// - poppler reorders each line by its characters' bidi classes alone, in one direction for the whole
//   page (the one most of its letters go), in sections: on a right-to-left page, a section read left
//   to right starts at a Latin letter or at a digit or a number's punctuation (. , : % $ - and the
//   Persian comma "،"), and takes every character up to the next Persian letter. So the space after
//   a Latin word in a Persian line went with that word and came out before it ("کوچ به  CRMدر"),
//   and the space after a Persian comma before the comma ("سلام ،دنیا").

const RLM = '\u200F'
const LRM = '\u200E'
/** The bidi classes poppler reads as numbers: digits and the separators and terminators around them. */
const NUMERIC = new Set(['EN', 'AN', 'ES', 'ET', 'CS'])

/** A character with a box and the zero-width ones that share it: marks and joiners (and a bidi mark) after it, a bidi mark before it. */
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
 * A mark of the line's own direction (RLM, LRM) ends each section poppler would otherwise run on
 * past its end: after a run against the line's direction (a Latin word or a number in a Persian
 * line, a Persian word in an English one) it takes a share of the next character's box; after a
 * Persian line's own comma, colon or per cent sign, a share of that character's box. It is left out
 * where a letter of the line's direction follows, which ends the section anyway. The price: the
 * marks are characters, so they are in what is extracted and copied ("CRM\u200F در"): invisible,
 * but a program comparing the copied text with the typed text sees them.
 *
 * Still out of order in poppler (it does not nest directions): a line against its page's direction
 * (a Persian card on an English page) comes out run by run as seen, and so does a number or a comma
 * inside a Persian phrase in an English line.
 */
export function layerChars(chars: readonly PlacedChar[], direction: 'ltr' | 'rtl', writable: (text: string) => boolean = () => true): PlacedChar[] {
  const paragraph = direction === 'rtl' ? 1 : 0
  const against = (c: PlacedChar) => c.level > paragraph
  const ownClasses = direction === 'rtl' ? ['R', 'AL'] : ['L']
  const ownLetter = (c: PlacedChar) => ownClasses.includes(bidiClass(c.text))
  /** A character of a Persian line's own level that poppler reads as a number, so as a section of its own. */
  const ownNumeric = (c: PlacedChar) => direction === 'rtl' && !against(c) && NUMERIC.has(bidiClass(c.text))
  const markAt = (c: PlacedChar): PlacedChar => ({ text: direction === 'rtl' ? RLM : LRM, index: c.index, x: c.x, width: 0, level: paragraph })
  const clusters: Cluster[] = []
  let owed: PlacedChar | null = null
  chars.forEach((c, i) => {
    if (c.width > 0) {
      clusters.push({ base: c, before: owed ? [owed] : [], after: [] })
      owed = null
    } else if (writable(c.text)) clusters.at(-1)?.after.push(c)
    const next = chars[i + 1]
    if (!next || ownLetter(next)) return
    if (against(c) && !against(next)) owed = markAt(next)
    else if (ownNumeric(c) && c.width > 0) clusters.at(-1)?.after.push(markAt(c))
  })
  return clusters.flatMap(slots)
}
