import { readFacilitationSection } from './facilitation'
import { runMigrations, CURRENT_FORMAT_VERSION, MIGRATIONS, Versions, type MigrationStep } from './migrate'
import { LIMITS } from '../domain'
import { normalize } from './normalize'
import type { RepairCounts, RepairPlaces } from './repairs'
import { restoreDocument } from './restore'
import { sanitize } from './sanitize'
import type { ImportError, Loaded, Result } from './types'
import { err, ok } from './types'

/**
 * Loads an envelope from any value (a parsed file, or database rows put together): bounds and
 * strips it, refuses a newer format, migrates, restores every field into the schema and
 * normalizes. It refuses only what is not a Journeyboard file, is newer than the app, or is over
 * the size limits; everything else loads, with what was repaired reported. It never throws.
 */
export function loadEnvelope(value: unknown): Result<Loaded, ImportError> {
  return loadWith(value, MIGRATIONS)
}

/** loadEnvelope with a chosen list of up-steps, so tests can prove that steps run and in which order. */
export function loadWith(value: unknown, migrations: readonly MigrationStep[], current = CURRENT_FORMAT_VERSION): Result<Loaded, ImportError> {
  try {
    return load(value, migrations, current)
  } catch (e) {
    // Unreachable for JSON input (the property tests hold it to that); a hostile object handed in
    // from elsewhere (a throwing getter, a proxy) still gets an answer rather than an exception.
    return err({ kind: 'invalid', issues: [`the data could not be read: ${e instanceof Error ? e.message : String(e)}`] })
  }
}

/** Reads a .journey file's text. Size is checked before parsing, and nothing but JSON.parse ever reads it. */
export function parseJourneyFile(text: string): Result<Loaded, ImportError> {
  if (typeof text !== 'string') return err({ kind: 'notJson', message: 'the file is not text' })
  if (text.length > LIMITS.bytes) return err({ kind: 'tooLarge', what: 'bytes', limit: LIMITS.bytes, found: text.length })
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (e) {
    return err({ kind: 'notJson', message: e instanceof Error ? e.message : String(e), ...damage(text) })
  }
  return loadEnvelope(value)
}

/** What a person can do about JSON that does not parse depends on whether it was ours, and whether it was cut off. */
function damage(text: string): { journeyboard: boolean; truncated: boolean } {
  const journeyboard = /"type"\s*:\s*"journeyboard"/.test(text.slice(0, 4096))
  return { journeyboard, truncated: journeyboard && !/\}\s*$/.test(text.slice(-64)) }
}

function load(value: unknown, migrations: readonly MigrationStep[], current: number): Result<Loaded, ImportError> {
  const sanitized = sanitize(value)
  if (!sanitized.ok) return sanitized
  const { value: clean, strippedKeys } = sanitized.value
  if (!isRecord(clean) || clean.type !== 'journeyboard') return err({ kind: 'notJourneyboard' })

  const version = clean.formatVersion
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return err({ kind: 'invalid', issues: ['formatVersion: expected a whole number of 1 or more'] })
  }
  // Before validation: a newer file may not match today's schema, and "update the app" is the right answer.
  if (version > current) return err({ kind: 'newerVersion', found: version, supported: current })

  const migrated = runMigrations(clean.document, version, current, migrations)
  if (!migrated.ok) return migrated

  const counts: RepairCounts = { strippedKeys }
  const places: RepairPlaces = {}
  // Only from the version that introduced it: an older file's stray key is not this section.
  const hasFacilitation = version >= Versions.Facilitation && Object.hasOwn(clean, 'facilitation') && clean.facilitation !== null
  const facilitation = hasFacilitation ? readFacilitationSection(clean.facilitation, counts) : undefined
  const data = restoreDocument(migrated.value.document, counts, places)
  const { doc, repairs } = normalize(data, counts, places)
  return ok({ doc, repairs, migratedFrom: version < current ? version : null, ...(facilitation ? { facilitation } : {}) })
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
