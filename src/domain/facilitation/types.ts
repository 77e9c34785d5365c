import { validateAgenda, type Agenda } from './agenda'
import { isDefaultControl, validateControl, type FacilitatorControl } from './control'
import { validateVoteHistory } from './voteHistory'
import type { VoteRecord } from './voteResults'

/**
 * What a map keeps for running its workshop, beside the map itself: the agenda (null until the
 * facilitator first opens or edits it, so maps that never ran a session stay as they were) and
 * the history of votes. Kept apart from the map's document: it is not undone with card edits, and
 * a room shares the map's document without it.
 */
export interface MapFacilitation {
  readonly agenda: Agenda | null
  readonly votes: readonly VoteRecord[]
  /**
   * What the facilitator locks in a room and whether participants may run the timer. Absent (the
   * files and rows from before it) means NO_CONTROL: nothing locked, the timer the facilitator's.
   */
  readonly control?: FacilitatorControl
}

export const NO_FACILITATION: MapFacilitation = { agenda: null, votes: [] }

/** A map's facilitation from untrusted JSON (a file, an old database row): never throws. */
export function validateFacilitation(input: unknown): MapFacilitation {
  if (typeof input !== 'object' || input === null) return NO_FACILITATION
  const agenda = Object.hasOwn(input, 'agenda') && (input as { agenda: unknown }).agenda !== null ? validateAgenda((input as { agenda: unknown }).agenda) : null
  const votes = Object.hasOwn(input, 'votes') ? validateVoteHistory((input as { votes: unknown }).votes) : []
  const control = Object.hasOwn(input, 'control') ? validateControl((input as { control: unknown }).control) : null
  return control && !isDefaultControl(control) ? { agenda, votes, control } : { agenda, votes }
}
