import { createContext, useContext } from 'react'
import type { ParticipantVote } from '../participant/participantVote'

/** A participant's part in the room's vote, for the phone's card tiles (their +/− dot buttons); null elsewhere. */
export const RoomVoteContext = createContext<ParticipantVote | null>(null)

export function useRoomVote(): ParticipantVote | null {
  return useContext(RoomVoteContext)
}
