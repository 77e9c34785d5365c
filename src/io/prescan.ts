import { LIMITS } from '../domain'
import type { ImportError } from '../format'

type TooLarge = Extract<ImportError, { kind: 'tooLarge' }>

/** The limits the pre-scan holds a file to: the ones the format's sanitize step checks after JSON.parse. */
export type PrescanLimits = { readonly [K in 'depth' | 'entries' | 'keysPerObject']: number }

const QUOTE = 0x22
const BACKSLASH = 0x5c
const COMMA = 0x2c
const OPEN_OBJECT = 0x7b
const CLOSE_OBJECT = 0x7d
const OPEN_ARRAY = 0x5b
const CLOSE_ARRAY = 0x5d

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09
}

/**
 * Counts what JSON.parse would build from the text (array items and object keys, nesting) without
 * building it, and refuses the file as soon as it goes past the format's limits. JSON.parse of one
 * object with millions of keys takes seconds and hundreds of MB before sanitize can count a single
 * key; this loop allocates nothing and gives the same refusal (the same error, so the same message)
 * in a fraction of that. It is only a counter, not a validator: text that is not JSON is counted as
 * far as it goes and left for JSON.parse to refuse with its own words. A key written twice counts
 * twice (JSON.parse keeps one), so only a file that repeats keys by the thousand is refused here
 * that sanitize alone would have let through.
 */
export function prescanJson(text: string, limits: PrescanLimits = LIMITS): TooLarge | null {
  // One frame per open array or object: how many entries it has so far and whether it has any.
  const counts: number[] = []
  const isObject: boolean[] = []
  let entries = 0
  let i = 0
  const length = text.length
  while (i < length) {
    const code = text.charCodeAt(i)
    if (isSpace(code)) {
      i++
      continue
    }
    const top = counts.length - 1
    if (code === CLOSE_OBJECT || code === CLOSE_ARRAY) {
      counts.pop()
      isObject.pop()
      i++
      continue
    }
    if (code === COMMA) {
      // A comma inside a container starts its next entry; the entry is counted when its first character comes.
      if (top >= 0) counts[top] = -counts[top]!
      i++
      continue
    }
    // The first character of an entry (a key, or an array item): counted once, where it starts.
    // A count stored negative means "a comma came, the next character starts an entry"; zero, "empty so far".
    if (top >= 0 && counts[top]! <= 0) {
      const count = -counts[top]! + 1
      counts[top] = count
      entries++
      if (isObject[top] && count > limits.keysPerObject) return { kind: 'tooLarge', what: 'keys', limit: limits.keysPerObject, found: countKeys(text, i, count) }
      if (entries > limits.entries) return { kind: 'tooLarge', what: 'records', limit: limits.entries, found: entries }
    }
    if (code === QUOTE) {
      i = stringEnd(text, i)
      continue
    }
    if (code === OPEN_OBJECT || code === OPEN_ARRAY) {
      counts.push(0)
      isObject.push(code === OPEN_OBJECT)
      if (counts.length > limits.depth) return { kind: 'tooLarge', what: 'depth', limit: limits.depth, found: counts.length }
    }
    i++
  }
  return null
}

/** The index just past the string that opens at `start` (or the text's end, if it never closes). */
function stringEnd(text: string, start: number): number {
  let at = start + 1
  for (;;) {
    const close = text.indexOf('"', at)
    if (close < 0) return text.length
    // A quote after an odd run of backslashes is escaped and does not end the string.
    let slashes = 0
    for (let k = close - 1; k > start && text.charCodeAt(k) === BACKSLASH; k--) slashes++
    if (slashes % 2 === 0) return close + 1
    at = close + 1
  }
}

/**
 * How many keys the object has in all, counting on from its key number `seen` that starts at
 * `from`: the refusal then states the real number, as sanitize's would. Still only a scan of text
 * the file already holds, and it ends with the object.
 */
function countKeys(text: string, from: number, seen: number): number {
  let count = seen
  let depth = 0
  let i = from
  while (i < text.length) {
    const code = text.charCodeAt(i)
    if (code === QUOTE) {
      i = stringEnd(text, i)
      continue
    }
    if (code === OPEN_OBJECT || code === OPEN_ARRAY) depth++
    else if (code === CLOSE_OBJECT || code === CLOSE_ARRAY) {
      if (depth === 0) break
      depth--
    } else if (code === COMMA && depth === 0) count++
    i++
  }
  return count
}
