// Control characters can hide text or break layout, and bidi overrides can make a card read
// differently from what it says (the "Trojan Source" trick); neither has a place in map text.
// U+200E/U+200F (the marks) stay: right-to-left writers rely on them.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const LINE_UNSAFE = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g
// eslint-disable-next-line no-control-regex -- as above, but tab and newline belong in longer text
const PARAGRAPH_UNSAFE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g

/** Strips unsafe characters and counts each field it had to change. */
export class TextCleaner {
  changed = 0

  /** A one-line field: titles, names, labels. */
  line = (value: string): string => this.clean(value, LINE_UNSAFE)

  /** A field that may hold several lines: card text, a persona's description, a job. */
  paragraph = (value: string): string => this.clean(value, PARAGRAPH_UNSAFE)

  paragraphs = (values: readonly string[]): string[] => values.map(this.paragraph)

  private clean(value: string, unsafe: RegExp): string {
    unsafe.lastIndex = 0
    if (!unsafe.test(value)) return value
    this.changed++
    return value.replace(unsafe, '')
  }
}
