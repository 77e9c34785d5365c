import type { ImportError, Result } from './types'
import { err, ok } from './types'

/** Every format version by name, in order. Add one entry per change to the saved shape; never reuse or remove one. */
export const Versions = {
  Initial: 1,
  /** Free items got a shape (note, text, rectangle, ellipse); a v1 file holds only notes. */
  CardShape: 2,
  /** The envelope may carry a `facilitation` section (the map's agenda and vote history) beside `document`. */
  Facilitation: 3,
  /** The document holds the map's action plan: an `actions` table beside the cards. */
  Actions: 4,
  /** The map says whether its cards grow to show all their text (`cardText`: fit) or keep two lines (compact). */
  CardText: 5,
} as const

export const CURRENT_FORMAT_VERSION: number = Math.max(...Object.values(Versions))

/**
 * One up-step: turns a document written in `version - 1` into one in `version`. Steps run before
 * schema validation, so `up` receives unchecked data (already free of prototype keys) and must
 * cope with missing or odd fields; what it returns is validated against the current schema.
 */
export interface MigrationStep {
  readonly version: number
  readonly name: string
  readonly up: (document: Record<string, unknown>) => Record<string, unknown>
}

/** The steps that take older files to CURRENT_FORMAT_VERSION, one per version after the first. */
export const MIGRATIONS: readonly MigrationStep[] = [
  {
    version: Versions.CardShape,
    name: 'cardShape',
    // Written as data, not left to the schema's default, so the step is what gives v1 cards their shape.
    up: (document) => ({ ...document, cards: mapRecords(document.cards, (card) => ('shape' in card ? card : { ...card, shape: 'note' })) }),
  },
  {
    version: Versions.Facilitation,
    name: 'facilitation',
    // The map's records did not change: the new section sits beside `document`, and the loader reads
    // it only from files of this version on, so an older file (even one carrying a stray
    // `facilitation` key some other tool added) opens as it was, with no agenda and no votes.
    up: (document) => document,
  },
  {
    version: Versions.Actions,
    name: 'actions',
    // An older file has no plan. Written as data (an empty table), so a stray `actions` key that some
    // other tool put in an older file is not read as one: the map opens exactly as it was.
    up: (document) => ({ ...document, actions: [] }),
  },
  {
    version: Versions.CardText,
    name: 'cardText',
    // Older maps are given cards that show all their text, as a new map has. Written as data, so a
    // stray `cardText` some other tool put in an older file is not read as the person's choice. A
    // workshop's people rows are migrated without a map, and pass through as they are.
    up: (document) => (isPlainRecord(document.map) ? { ...document, map: { ...document.map, cardText: 'fit' } } : document),
  },
]

/** Applies `update` to each object of a table that may be anything in an old or hostile file. */
function mapRecords(table: unknown, update: (record: Record<string, unknown>) => Record<string, unknown>): unknown {
  return Array.isArray(table) ? table.map((r) => (isPlainRecord(r) ? update(r) : r)) : table
}

export interface Migrated {
  readonly document: unknown
  /** The names of the steps that ran, in order. */
  readonly ran: readonly string[]
}

/**
 * Runs the up-steps from `from` to `to` in version order. A missing step or a step that throws
 * is reported as an invalid file rather than thrown: hostile data can break any assumption a step makes.
 */
export function runMigrations(
  document: unknown,
  from: number,
  to: number = CURRENT_FORMAT_VERSION,
  steps: readonly MigrationStep[] = MIGRATIONS,
): Result<Migrated, ImportError> {
  const byVersion = new Map(steps.map((s) => [s.version, s]))
  const ran: string[] = []
  let current = document
  for (let version = from + 1; version <= to; version++) {
    const step = byVersion.get(version)
    if (!step) return err({ kind: 'invalid', issues: [`formatVersion: no way to update a version ${from} file to version ${to}`] })
    if (!isPlainRecord(current)) return err({ kind: 'invalid', issues: ['document: expected an object'] })
    try {
      current = step.up(current)
    } catch (e) {
      return err({ kind: 'invalid', issues: [`formatVersion: the update to version ${version} (${step.name}) failed: ${messageOf(e)}`] })
    }
    ran.push(step.name)
  }
  return ok({ document: current, ran })
}

function isPlainRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e)
}
