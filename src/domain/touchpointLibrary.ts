import { createCard } from './factories'
import { type CellRef } from './layout'
import { cardsInCell } from './cellStacks'
import type { Card, Channel, JourneyDoc } from './types'

/** The four phases of the library, in the order the source articles list them. */
export const LIBRARY_PHASES = ['before', 'during', 'after', 'service'] as const
export type LibraryPhase = (typeof LIBRARY_PHASES)[number]

/**
 * One ready touchpoint. Built-in entries carry a stable `key` the UI translates
 * (`library.entries.<key>`), so the names arrive in the person's language; a facilitator's own
 * entry carries the literal `name` they typed.
 */
export interface LibraryEntry {
  readonly id: string
  readonly phase: LibraryPhase
  /** The channel a card made from this entry starts with. */
  readonly channel: Channel
  readonly key: string | null
  readonly name: string
  readonly builtIn: boolean
}

/** A facilitator's own entry as stored; reusable across every workshop on this computer. */
export interface CustomLibraryEntry {
  readonly id: string
  readonly name: string
  readonly phase: LibraryPhase
  readonly channel: Channel
  /** Epoch milliseconds; orders the entries within a phase. */
  readonly createdAt: number
}

function builtIn(phase: LibraryPhase, key: string, channel: Channel): LibraryEntry {
  return { id: `builtin:${key}`, phase, channel, key, name: '', builtIn: true }
}

/**
 * The twenty touchpoints that the Turkish (000) and Persian (002) articles share, in four groups of
 * five, then the seven of the Norwegian article's table (004) that those twenty do not cover. The
 * other fourteen of its twenty-one are the same touchpoints as shared entries, so the Norwegian
 * catalogue names those with the article's words and every language shows one library.
 */
export const TOUCHPOINT_LIBRARY: readonly LibraryEntry[] = [
  builtIn('before', 'socialMedia', 'socialMedia'),
  builtIn('before', 'onlineAdvertising', 'webPage'),
  builtIn('before', 'contentMarketing', 'webPage'),
  builtIn('before', 'companyEvents', 'inPerson'),
  builtIn('before', 'wordOfMouth', 'inPerson'),
  builtIn('before', 'customerTestimonials', 'webPage'),
  builtIn('before', 'communityEngagement', 'inPerson'),
  builtIn('during', 'salesConversations', 'phone'),
  builtIn('during', 'productCatalogues', 'postalMail'),
  builtIn('during', 'eCommerce', 'webPage'),
  builtIn('during', 'productReviews', 'webPage'),
  builtIn('during', 'pointOfSale', 'inPerson'),
  builtIn('during', 'storeOrOffice', 'inPerson'),
  builtIn('during', 'promotions', 'webPage'),
  builtIn('during', 'phoneSystem', 'phone'),
  builtIn('after', 'thankYouLetters', 'postalMail'),
  builtIn('after', 'feedbackSurveys', 'email'),
  builtIn('after', 'upsellEmails', 'email'),
  builtIn('after', 'billing', 'email'),
  builtIn('after', 'subscriptionRenewals', 'email'),
  builtIn('after', 'transactionalEmails', 'email'),
  builtIn('after', 'followUp', 'email'),
  builtIn('service', 'supportChannels', 'liveChat'),
  builtIn('service', 'customerSuccess', 'liveVideo'),
  builtIn('service', 'onboarding', 'liveVideo'),
  builtIn('service', 'loyaltyProgrammes', 'email'),
  builtIn('service', 'selfService', 'webPage'),
]

export function customLibraryEntry(entry: CustomLibraryEntry): LibraryEntry {
  return { id: entry.id, phase: entry.phase, channel: entry.channel, key: null, name: entry.name, builtIn: false }
}

/** Built-in entries first, then the facilitator's own, grouped by phase in library order. */
export function groupLibrary(entries: readonly LibraryEntry[]): ReadonlyMap<LibraryPhase, readonly LibraryEntry[]> {
  return new Map(LIBRARY_PHASES.map((phase) => [phase, entries.filter((e) => e.phase === phase)] as const))
}

/**
 * Entries whose shown name (or channel name) contains every word of the query, ignoring case and
 * accents, so "e-posta" and "epost" find what a Turkish or Norwegian facilitator expects.
 */
export function searchLibrary(entries: readonly LibraryEntry[], query: string, nameOf: (entry: LibraryEntry) => string, channelName: (channel: Channel) => string = () => ''): LibraryEntry[] {
  const words = fold(query).split(/\s+/).filter(Boolean)
  if (words.length === 0) return [...entries]
  return entries.filter((entry) => {
    const haystack = fold(`${nameOf(entry)} ${channelName(entry.channel)}`)
    return words.every((w) => haystack.includes(w))
  })
}

function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase()
    .replace(/[-‐]/g, '')
}

/** A touchpoint card for a library entry at the bottom of a cell's stack; `name` is the shown (translated) name. */
export function cardFromLibrary(doc: JourneyDoc, cell: CellRef, entry: LibraryEntry, name: string): Card {
  const last = cardsInCell(doc, cell.laneId, cell.stepId).at(-1)?.place
  const rank = last && last.kind === 'cell' ? last.rank + 1 : 0
  return createCard(doc.map.id, { kind: 'cell', laneId: cell.laneId, stepId: cell.stepId, span: 1, rank }, { text: name, channel: entry.channel })
}
