import type { JourneyDoc } from '../domain'
import { orderedStepIds } from '../domain'
import { isDefaultControl, type MapFacilitation } from '../domain/facilitation'
import { CURRENT_FORMAT_VERSION } from './migrate'
import type { AppInfo, DocumentData, Envelope } from './types'

/**
 * Records as arrays in a stable order: stages, steps and lanes as the map shows them, everything
 * else (and anything the map does not list) by id. The same document always gives the same arrays,
 * so saved files diff cleanly.
 */
export function docToData(doc: JourneyDoc): DocumentData {
  return {
    map: doc.map,
    stages: inOrder(doc.stages, doc.map.stageIds),
    steps: inOrder(doc.steps, orderedStepIds(doc)),
    lanes: inOrder(doc.lanes, doc.map.laneIds),
    cards: inOrder(doc.cards, []),
    links: inOrder(doc.links, []),
    emotions: inOrder(doc.emotions, []),
    personas: inOrder(doc.personas, []),
    jobs: inOrder(doc.jobs, []),
    actions: inOrder(doc.actions, []),
  }
}

/**
 * The map as a file's envelope. `facilitation` is the map's agenda and vote history: a saved or
 * exported map passes it; a room's copy (which shares the map only) leaves it out. A map that
 * never ran a session (no agenda, no votes) gets no section, so its file is as it was.
 */
export function serializeDoc(doc: JourneyDoc, app: AppInfo, facilitation?: MapFacilitation): Envelope {
  // The facilitator's locks travel only when something is locked or the timer is shared: older files stay as they were.
  const control = facilitation?.control && !isDefaultControl(facilitation.control) ? { control: facilitation.control } : {}
  const section = facilitation && (facilitation.agenda !== null || facilitation.votes.length > 0 || 'control' in control) ? { agenda: facilitation.agenda, votes: facilitation.votes, ...control } : null
  return {
    type: 'journeyboard',
    formatVersion: CURRENT_FORMAT_VERSION,
    app: { name: app.name, version: app.version },
    document: docToData(doc),
    ...(section ? { facilitation: section } : {}),
  }
}

/** Pretty JSON with keys in a fixed order ("id" first, then alphabetical) so equal documents give equal files. */
export function stringifyEnvelope(env: Envelope): string {
  const head = { type: env.type, formatVersion: env.formatVersion, app: canonical(env.app) }
  const document: Record<string, unknown> = { map: canonical(env.document.map) }
  for (const table of ['stages', 'steps', 'lanes', 'cards', 'links', 'emotions', 'personas', 'jobs', 'actions'] as const) {
    document[table] = env.document[table].map(canonical)
  }
  const facilitation = env.facilitation ? { facilitation: canonical(env.facilitation) } : {}
  return `${JSON.stringify({ ...head, document, ...facilitation }, null, 2)}\n`
}

function inOrder<T extends { readonly id: string }>(records: Readonly<Record<string, T>>, listed: readonly string[]): T[] {
  const out: T[] = []
  const seen = new Set<string>()
  for (const id of listed) {
    const record = Object.prototype.hasOwnProperty.call(records, id) ? records[id] : undefined
    if (record && !seen.has(id)) {
      seen.add(id)
      out.push(record)
    }
  }
  const rest = Object.values(records).filter((r) => !seen.has(r.id))
  rest.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  return out.concat(rest)
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical)
  if (typeof value !== 'object' || value === null) return value
  const keys = Object.keys(value).sort((a, b) => (a === 'id' ? -1 : b === 'id' ? 1 : a < b ? -1 : a > b ? 1 : 0))
  const out: Record<string, unknown> = {}
  // defineProperty, not assignment: an unknown field named __proto__ must stay a field, not become a prototype.
  for (const key of keys) Object.defineProperty(out, key, { value: canonical((value as Record<string, unknown>)[key]), enumerable: true, writable: true, configurable: true })
  return out
}
