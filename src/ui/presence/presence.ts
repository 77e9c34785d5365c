import type { RoomLinkUp } from '../../platform/roomConnection'
import type { RoomPresence } from '../../room/types'

/** Someone else in the room as this screen sees them: their presence plus the awareness client id. */
export interface Peer extends RoomPresence {
  readonly clientId: number
}

/** The room's presence as the board needs it, whatever carries it (awareness over the host). */
export interface PresenceSource {
  peers(): readonly Peer[]
  subscribe(listener: () => void): () => void
  /** Publishes part of this person's presence (throttled by the connection). */
  publish(patch: Partial<RoomPresence>): void
}

function isPresence(value: unknown): value is RoomPresence {
  const p = value as Partial<RoomPresence> | null
  return !!p && typeof p.participantId === 'string' && typeof p.name === 'string' && typeof p.color === 'string'
}

/** Other people's presence from the connection's awareness; malformed states (another client's bug) are skipped. */
export function awarenessPresence(up: RoomLinkUp): PresenceSource {
  const awareness = up.provider.awareness
  let cached: readonly Peer[] = []
  const read = () => {
    const peers: Peer[] = []
    for (const [clientId, state] of awareness.getStates()) {
      if (clientId === awareness.clientID || !isPresence(state)) continue
      peers.push({ ...state, clientId })
    }
    cached = peers.sort((a, b) => a.name.localeCompare(b.name) || a.clientId - b.clientId)
  }
  read()
  return {
    peers: () => cached,
    subscribe(listener) {
      const onChange = () => {
        read()
        listener()
      }
      awareness.on('change', onChange)
      return () => awareness.off('change', onChange)
    },
    publish: (patch) => up.setPresence(patch),
  }
}
