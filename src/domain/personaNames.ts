import { emotionIdFor } from './applyContent'
import type { EmotionId, PersonaId } from './ids'
import type { EmotionPoint, JourneyDoc, Persona } from './types'

// Persian typed on an Arabic keyboard layout gives these letters; the same name must still match.
const ARABIC_TO_PERSIAN: Readonly<Record<string, string>> = { 'ي': 'ی', 'ى': 'ی', 'ك': 'ک' }

/**
 * The form in which two persona names are the same person: Unicode NFC, case ignored, spaces at
 * the ends dropped and any run of spaces (a Persian half-space, ZWNJ, counting as one) taken as
 * one space. "ada  LOVELACE " is "Ada Lovelace"; "علی‌رضا" is "علی رضا".
 */
export function personaNameKey(name: string): string {
  return name
    .normalize('NFC')
    .replace(/[\s\u200c]+/g, ' ')
    .trim()
    .toLowerCase()
    .replace(/[يىك]/g, (c) => ARABIC_TO_PERSIAN[c] ?? c)
}

/**
 * The document with each persona that has the name of one of `existing` (a workshop's personas)
 * replaced by that persona: its cards, curves, jobs and the map header point at the existing
 * record, which comes in unchanged. For sheets and texts that know people only by name (a touchpoint
 * CSV, a Mermaid journey), so a map brought into a workshop does not duplicate its people.
 */
export function adoptPersonasByName(doc: JourneyDoc, existing: readonly Persona[]): JourneyDoc {
  const byKey = new Map<string, Persona>()
  for (const persona of existing) {
    const key = personaNameKey(persona.name)
    if (key !== '' && !byKey.has(key)) byKey.set(key, persona)
  }
  const rename = new Map<PersonaId, PersonaId>()
  const personas: Record<PersonaId, Persona> = {}
  for (const persona of Object.values(doc.personas)) {
    const match = byKey.get(personaNameKey(persona.name))
    if (match) rename.set(persona.id, match.id)
    const kept = match ?? persona
    personas[kept.id] = kept
  }
  if (rename.size === 0) return doc
  const to = (id: PersonaId) => rename.get(id) ?? id
  const renameAll = (ids: readonly PersonaId[]) => [...new Set(ids.map(to))]
  const touches = (ids: readonly PersonaId[]) => ids.some((id) => rename.has(id))

  const emotions: Record<EmotionId, EmotionPoint> = {}
  for (const point of Object.values(doc.emotions)) {
    const personaId = point.personaId === null ? null : to(point.personaId)
    const moved = personaId === point.personaId ? point : { ...point, personaId, id: emotionIdFor(point.stepId, personaId) }
    // Two names of one person in a file: the first one's point at a step stays.
    if (!(moved.id in emotions)) emotions[moved.id] = moved
  }
  return {
    ...doc,
    map: { ...doc.map, personaIds: renameAll(doc.map.personaIds) },
    cards: Object.fromEntries(Object.values(doc.cards).map((c) => [c.id, touches(c.personaIds) ? { ...c, personaIds: renameAll(c.personaIds) } : c])) as JourneyDoc['cards'],
    jobs: Object.fromEntries(Object.values(doc.jobs).map((j) => [j.id, touches(j.personaIds) ? { ...j, personaIds: renameAll(j.personaIds) } : j])) as JourneyDoc['jobs'],
    emotions,
    personas,
  }
}
