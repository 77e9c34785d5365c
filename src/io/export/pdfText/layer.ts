import type { PlacedChar } from './shape'

// Where each character of the invisible text layer goes. Text extractors rebuild words and their
// order from the characters' boxes alone (poppler, checked with pdftotext 22.12), so every character
// needs a box of its own, in the order a reader meets it, beside its neighbours:
// a character with no width (a combining mark, a joiner) breaks its word or, sitting on its letter,
// is taken for a duplicate and dropped.

/** A character with a box and the zero-width ones that share it: marks and joiners after it. */
interface Cluster {
  readonly base: PlacedChar
  readonly after: PlacedChar[]
}

/** One box split evenly between the cluster's characters, in the base character's reading direction. */
function slots(cluster: Cluster): PlacedChar[] {
  const { base } = cluster
  const parts = [base, ...cluster.after]
  const each = base.width / parts.length
  const rtl = base.level % 2 === 1
  return parts.map((part, k) => ({ ...part, x: rtl ? base.x + base.width - (k + 1) * each : base.x + k * each, width: each }))
}

/**
 * The text layer's characters, each with a box of its own, in logical order. A combining mark (the
 * hamza of "مسئلهٔ", a kasra) or a joiner (ZWNJ in "می‌خواهم") shares the box of the letter before
 * it, on the side the reading goes on: the extractor reads it right after its letter. A character
 * the layer's font cannot write (`writable`) gets no box, so it leaves no gap in its word.
 */
export function layerChars(chars: readonly PlacedChar[], writable: (text: string) => boolean = () => true): PlacedChar[] {
  const clusters: Cluster[] = []
  for (const c of chars) {
    if (c.width > 0) clusters.push({ base: c, after: [] })
    else if (writable(c.text)) clusters.at(-1)?.after.push(c)
  }
  return clusters.flatMap(slots)
}
