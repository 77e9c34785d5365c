import { cleanLine, cleanParagraph } from '../domain'

/** Brings text fields within the format's rules (domain/text.ts) and counts each field it had to change. */
export class TextCleaner {
  changed = 0

  /** A one-line field: titles, names, labels. */
  line = (value: string): string => this.count(value, cleanLine(value))

  /** A field that may hold several lines: card text, a persona's description, a job. */
  paragraph = (value: string): string => this.count(value, cleanParagraph(value))

  paragraphs = (values: readonly string[]): string[] => values.map(this.paragraph)

  private count(before: string, after: string): string {
    if (after !== before) this.changed++
    return after
  }
}
