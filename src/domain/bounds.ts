import type { CardPatch, Command, JobPatch, PersonaPatch } from './commands'
import { createCard, createJob, createPersona } from './factories'
import { isSafeId } from './ids'
import { LIMITS } from './limits'
import { clamp } from './records'
import { cleanLine, cleanParagraph } from './text'
import type { Card, CardPlace, Job, JourneyDoc, Link, Metric, Persona } from './types'
import { CARD_SHAPES, CHANNELS, DEVICES, LANE_KINDS, SENTIMENTS } from './types'

/*
 * Commands keep a document inside the format's limits (limits.ts), so that whatever the app
 * saves loads back the same: no text past its length, no item at x = 1e9, no colour "red".
 * Each function here takes what a command carries (which may come from a paste, another device
 * or a bug) and returns it within bounds, or null when nothing usable is left.
 */

const HEX = /^#[0-9a-fA-F]{6}$/
const SAFE_PHOTO = /^data:image\/(?:png|jpeg|gif|webp);base64,[A-Za-z0-9+/]*={0,2}$/

export function isHex(value: unknown): value is string {
  return typeof value === 'string' && HEX.test(value)
}

/** A persona photo must be a data: URL of a picture, small enough for the format. */
export function isSafePhoto(value: unknown): value is string {
  return typeof value === 'string' && value.length <= LIMITS.anyString && SAFE_PHOTO.test(value)
}

/** A finite number within ±limit; -0 becomes 0 so a saved and reloaded document compares equal. */
export function boundNumber(value: number, limit: number, fallback = 0): number {
  return Number.isFinite(value) ? clamp(value, -limit, limit) + 0 : fallback
}

function boundSize(value: number): number {
  return clamp(value, Number.MIN_VALUE, LIMITS.freeItemSize)
}

function oneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return (values as readonly unknown[]).includes(value)
}

/**
 * A place a card can have in this document, or null. A cell must exist and the card may stretch
 * only as far as the last step; a free item stays within the board's coordinates and sizes.
 */
export function boundPlace(doc: JourneyDoc, place: CardPlace, stepOrder: readonly string[]): CardPlace | null {
  if (place.kind === 'free') {
    const { x, y, width, height } = place
    if (![x, y, width, height].every(Number.isFinite) || width <= 0 || height <= 0) return null
    return {
      kind: 'free',
      x: boundNumber(x, LIMITS.coordinate),
      y: boundNumber(y, LIMITS.coordinate),
      width: boundSize(width),
      height: boundSize(height),
    }
  }
  const index = stepOrder.indexOf(place.stepId)
  if (index < 0 || !Object.prototype.hasOwnProperty.call(doc.lanes, place.laneId)) return null
  if (!Number.isInteger(place.span) || place.span < 1 || !Number.isFinite(place.rank)) return null
  const span = Math.min(place.span, LIMITS.span, stepOrder.length - index)
  return { kind: 'cell', laneId: place.laneId, stepId: place.stepId, span, rank: place.rank + 0 }
}

function boundMetrics(metrics: readonly Metric[]): Metric[] {
  return metrics.slice(0, LIMITS.listItems).map((m) => ({ ...m, name: cleanLine(String(m.name)), value: cleanLine(String(m.value)) }))
}

/** References that point at existing records, each once, within the list limit. */
export function boundRefs<T extends string>(ids: readonly T[], exists: (id: T) => boolean): T[] {
  return [...new Set(ids)].filter((id) => isSafeId(id) && exists(id)).slice(0, LIMITS.listItems)
}

/** The fields of a card patch, each within bounds; a field that cannot be used is left out. */
export function boundCardPatch(doc: JourneyDoc, patch: CardPatch): CardPatch {
  const out: Record<string, unknown> = {}
  const { text, action, team, sentiment, color, channel, device, shape, metrics, personaIds, jobId } = patch
  if (typeof text === 'string') out.text = cleanParagraph(text)
  if (typeof action === 'string') out.action = cleanLine(action)
  if (typeof team === 'string') out.team = cleanLine(team)
  if (oneOf(SENTIMENTS, sentiment)) out.sentiment = sentiment
  if (color === null || isHex(color)) out.color = color
  if (channel === null || oneOf(CHANNELS, channel)) out.channel = channel
  if (device === null || oneOf(DEVICES, device)) out.device = device
  if (oneOf(CARD_SHAPES, shape)) out.shape = shape
  if (Array.isArray(metrics)) out.metrics = boundMetrics(metrics)
  if (Array.isArray(personaIds)) out.personaIds = boundRefs(personaIds, (id) => Object.prototype.hasOwnProperty.call(doc.personas, id))
  if (jobId === null || (jobId !== undefined && Object.prototype.hasOwnProperty.call(doc.jobs, jobId))) out.jobId = jobId
  return out as CardPatch
}

/** A new card within bounds, or null when its id or place cannot be used. */
export function boundCard(doc: JourneyDoc, card: Card, stepOrder: readonly string[]): Card | null {
  if (!isSafeId(card.id)) return null
  const place = boundPlace(doc, card.place, stepOrder)
  if (!place) return null
  // Only the fields this format knows: a pasted card cannot smuggle in fields past the loader's budget.
  const base: Card = { ...createCard(doc.map.id, place), id: card.id }
  return { ...base, ...boundCardPatch(doc, card) }
}

export function boundLink(doc: JourneyDoc, link: Link): Link | null {
  return isSafeId(link.id) ? { id: link.id, mapId: doc.map.id, from: link.from, to: link.to, label: cleanLine(String(link.label)) } : null
}

export function boundPersonaPatch(patch: PersonaPatch): PersonaPatch {
  const out: Record<string, unknown> = {}
  for (const key of ['name', 'role', 'ageRange'] as const) if (typeof patch[key] === 'string') out[key] = cleanLine(patch[key])
  for (const key of ['quote', 'demographics', 'timeSpent', 'description'] as const) if (typeof patch[key] === 'string') out[key] = cleanParagraph(patch[key])
  for (const key of ['goals', 'frustrations'] as const) {
    if (Array.isArray(patch[key])) out[key] = patch[key].slice(0, LIMITS.listItems).map((g) => cleanParagraph(String(g)))
  }
  if (Array.isArray(patch.channels)) out.channels = [...new Set(patch.channels)].filter((c) => oneOf(CHANNELS, c))
  if (Array.isArray(patch.devices)) out.devices = [...new Set(patch.devices)].filter((d) => oneOf(DEVICES, d))
  if (patch.photo === null || isSafePhoto(patch.photo)) out.photo = patch.photo
  if (isHex(patch.color)) out.color = patch.color
  return out as PersonaPatch
}

export function boundPersona(persona: Persona): Persona | null {
  if (!isSafeId(persona.id)) return null
  const base: Persona = { ...createPersona(persona.workshopId, ''), id: persona.id }
  return { ...base, ...boundPersonaPatch(persona) }
}

/** A job's steps may be on other maps of the workshop, so any safe id is kept; its personas must exist. */
export function boundJobPatch(doc: JourneyDoc, patch: JobPatch): JobPatch {
  const out: Record<string, unknown> = {}
  for (const key of ['situation', 'motivation', 'outcome'] as const) if (typeof patch[key] === 'string') out[key] = cleanParagraph(patch[key])
  if (Array.isArray(patch.personaIds)) out.personaIds = boundRefs(patch.personaIds, (id) => Object.prototype.hasOwnProperty.call(doc.personas, id))
  if (Array.isArray(patch.stepIds)) out.stepIds = boundRefs(patch.stepIds, () => true)
  return out as JobPatch
}

export function boundJob(doc: JourneyDoc, job: Job): Job | null {
  if (!isSafeId(job.id)) return null
  return { ...createJob(doc.map.workshopId), id: job.id, ...boundJobPatch(doc, job) }
}

export function isLaneKind(value: unknown): boolean {
  return oneOf(LANE_KINDS, value)
}

/**
 * True when a command carries a text past the length limit, which applying it will cut: the UI
 * tells the person rather than cutting silently. Looks at every string the command holds.
 */
export function carriesOverLengthText(cmd: Command): boolean {
  const stack: unknown[] = [cmd]
  for (let value = stack.pop(); stack.length > 0 || value !== undefined; value = stack.pop()) {
    if (typeof value === 'string') {
      if (value.length > LIMITS.stringLength) return true
    } else if (typeof value === 'object' && value !== null) {
      stack.push(...Object.values(value))
    }
  }
  return false
}

/** How many more records of a table the document can take. */
export function roomFor(doc: JourneyDoc, table: 'stages' | 'steps' | 'lanes' | 'cards' | 'links' | 'personas' | 'jobs'): number {
  return Math.max(0, LIMITS[table] - Object.keys(doc[table]).length)
}
