import { estimateOffset, type ClockSample } from '../domain/facilitation'
import { ROOM_CLOCK_PATH } from '../room/types'

/**
 * How far the room host's clock is ahead of this device's (host minus device), from a few quick
 * asks of the host's clock: the one with the shortest round trip wins, so the error is at most
 * half of it. null when the host could not be asked (the timer then trusts this device's clock).
 */
export async function measureRoomOffset(fetchImpl: typeof fetch = (...args) => fetch(...args), samples = 5): Promise<number | null> {
  const taken: ClockSample[] = []
  for (let i = 0; i < samples; i++) {
    const clientSendMs = Date.now()
    try {
      const response = await fetchImpl(ROOM_CLOCK_PATH, { cache: 'no-store' })
      const body = (await response.json()) as { now?: unknown }
      if (typeof body.now === 'number') taken.push({ clientSendMs, hostMs: body.now, clientReceiveMs: Date.now() })
    } catch {
      // Offline for a moment: the samples that did arrive still count.
    }
  }
  return estimateOffset(taken)
}
