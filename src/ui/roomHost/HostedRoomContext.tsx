import { createContext, useContext, useSyncExternalStore } from 'react'
import type { HostedRoom, HostedRoomState } from './hostedRoom'

/** The facilitator's room control; absent on a participant's page, which cannot host. */
export const HostedRoomContext = createContext<HostedRoom | null>(null)

export function useHostedRoom(): HostedRoom | null {
  return useContext(HostedRoomContext)
}

const NOTHING = () => () => undefined
const CLOSED: HostedRoomState = { info: null, opening: false, error: null, connection: null, participants: [] }

export function useHostedRoomState(room: HostedRoom | null): HostedRoomState {
  return useSyncExternalStore(room ? room.subscribe : NOTHING, room ? room.getState : () => CLOSED)
}
