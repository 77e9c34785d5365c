import { useState } from 'react'
import type { RoomAddress } from '../../room/types'
import { participantsHere } from '../room/participants'
import { ProjectorQr } from '../room/ProjectorQr'
import { RoomPanel } from '../room/RoomPanel'
import { ControlSection } from '../facilitation/control/ControlSection'
import { useHostedRoom, useHostedRoomState } from './HostedRoomContext'
import './roomHost.css'

/** The room panel beside the board, wired to the facilitator's room, with the projector's QR on demand. */
export function RoomSide() {
  const room = useHostedRoom()
  const state = useHostedRoomState(room)
  const [projecting, setProjecting] = useState<RoomAddress | null>(null)
  if (!room) return null
  return (
    <aside className="room-side" data-testid="room-side">
      <RoomPanel
        info={state.info}
        opening={state.opening}
        error={state.error}
        participants={state.participants}
        saveFailed={state.saveFailed}
        onOpen={() => void room.open()}
        onClose={() => void room.close()}
        onNewCode={() => void room.newCode()}
        onRemove={(id) => void room.remove(id)}
        onShowProjector={setProjecting}
      />
      <ControlSection />
      {projecting && state.info ? (
        <ProjectorQr info={state.info} address={projecting} participantCount={participantsHere(state.participants)} onClose={() => setProjecting(null)} />
      ) : null}
    </aside>
  )
}
