import type { Command } from './commands'
import type { CardId, EmotionId } from './ids'
import { forgetCards } from './applyActions'
import { clamp, getRecord, hasRecord, patchRecord, putRecord, putRecords, removeRecords } from './records'
import { orderedStepIds } from './applyGrid'
import { boundCard, boundCardPatch, boundLink, boundPlace, roomFor } from './bounds'
import { LIMITS } from './limits'
import { cleanLine } from './text'
import type { Card, JourneyDoc } from './types'
import { EMOTION_MAX, EMOTION_MIN, samePlace } from './types'

type ContentCommand = Extract<
  Command,
  { type: 'addCards' | 'updateCards' | 'moveCard' | 'deleteCards' | 'addLink' | 'updateLink' | 'deleteLinks' | 'setEmotion' }
>

export function applyContentCommand(doc: JourneyDoc, cmd: ContentCommand): JourneyDoc {
  switch (cmd.type) {
    case 'addCards': {
      const order = orderedStepIds(doc)
      const fresh = new Map<CardId, Card>()
      for (const c of cmd.cards) {
        if (hasRecord(doc.cards, c.id) || fresh.has(c.id)) continue
        const card = boundCard(doc, c, order)
        if (card) fresh.set(card.id, card)
      }
      // A paste past the map's limit keeps what fits; the caller tells the person what did not.
      const cards = [...fresh.values()].slice(0, roomFor(doc, 'cards'))
      return cards.length === 0 ? doc : { ...doc, cards: putRecords(doc.cards, cards) }
    }
    case 'updateCards': {
      const patch = boundCardPatch(doc, cmd.patch)
      const changed = cmd.cardIds.flatMap((id) => {
        const card = getRecord(doc.cards, id)
        if (!card) return []
        const next = patchRecord(card, patch)
        return next === card ? [] : [next]
      })
      return changed.length === 0 ? doc : { ...doc, cards: putRecords(doc.cards, changed) }
    }
    case 'moveCard': {
      const card = getRecord(doc.cards, cmd.cardId)
      const to = card ? boundPlace(doc, cmd.to, orderedStepIds(doc)) : null
      if (!card || !to || samePlace(card.place, to)) return doc
      return { ...doc, cards: putRecord(doc.cards, card.id, { ...card, place: to }) }
    }
    case 'deleteCards':
      return removeCardsAndLinks(doc, cmd.cardIds)
    case 'addLink': {
      const link = boundLink(doc, cmd.link)
      if (!link || hasRecord(doc.links, link.id) || link.from === link.to || roomFor(doc, 'links') < 1) return doc
      if (!hasRecord(doc.cards, link.from) || !hasRecord(doc.cards, link.to)) return doc
      if (linksAt(doc, link.from) >= LIMITS.linksPerCard || linksAt(doc, link.to) >= LIMITS.linksPerCard) return doc
      return { ...doc, links: putRecord(doc.links, link.id, link) }
    }
    case 'updateLink': {
      const link = getRecord(doc.links, cmd.linkId)
      const label = cleanLine(cmd.label)
      if (!link || link.label === label) return doc
      return { ...doc, links: putRecord(doc.links, link.id, { ...link, label }) }
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
      if (!existing && Object.keys(doc.emotions).length >= LIMITS.emotions) return doc
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
  return Number.isFinite(value) ? clamp(value, EMOTION_MIN, EMOTION_MAX) + 0 : 0
}

function linksAt(doc: JourneyDoc, cardId: CardId): number {
  let count = 0
  for (const link of Object.values(doc.links)) if (link.from === cardId || link.to === cardId) count++
  return count
}

/**
 * Removes cards and every link that touches them. Actions made from them stay (the decision was
 * taken; the sticky note was only where it started) and forget the deleted cards.
 */
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
  return { ...doc, cards, links, actions: forgetCards(doc.actions, gone) }
}

