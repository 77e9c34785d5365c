import { createContext, useContext, useSyncExternalStore } from 'react'
import type { Peer, PresenceSource } from './presence'

/** The room's presence while this window is in a room; null when working alone. */
export const PresenceContext = createContext<PresenceSource | null>(null)

export function usePresenceSource(): PresenceSource | null {
  return useContext(PresenceContext)
}

const NO_PEERS: readonly Peer[] = []
const noSubscription = () => () => undefined

/** The other people in the room, re-rendering when anyone moves, joins or leaves. */
export function usePeers(): readonly Peer[] {
  const source = usePresenceSource()
  return useSyncExternalStore(source ? source.subscribe : noSubscription, source ? source.peers : () => NO_PEERS)
}
