import type { Command } from './commands'
import type { CardId, EmotionId } from './ids'
import { clamp, getRecord, hasRecord, patchRecord, putRecord, putRecords, removeRecords } from './records'
import type { CardPlace, JourneyDoc } from './types'
import { EMOTION_MAX, EMOTION_MIN } from './types'

type ContentCommand = Extract<
  Command,
  { type: 'addCards' | 'updateCards' | 'moveCard' | 'deleteCards' | 'addLink' | 'updateLink' | 'deleteLinks' | 'setEmotion' }
>

export function applyContentCommand(doc: JourneyDoc, cmd: ContentCommand): JourneyDoc {
  switch (cmd.type) {
    case 'addCards': {
      const cards = cmd.cards
        .filter((c) => !hasRecord(doc.cards, c.id) && isPlaceValid(doc, c.place))
        .map((c) => ({ ...c, mapId: doc.map.id }))
      return cards.length === 0 ? doc : { ...doc, cards: putRecords(doc.cards, cards) }
    }
    case 'updateCards': {
      const changed = cmd.cardIds.flatMap((id) => {
        const card = getRecord(doc.cards, id)
        if (!card) return []
        const next = patchRecord(card, cmd.patch)
        return next === card ? [] : [next]
      })
      return changed.length === 0 ? doc : { ...doc, cards: putRecords(doc.cards, changed) }
    }
    case 'moveCard': {
      const card = getRecord(doc.cards, cmd.cardId)
      if (!card || !isPlaceValid(doc, cmd.to) || samePlace(card.place, cmd.to)) return doc
      return { ...doc, cards: putRecord(doc.cards, card.id, { ...card, place: cmd.to }) }
    }
    case 'deleteCards':
      return removeCardsAndLinks(doc, cmd.cardIds)
    case 'addLink': {
      const { link } = cmd
      if (hasRecord(doc.links, link.id) || link.from === link.to) return doc
      if (!hasRecord(doc.cards, link.from) || !hasRecord(doc.cards, link.to)) return doc
      return { ...doc, links: putRecord(doc.links, link.id, { ...link, mapId: doc.map.id }) }
    }
    case 'updateLink': {
      const link = getRecord(doc.links, cmd.linkId)
      if (!link || link.label === cmd.label) return doc
      return { ...doc, links: putRecord(doc.links, link.id, { ...link, label: cmd.label }) }
    }
    case 'deleteLinks': {
      const links = removeRecords(doc.links, cmd.linkIds)
      return links === doc.links ? doc : { ...doc, links }
    }
    case 'setEmotion': {
      if (!hasRecord(doc.steps, cmd.stepId)) return doc
      if (cmd.personaId !== null && !hasRecord(doc.personas, cmd.personaId)) return doc
      const existing = Object.values(doc.emotions).find((e) => e.stepId === cmd.stepId && e.personaId === cmd.personaId)
      const felt = cmd.felt === undefined ? (existing?.felt ?? 0) : clampEmotion(cmd.felt)
      const intended = cmd.intended === undefined ? (existing?.intended ?? 0) : clampEmotion(cmd.intended)
      if (existing && existing.felt === felt && existing.intended === intended) return doc
      const id = existing?.id ?? freeEmotionId(doc, cmd.stepId, cmd.personaId)
      const point = { id, mapId: doc.map.id, stepId: cmd.stepId, personaId: cmd.personaId, felt, intended }
      return { ...doc, emotions: putRecord(doc.emotions, id, point) }
    }
  }
}

/**
 * An emotion point's id follows from its step and persona, so setting the same point from two
 * places (or replaying the command) never makes two points for one step.
 */
export function emotionIdFor(stepId: string, personaId: string | null): EmotionId {
  const joined = `${stepId}_${personaId ?? 'all'}`
  // Ids may each be 64 characters long; cutting the joined id short would give two personas one point.
  return (joined.length <= 64 ? joined : `${stepId.slice(0, 40)}_${hashId(joined)}`) as EmotionId
}

/** `emotionIdFor`, stepping aside (deterministically) when another point holds that id, as a persona whose id is "all" would. */
function freeEmotionId(doc: JourneyDoc, stepId: string, personaId: string | null): EmotionId {
  let id = emotionIdFor(stepId, personaId)
  for (let n = 1; hasRecord(doc.emotions, id); n++) id = `${stepId.slice(0, 40)}_${hashId(`${n}:${stepId}:${personaId}`)}` as EmotionId
  return id
}

/** Two 32-bit FNV-1a hashes in base 36: short, URL-safe and the same on every device. */
function hashId(text: string): string {
  let a = 0x811c9dc5
  let b = 0x01000193
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    a = Math.imul(a ^ c, 0x01000193)
    b = Math.imul(b ^ c, 0x811c9dc5)
  }
  return (a >>> 0).toString(36) + (b >>> 0).toString(36)
}

function clampEmotion(value: number): number {
  return Number.isFinite(value) ? clamp(value, EMOTION_MIN, EMOTION_MAX) : 0
}

function isPlaceValid(doc: JourneyDoc, place: CardPlace): boolean {
  if (place.kind === 'free') return [place.x, place.y, place.width, place.height].every(Number.isFinite) && place.width > 0 && place.height > 0
  return hasRecord(doc.lanes, place.laneId) && hasRecord(doc.steps, place.stepId) && Number.isInteger(place.span) && place.span >= 1 && Number.isFinite(place.rank)
}

function samePlace(a: CardPlace, b: CardPlace): boolean {
  if (a.kind === 'cell' && b.kind === 'cell') return a.laneId === b.laneId && a.stepId === b.stepId && a.span === b.span && a.rank === b.rank
  if (a.kind === 'free' && b.kind === 'free') return a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height
  return false
}

/** Removes cards and every link that touches them. */
export function removeCardsAndLinks(doc: JourneyDoc, cardIds: readonly CardId[]): JourneyDoc {
  const cards = removeRecords(doc.cards, cardIds)
  if (cards === doc.cards) return doc
  const gone = new Set<CardId>(cardIds)
  const links = removeRecords(
    doc.links,
    Object.values(doc.links)
      .filter((l) => gone.has(l.from) || gone.has(l.to))
      .map((l) => l.id),
  )
  return { ...doc, cards, links }
}

