import { z } from 'zod'
import { LIMITS } from '../../src/domain/limits'
import type { RoomHostRequest } from '../../src/room/types'

// Ids are the app's nanoid-style ids (maps) or the host's base64url ones (rooms, participants).
const id = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/)

/**
 * What the facilitator's window may ask the host, checked the same way whether it came over
 * Electron's IPC or the web build's loopback control address: the page is treated as if it could
 * be compromised, so nothing unbounded or path-like gets through.
 */
export const roomHostRequestSchema: z.ZodType<RoomHostRequest> = z.discriminatedUnion('op', [
  z.strictObject({ op: z.literal('open'), mapId: id, journey: z.string().max(LIMITS.bytes) }),
  z.strictObject({ op: z.literal('find'), mapId: id }),
  z.strictObject({ op: z.literal('close'), roomId: id }),
  // The settings are normalized by the ballot box itself; here only their size is bounded.
  z.strictObject({ op: z.literal('voteStart'), roomId: id, settings: z.record(z.string().max(32), z.unknown()).refine((v) => JSON.stringify(v).length <= 64_000), eligible: z.array(id).max(LIMITS.cards) }),
  z.strictObject({ op: z.literal('voteProgress'), roomId: id }),
  z.strictObject({ op: z.literal('voteReveal'), roomId: id }),
  z.strictObject({ op: z.literal('voteCancel'), roomId: id }),
  z.strictObject({ op: z.literal('privateStart'), roomId: id, anonymous: z.boolean() }),
  z.strictObject({ op: z.literal('privateProgress'), roomId: id }),
  z.strictObject({ op: z.literal('privateReveal'), roomId: id }),
  z.strictObject({ op: z.literal('newCode'), roomId: id }),
  z.strictObject({ op: z.literal('remove'), roomId: id, participantId: id }),
])

export function parseRoomHostRequest(value: unknown): RoomHostRequest | null {
  const parsed = roomHostRequestSchema.safeParse(value)
  return parsed.success ? parsed.data : null
}
