import { createContext, useContext, useSyncExternalStore } from 'react'
import { CLOSED, type HostedRoom, type HostedRoomState } from './hostedRoom'

/** The facilitator's room control; absent on a participant's page, which cannot host. */
export const HostedRoomContext = createContext<HostedRoom | null>(null)

export function useHostedRoom(): HostedRoom | null {
  return useContext(HostedRoomContext)
}

const NOTHING = () => () => undefined

export function useHostedRoomState(room: HostedRoom | null): HostedRoomState {
  return useSyncExternalStore(room ? room.subscribe : NOTHING, room ? room.getState : () => CLOSED)
}
