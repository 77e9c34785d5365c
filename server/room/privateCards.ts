// Private writing in a room: while it is on, each participant's new cards live here, on the host,
// and nowhere else until the facilitator reveals them. A participant is told only their own cards;
// the facilitator only how many each person holds. The shared document learns of a card only at
// the reveal (privateReveal.ts), so no page can read another's before then.
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type * as Y from 'yjs'
import { isSafeId } from '../../src/domain/ids'
import { restoreDocument } from '../../src/format/restore'
import { sanitize } from '../../src/format/sanitize'
import type { RoomPrivateProgress } from '../../src/room/types'
import { writeFileAtomic } from './files'
import { revealPrivateCards, writePrivateSession } from './privateReveal'

export const PRIVATE_FILE = 'private.json'

/** What one person and one room may hold while writing privately: far above a workshop round. */
export const PRIVATE_LIMITS = {
  /** Cards one participant may hold before the reveal. */
  cardsPerPerson: 100,
  /** Cards the whole room may hold before the reveal. */
  cardsPerRoom: 3_000,
  /** One card as JSON text: room for a long note and its touchpoint fields, not for a file. */
  cardChars: 20_000,
} as const

type CardJson = Record<string, unknown> & { readonly id: string }

interface Round {
  readonly anonymous: boolean
  readonly startedAt: number
  /** Participant id → card id → the card, as the domain's checks left it. */
  cards: Record<string, Record<string, CardJson>>
}

export type PrivateRefusal = 'closed' | 'badCard' | 'tooLarge' | 'tooMany' | 'taken'

/** What one participant may know: whether private writing is on, and their own cards only. */
export type PrivateAnswer =
  | { readonly ok: true; readonly open: boolean; readonly cards: readonly CardJson[] }
  | { readonly ok: false; readonly reason: PrivateRefusal }

export interface PrivateStore {
  /** Turns private writing on (a round already open keeps its cards and only changes anonymity). */
  start(anonymous: boolean, startedAt: number): Promise<void>
  put(pid: string, card: unknown): Promise<PrivateAnswer>
  remove(pid: string, cardId: string): Promise<PrivateAnswer>
  view(pid: string): PrivateAnswer
  /** Cards held per participant: counts only, never their text. Null when private writing is off. */
  progress(): RoomPrivateProgress | null
  /** Puts every held card on the board in one transaction and ends private writing; null when it was off. */
  reveal(): Promise<RoomPrivateProgress | null>
  /** Ends private writing and drops what it held (the facilitator closed the room). */
  cancel(): Promise<void>
}

/** A card a participant sent, through the same checks as a card read from a file; null when it is none. */
export function cleanPrivateCard(raw: unknown): CardJson | 'tooLarge' | null {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return null
  let text: string
  try {
    text = JSON.stringify(raw)
  } catch {
    return null
  }
  if (text.length > PRIVATE_LIMITS.cardChars) return 'tooLarge'
  const record = JSON.parse(text) as Record<string, unknown>
  if (!isSafeId(record.id)) return null
  const clean = sanitize(record)
  if (!clean.ok) return 'tooLarge'
  const restored = restoreDocument({ map: { id: 'room-map', workshopId: 'room-workshop' }, cards: [clean.value.value] }, {}, {})
  const card = (restored.cards as unknown as CardJson[])[0]
  return card && card.id === record.id ? card : null
}

function readSaved(text: string): Round | null {
  try {
    const raw = JSON.parse(text) as Partial<Record<keyof Round, unknown>> | null
    if (!raw || typeof raw !== 'object') return null
    const cards: Round['cards'] = {}
    let total = 0
    for (const [pid, mine] of Object.entries(raw.cards && typeof raw.cards === 'object' ? raw.cards : {})) {
      if (!isSafeId(pid) || !mine || typeof mine !== 'object') continue
      const kept: Record<string, CardJson> = {}
      for (const value of Object.values(mine as Record<string, unknown>).slice(0, PRIVATE_LIMITS.cardsPerPerson)) {
        const card = cleanPrivateCard(value)
        if (card && card !== 'tooLarge' && total < PRIVATE_LIMITS.cardsPerRoom) {
          kept[card.id] = card
          total++
        }
      }
      cards[pid] = kept
    }
    return { anonymous: raw.anonymous === true, startedAt: typeof raw.startedAt === 'number' ? raw.startedAt : 0, cards }
  } catch {
    return null
  }
}

/**
 * One room's private cards, kept in `roomDir/private.json` (written atomically after every change,
 * so a host killed mid-round reopens with every card it had confirmed). `ydoc` is the room's
 * shared document: consulted so a private card cannot take the id of a shared one, and written
 * at the reveal.
 */
export async function openPrivateStore(roomDir: string, ydoc: Y.Doc): Promise<PrivateStore> {
  const path = join(roomDir, PRIVATE_FILE)
  let round: Round | null = await readFile(path, 'utf8').then(readSaved, () => null)
  // A host killed between saving the round and telling the session: the session follows the file.
  writePrivateSession(ydoc, round ? { anonymous: round.anonymous, startedAt: round.startedAt } : null)

  let writing: Promise<void> = Promise.resolve()
  const save = () => {
    const next = writing.then(() => writeFileAtomic(path, JSON.stringify(round)))
    writing = next.catch(() => undefined)
    return next
  }
  const answer = (pid: string): PrivateAnswer => ({ ok: true, open: round !== null, cards: round ? Object.values(round.cards[pid] ?? {}) : [] })
  const total = () => (round ? Object.values(round.cards).reduce((n, mine) => n + Object.keys(mine).length, 0) : 0)
  const progress = (): RoomPrivateProgress | null =>
    round && {
      anonymous: round.anonymous,
      startedAt: round.startedAt,
      counts: Object.fromEntries(Object.entries(round.cards).map(([pid, mine]) => [pid, Object.keys(mine).length]).filter(([, n]) => (n as number) > 0)),
    }

  return {
    async start(anonymous, startedAt) {
      round = round ? { ...round, anonymous } : { anonymous, startedAt, cards: {} }
      await save()
      writePrivateSession(ydoc, { anonymous, startedAt: round.startedAt })
    },
    async put(pid, raw) {
      if (!round) return { ok: false, reason: 'closed' }
      const card = cleanPrivateCard(raw)
      if (card === 'tooLarge') return { ok: false, reason: 'tooLarge' }
      if (!card) return { ok: false, reason: 'badCard' }
      // An id already on the shared board is someone's card: a private copy must not replace it at the reveal.
      if (ydoc.getMap('cards').has(card.id)) return { ok: false, reason: 'taken' }
      const mine = round.cards[pid] ?? {}
      if (!mine[card.id] && (Object.keys(mine).length >= PRIVATE_LIMITS.cardsPerPerson || total() >= PRIVATE_LIMITS.cardsPerRoom)) return { ok: false, reason: 'tooMany' }
      round.cards = { ...round.cards, [pid]: { ...mine, [card.id]: card } }
      await save()
      return answer(pid)
    },
    async remove(pid, cardId) {
      if (!round) return { ok: false, reason: 'closed' }
      const mine = round.cards[pid]
      if (mine?.[cardId]) {
        const { [cardId]: _gone, ...rest } = mine
        round.cards = { ...round.cards, [pid]: rest }
        await save()
      }
      return answer(pid)
    },
    view: answer,
    progress,
    async reveal() {
      if (!round) return null
      const result = progress()
      revealPrivateCards(ydoc, round.cards, round.anonymous)
      round = null
      await save()
      return result
    },
    async cancel() {
      round = null
      await save()
      writePrivateSession(ydoc, null)
    },
  }
}
