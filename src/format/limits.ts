/**
 * Bounds checked before any expensive work on an imported file. They are far above what a
 * workshop produces (a busy map has a few hundred cards) and far below what would freeze the app.
 */
export const LIMITS = {
  /** UTF-16 code units of the file text, checked before JSON.parse. */
  bytes: 50 * 1024 * 1024,
  /** Nesting of arrays and objects; a v1 file needs 6 (envelope, document, cards, card, place...). */
  depth: 32,
  /** Array elements anywhere in the file: records and the lists inside them. */
  records: 200_000,
  /** Characters in one text field. */
  stringLength: 100_000,
  /** Characters in any one string; larger than stringLength so a persona photo (a data: URL) fits. */
  anyString: 8 * 1024 * 1024,
  /** Board coordinates and sizes, in pixels either side of the origin. */
  coordinate: 1e7,
} as const
