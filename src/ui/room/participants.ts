import type { RoomParticipant } from '../../room/types'

/**
 * How many participants are connected now, the facilitator's own window not counted: the number the
 * people list and the projector show, so both say the same.
 */
export function participantsHere(participants: readonly RoomParticipant[]): number {
  return participants.filter((p) => p.connected && p.access !== 'host').length
}
