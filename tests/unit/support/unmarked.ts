/**
 * Text as a person reads or hears it: without the invisible isolation marks (U+2066–U+2069) that
 * keep each value of a sentence in its own direction (src/i18n/isolated.ts). For finding a control by
 * its name; a test about the marks themselves compares the marked text.
 */
export function unmarked(text: string | null | undefined): string {
  return (text ?? '').replace(/[\u2066-\u2069]/g, '')
}
