// The benchmark's map as the `.journey` file a person would import: the same rows fixture.ts
// writes into IndexedDB, put back into a document and written by the app's own serializer, so the
// import bench times exactly the map the other measurements open.
import { RECORD_TABLES, type JourneyDoc, type JourneyMap } from '../src/domain'
import { loadEnvelope, serializeDoc, stringifyEnvelope } from '../src/format'
import type { BenchFixture } from './fixture'

/** The fixture's map as a document: its table rows keyed by id (the stored map row without its format version). */
export function fixtureDoc(fixture: BenchFixture): JourneyDoc {
  const [mapRow] = fixture.tables.maps as (JourneyMap & { formatVersion?: number })[]
  if (!mapRow) throw new Error(`the ${fixture.cards}-card fixture has no map row`)
  const { formatVersion: _stored, ...map } = mapRow
  const byId = (table: string) => Object.fromEntries(((fixture.tables[table] ?? []) as { id: string }[]).map((row) => [row.id, row]))
  return { map, ...Object.fromEntries(RECORD_TABLES.map((table) => [table, byId(table)])) } as unknown as JourneyDoc
}

/**
 * The `.journey` text of the fixture's map, as Save to file writes it (pretty, keys in a fixed
 * order). Checked through the app's load path: the import must read it whole, with no repair.
 */
export function journeyFileText(fixture: BenchFixture): string {
  const doc = fixtureDoc(fixture)
  const text = stringifyEnvelope(serializeDoc(doc, { name: 'Journeyboard', version: 'bench' }))
  const loaded = loadEnvelope(JSON.parse(text))
  if (!loaded.ok) throw new Error(`the ${fixture.cards}-card .journey file does not load: ${JSON.stringify(loaded.error)}`)
  if (loaded.value.repairs.length > 0) throw new Error(`the ${fixture.cards}-card .journey file needs repairs: ${loaded.value.repairs.map((r) => r.message).join('; ')}`)
  const cards = Object.keys(loaded.value.doc.cards).length
  if (cards !== fixture.cards) throw new Error(`the .journey file holds ${cards} cards, not ${fixture.cards}`)
  return text
}
