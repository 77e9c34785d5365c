import { generateKeyBetween, generateNKeysBetween } from 'fractional-indexing'

/**
 * Order in the shared document lives in fractional-indexing keys on the records, never in Yjs
 * arrays: an array has no move, so two people moving one item at once would duplicate or lose it.
 * With keys, a move rewrites one field and concurrent moves resolve by last writer per item.
 */

/** Keys longer than this are a hostile client's: they are treated as missing and replaced on the next move. */
const MAX_KEY_LENGTH = 200

/** Whether `key` is a key fractional-indexing accepts (another client may have written anything). */
export function isOrderKey(key: unknown): key is string {
  if (typeof key !== 'string' || key.length === 0 || key.length > MAX_KEY_LENGTH) return false
  try {
    generateKeyBetween(key, null)
    return true
  } catch {
    return false
  }
}

/** Sorts by key, ties (two people inserting at one place at once) by id, missing keys last: the same order on every client. */
export function compareByOrder(a: { readonly key: string | null; readonly id: string }, b: { readonly key: string | null; readonly id: string }): number {
  if (a.key !== b.key) {
    if (a.key === null) return 1
    if (b.key === null) return -1
    return a.key < b.key ? -1 : 1
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}

/**
 * New keys for the ids of `desired` that must move so the keys give `desired`'s order. The longest
 * run of ids whose current keys already rise strictly keeps its keys (so an item someone else is
 * moving at the same moment is left alone unless it is in the way); every other id gets a key
 * between its kept neighbours. Ids without a usable key (new, or a hostile value) always get one.
 */
export function placeKeys(desired: readonly string[], currentKey: (id: string) => string | null): Map<string, string> {
  const keys = desired.map((id) => {
    const key = currentKey(id)
    return isOrderKey(key) ? key : null
  })
  const kept = longestRisingRun(keys)
  const out = new Map<string, string>()
  let lower: string | null = null
  let run: string[] = []
  const flush = (upper: string | null) => {
    if (run.length === 0) return
    const fresh = generateNKeysBetween(lower, upper, run.length)
    run.forEach((id, i) => out.set(id, fresh[i]!))
    run = []
  }
  desired.forEach((id, i) => {
    if (kept.has(i)) {
      flush(keys[i]!)
      lower = keys[i]!
    } else run.push(id)
  })
  flush(null)
  return out
}

/** Indexes of a longest strictly rising subsequence of the non-null keys (patience sorting, O(n log n)). */
function longestRisingRun(keys: readonly (string | null)[]): Set<number> {
  const tails: number[] = []
  const before = new Array<number>(keys.length).fill(-1)
  keys.forEach((key, i) => {
    if (key === null) return
    let lo = 0
    let hi = tails.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (keys[tails[mid]!]! < key) lo = mid + 1
      else hi = mid
    }
    before[i] = lo > 0 ? tails[lo - 1]! : -1
    tails[lo] = i
  })
  const kept = new Set<number>()
  for (let i = tails.length > 0 ? tails[tails.length - 1]! : -1; i >= 0; i = before[i]!) kept.add(i)
  return kept
}
