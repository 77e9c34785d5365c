import { ROOM_CONTROL_HEADER, ROOM_CONTROL_PATH, type RoomHostRequest, type RoomHostResponse } from '../room/types'

/** How the facilitator's window asks the host to open, change and close a room. */
export type RoomHosting = (request: RoomHostRequest) => Promise<RoomHostResponse>

/**
 * The web build's host is the Node server that served this page. The custom header makes the
 * request non-simple, so another site's page cannot send it (the browser would need a CORS
 * preflight, which the server never grants).
 */
export function webRoomHosting(fetchImpl: typeof fetch = (...args) => fetch(...args)): RoomHosting {
  return async (request) => {
    try {
      const response = await fetchImpl(ROOM_CONTROL_PATH, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', [ROOM_CONTROL_HEADER]: '1' },
        body: JSON.stringify(request),
      })
      const body = (await response.json().catch(() => null)) as RoomHostResponse | null
      if (body && typeof body === 'object' && 'ok' in body) return body
      return { ok: false, error: 'failed', message: `The room host answered ${response.status}` }
    } catch (error) {
      // A static-only server (an old `npm run web`, a file:// page) has no host to ask.
      return { ok: false, error: 'failed', message: error instanceof Error ? error.message : String(error) }
    }
  }
}
