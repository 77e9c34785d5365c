import { diffDocs, type DocDiff } from '../diff'
import { isSafeId, type CardId } from '../ids'
import { LIMITS } from '../limits'
import type { JourneyDoc } from '../types'
import { isObject, own } from './votes'

/**
 * What the facilitator holds still in a room (issue 12, "Facilitator control"): the grid (stages,
 * steps, lanes), some cards, and whether participants may run the shared timer. Saved with the
 * map's facilitation; in a room the facilitator's window publishes it and the host enforces it.
 * Only participants are held: the facilitator still moves and edits whatever is locked.
 */
export interface FacilitatorControl {
  readonly gridLocked: boolean
  /** Cards participants may not move, edit or delete; in the order they were locked, no repeats. */
  readonly lockedCardIds: readonly CardId[]
  readonly participantsRunTimer: boolean
}

/** A map that never set any control: nothing locked, the timer the facilitator's alone. */
export const NO_CONTROL: FacilitatorControl = { gridLocked: false, lockedCardIds: [], participantsRunTimer: false }

export function isDefaultControl(control: FacilitatorControl): boolean {
  return !control.gridLocked && !control.participantsRunTimer && control.lockedCardIds.length === 0
}

/** Control settings from untrusted JSON (a file, a stored row, the room's document): never throws. */
export function validateControl(input: unknown): FacilitatorControl {
  if (!isObject(input)) return NO_CONTROL
  const ids = own(input, 'lockedCardIds')
  const lockedCardIds: CardId[] = []
  if (Array.isArray(ids)) {
    const seen = new Set<string>()
    for (const id of ids) {
      if (lockedCardIds.length >= LIMITS.cards) break
      if (!isSafeId(id) || seen.has(id)) continue
      seen.add(id)
      lockedCardIds.push(id as CardId)
    }
  }
  return { gridLocked: own(input, 'gridLocked') === true, lockedCardIds, participantsRunTimer: own(input, 'participantsRunTimer') === true }
}

/** Locks (or, with `locked` false, unlocks) these cards; the same object when nothing changes. */
export function setCardsLocked(control: FacilitatorControl, cardIds: readonly CardId[], locked: boolean): FacilitatorControl {
  const current = new Set<string>(control.lockedCardIds)
  if (locked) {
    const added = [...new Set(cardIds)].filter((id) => !current.has(id))
    return added.length === 0 ? control : { ...control, lockedCardIds: [...control.lockedCardIds, ...added] }
  }
  const drop = new Set<string>(cardIds)
  const kept = control.lockedCardIds.filter((id) => !drop.has(id))
  return kept.length === control.lockedCardIds.length ? control : { ...control, lockedCardIds: kept }
}

/** Locked cards no longer on the map are forgotten (a facilitator deleted one), so the list never grows stale. */
export function pruneControl(control: FacilitatorControl, doc: JourneyDoc): FacilitatorControl {
  const kept = control.lockedCardIds.filter((id) => Object.hasOwn(doc.cards, id))
  return kept.length === control.lockedCardIds.length ? control : { ...control, lockedCardIds: kept }
}

/** What a refused change would have touched: the message names it ("The facilitator locked this lane"). */
export type LockRefusal = 'card' | 'lane' | 'stage' | 'step'

/** The tables of the grid, with what each refusal calls its records. */
const GRID: readonly (readonly ['stages' | 'steps' | 'lanes', LockRefusal])[] = [
  ['lanes', 'lane'],
  ['stages', 'stage'],
  ['steps', 'step'],
]

/**
 * Whether a change (the document before and after one command, a batch included) touches
 * something locked: a locked card moved, edited or deleted (also by deleting the lane or step it
 * sits in), or, with the grid locked, any stage, step or lane added, changed, reordered or
 * deleted. Judged by what the command did rather than by its type, so every command that could
 * reach a locked record is caught, now and when new commands are added. Null: allowed.
 */
export function lockRefusal(prev: JourneyDoc, next: JourneyDoc, control: FacilitatorControl, known?: DocDiff): LockRefusal | null {
  if (prev === next || (!control.gridLocked && control.lockedCardIds.length === 0)) return null
  const diff = known ?? diffDocs(prev, next)
  if (control.lockedCardIds.length > 0) {
    const locked = new Set<string>(control.lockedCardIds)
    if ((diff.deletes.cards ?? []).some((id) => locked.has(id))) return 'card'
    if ((diff.puts.cards ?? []).some((card) => locked.has(card.id) && Object.hasOwn(prev.cards, card.id))) return 'card'
  }
  if (!control.gridLocked) return null
  if (prev.map.laneIds !== next.map.laneIds) return 'lane'
  if (prev.map.stageIds !== next.map.stageIds) return 'stage'
  for (const [table, kind] of GRID) {
    if ((diff.deletes[table] ?? []).length > 0 || (diff.puts[table] ?? []).length > 0) return kind
  }
  return null
}
