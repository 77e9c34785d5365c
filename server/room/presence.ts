// The facilitator's participant list: who is connected (from the connections) and how they call
// themselves (from their awareness state, which a client writes freely, so it is sanitised).
import type { RoomAccess, RoomParticipant } from '../../src/room/types'

export interface ConnectionView {
  readonly participantId: string
  readonly access: RoomAccess
  readonly presence: unknown
}

const COLOR = /^#[0-9a-f]{6}$/i
const DEFAULT_COLOR = '#808080'
const MAX_NAME = 80

function nameOf(presence: unknown): string | null {
  const name = (presence as { name?: unknown } | null)?.name
  return typeof name === 'string' ? name.slice(0, MAX_NAME) : null
}

function colorOf(presence: unknown): string | null {
  const color = (presence as { color?: unknown } | null)?.color
  return typeof color === 'string' && COLOR.test(color) ? color : null
}

/**
 * Everyone seen in the room: connected ones from their connections (the strongest access wins
 * when one person has two tabs), people who left kept as not connected, so the list does not
 * jump when a phone sleeps.
 */
export function participantsOf(connections: readonly ConnectionView[], previous: ReadonlyMap<string, RoomParticipant>): Map<string, RoomParticipant> {
  const rank: Record<RoomAccess, number> = { host: 0, edit: 1, view: 2 }
  const next = new Map<string, RoomParticipant>()
  for (const p of previous.values()) next.set(p.id, p.connected ? { ...p, connected: false } : p)
  const seenNow = new Set<string>()
  for (const conn of connections) {
    const before = next.get(conn.participantId)
    const connectedBefore = seenNow.has(conn.participantId) ? before : undefined
    const access = connectedBefore && rank[connectedBefore.access] < rank[conn.access] ? connectedBefore.access : conn.access
    next.set(conn.participantId, {
      id: conn.participantId,
      name: nameOf(conn.presence) ?? before?.name ?? '',
      color: colorOf(conn.presence) ?? before?.color ?? DEFAULT_COLOR,
      access,
      connected: true,
    })
    seenNow.add(conn.participantId)
  }
  return next
}
