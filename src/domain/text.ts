import { LIMITS } from './limits'

// Control characters can hide text or break layout, and bidi overrides can make a card read
// differently from what it says (the "Trojan Source" trick); neither has a place in map text.
// U+200E/U+200F (the marks) stay: right-to-left writers rely on them.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const LINE_UNSAFE = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g
// eslint-disable-next-line no-control-regex -- as above, but tab and newline belong in longer text
const PARAGRAPH_UNSAFE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g

/** A one-line field (titles, names, labels) as the format keeps it: no unsafe characters, within the length limit. */
export function cleanLine(value: string): string {
  return cut(strip(value, LINE_UNSAFE))
}

/** A field that may hold several lines (card text, a description, a job), as the format keeps it. */
export function cleanParagraph(value: string): string {
  return cut(strip(value, PARAGRAPH_UNSAFE))
}

function strip(value: string, unsafe: RegExp): string {
  unsafe.lastIndex = 0
  return unsafe.test(value) ? value.replace(unsafe, '') : value
}

/** Cuts at the limit without splitting a surrogate pair (an emoji or a rare CJK character). */
function cut(value: string): string {
  if (value.length <= LIMITS.stringLength) return value
  const end = LIMITS.stringLength
  const code = value.charCodeAt(end - 1)
  return value.slice(0, code >= 0xd800 && code <= 0xdbff ? end - 1 : end)
}
