import type { RecordTable } from './types'

/**
 * What a map may hold, defined once. Commands keep every document inside these bounds, and the
 * loader brings any file or stored row back inside them (cutting or clamping, and saying so), so
 * nothing the app saves can fail to load again. They sit far above what a workshop produces (a
 * busy map has a few hundred cards) and below what would freeze the board or the importer.
 */
export const LIMITS = {
  /** UTF-16 code units of an imported file's text, checked before JSON.parse. */
  bytes: 50 * 1024 * 1024,
  /** Nesting of arrays and objects; a file needs 6 (envelope, document, cards, card, place...). */
  depth: 32,
  /** Array items plus object keys anywhere in a file: counted for objects as for arrays. */
  entries: 2_000_000,
  /** Keys in any one object of a file: records have about twenty. */
  keysPerObject: 1_000,
  /** Characters in one text field (a title, a card's text, a label). */
  stringLength: 100_000,
  /** Characters in any one string; larger than stringLength so a persona photo (a data: URL) fits. */
  anyString: 8 * 1024 * 1024,
  /** Board coordinates of free items, in pixels either side of the origin. */
  coordinate: 1_000_000,
  /** Width and height of a free item, in board pixels. */
  freeItemSize: 20_000,
  /** Records per map (and per workshop for personas and jobs), by table. */
  stages: 200,
  steps: 1_000,
  lanes: 100,
  cards: 20_000,
  links: 5_000,
  emotions: 50_000,
  personas: 200,
  jobs: 1_000,
  /** Actions of one map's plan: far more than a workshop decides on. */
  actions: 2_000,
  /** Links that start or end at one card. */
  linksPerCard: 100,
  /** Cells a card may stretch over. */
  span: 1_000,
  /** Metrics of one card; goals, frustrations, persona and step references of one record. */
  listItems: 200,
  /** Fields the app does not know (written by a newer build or another tool) kept per record... */
  unknownFields: 16,
  /** ...and their total size as JSON text: more is dropped rather than stored with every save. */
  unknownFieldChars: 10_000,
} as const


/** The most records of a table one document may hold. */
export function tableLimit(table: RecordTable): number {
  return LIMITS[table]
}

/** The size a free item gets when a file gives it none it can use. */
export const DEFAULT_FREE_WIDTH = 200
export const DEFAULT_FREE_HEIGHT = 64
