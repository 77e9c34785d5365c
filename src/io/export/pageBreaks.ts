// Where the pages of a PDF may end across a map: a page takes whole steps, and it never leaves a
// stage a part too narrow to show the stage's name whole.
//
// A stage that runs over two pages has its band on each, and each page's part of the band carries
// the name (the page may be shown alone: a slide, a sheet on the wall). The band's height is fixed,
// so a name fits a part only as wide as two lines of it at the smallest header size need: a part of
// one step at a page's edge could show a long name only cut with "…". A designer making a deck does
// not cut a section's heading, nor leave one column of a section alone at a page's edge (a widow,
// as type setting calls it): they move the break. So the page plan does, and a narrow part is never
// made where some break leaves every part wide enough. The name stays the name as typed: no "(cont.)"
// is added, which would take room the part may not have and a translation into each language; the
// band's colour and the page numbers say that the stage goes on. Only where no break allows it (a
// part must be made narrower than its name needs: a huge step beside it, a name close to the whole
// band's width) is the name cut, as the board cuts a name its whole band cannot hold, and the export
// dialog counts it.

/** A piece of the map's width a page takes whole: a step, or part of the free space beyond the steps. Board pixels. */
export interface Span {
  readonly start: number
  readonly size: number
  /** The stage band the span lies in (an index into the sheet's stages), if any. */
  readonly stage?: number
}

/** Whether a page of `spans[start..end)` may end before `spans[end]`. */
export type BreakRule = (start: number, end: number) => boolean

/** Any break goes. */
export const ANY_BREAK: BreakRule = () => true

/** A stage band as the breaks see it: whether a part of it this wide (board px) shows its name whole. */
export interface StageFit {
  readonly width: number
  readonly fits: (width: number) => boolean
}

export interface StageBreaks {
  readonly ok: BreakRule
  /** How many parts of stages `groups` (pages, in reading order) show too narrow for a name their whole band holds. */
  readonly cutParts: (groups: readonly (readonly Span[])[]) => number
}

/**
 * The break rule for spans in reading order: a page may end inside a stage only where the stage's
 * part before the break (from the page's start, or the stage's) and all of it after the break are
 * each wide enough for its name. The part after may be cut again by a later break, which is held
 * to the same rule, so every part is. A stage whose whole band cannot hold its name does not hold
 * the breaks back: its name is cut wherever the page ends.
 */
export function stageBreaks(spans: readonly Span[], stages: readonly StageFit[]): StageBreaks {
  const hopeful = stages.map((s) => s.fits(s.width))
  const prefix = [0]
  for (const s of spans) prefix.push((prefix.at(-1) ?? 0) + s.size)
  // The first and last span of the run of spans in the same stage as each span.
  const first: number[] = []
  const last: number[] = []
  spans.forEach((s, i) => first.push(i > 0 && s.stage !== undefined && spans[i - 1]?.stage === s.stage ? (first[i - 1] ?? i) : i))
  for (let i = spans.length - 1; i >= 0; i--) last[i] = i < spans.length - 1 && spans[i]?.stage !== undefined && spans[i + 1]?.stage === spans[i]?.stage ? (last[i + 1] ?? i) : i
  const sum = (from: number, to: number) => (prefix[to] ?? 0) - (prefix[from] ?? 0)
  const ok: BreakRule = (start, end) => {
    if (end <= start || end >= spans.length) return true
    const stage = spans[end]?.stage
    if (stage === undefined || spans[end - 1]?.stage !== stage || !hopeful[stage]) return true
    const fits = stages[stage]?.fits ?? (() => true)
    return fits(sum(Math.max(first[end] ?? end, start), end)) && fits(sum(end, (last[end] ?? end) + 1))
  }
  const cutParts = (groups: readonly (readonly Span[])[]) => {
    let cut = 0
    for (const group of groups) for (const [stage, width] of partWidths(group)) if (hopeful[stage] && !stages[stage]?.fits(width)) cut++
    return cut
  }
  return { ok, cutParts }
}

/** How wide a part of each stage (by index) a page of `group` shows, in reading order. */
export function partWidths(group: readonly Span[]): Map<number, number> {
  const widths = new Map<number, number>()
  for (const s of group) if (s.stage !== undefined) widths.set(s.stage, (widths.get(s.stage) ?? 0) + s.size)
  return widths
}

/**
 * Packs spans from `from` on, in order, into groups no longer than `room` (a span longer than the
 * room gets a group of its own). A full group ends at the last break the rule allows; where it
 * allows none, where the room runs out.
 */
export function pack(spans: readonly Span[], room: number, ok: BreakRule = ANY_BREAK, from = 0): Span[][] {
  const groups: Span[][] = []
  let start = from
  while (start < spans.length) {
    let end = start
    let used = 0
    while (end < spans.length && (end === start || used + (spans[end]?.size ?? 0) <= room + 1e-6)) used += spans[end++]?.size ?? 0
    if (end < spans.length) {
      let at = end
      while (at > start + 1 && !ok(start, at)) at--
      if (ok(start, at)) end = at
    }
    groups.push(spans.slice(start, end))
    start = end
  }
  return groups
}

/**
 * The spans cut into `count` or fewer groups in order at breaks the rule allows, the widest as
 * narrow as it can be and the others as close to an even share as whole spans allow: so the last
 * page is not left with a stub.
 */
export function balance(spans: readonly Span[], count: number, ok: BreakRule = ANY_BREAK): Span[][] {
  const total = spans.reduce((sum, s) => sum + s.size, 0)
  let lo = Math.max(0, ...spans.map((s) => s.size))
  let hi = Math.max(lo, total)
  if (pack(spans, lo, ok).length > count) {
    for (let i = 0; i < 50 && hi - lo > 0.01; i++) {
      const mid = (lo + hi) / 2
      if (pack(spans, mid, ok).length <= count) hi = mid
      else lo = mid
    }
  } else hi = lo
  const room = hi
  const k = pack(spans, room, ok).length
  const prefix = [0]
  for (const s of spans) prefix.push((prefix.at(-1) ?? 0) + s.size)
  const groups: Span[][] = []
  let start = 0
  for (let g = 1; g < k; g++) {
    const target = (total * g) / k
    let best = -1
    for (let end = start + 1; end <= spans.length - (k - g); end++) {
      if ((prefix[end] ?? 0) - (prefix[start] ?? 0) > room + 1e-6) break
      if (!ok(start, end)) continue
      // The rest must still go into the groups left at this room.
      if (pack(spans, room, ok, end).length > k - g) continue
      if (best < 0 || Math.abs((prefix[end] ?? 0) - target) < Math.abs((prefix[best] ?? 0) - target)) best = end
    }
    if (best < 0) return pack(spans, room, ok)
    groups.push(spans.slice(start, best))
    start = best
  }
  groups.push(spans.slice(start))
  return groups
}
