import { parseJourneyFile } from '../../src/format'
import { seedRoomDoc } from '../../src/room/shape'
import type { RoomHostInfo, RoomHostResponse } from '../../src/room/types'
import type { RoomServer } from '../room/roomServer'
import { parseRoomHostRequest } from './request'

export interface RoomHostingOptions {
  /** Where the facilitator's own window reaches the rooms, when not the room server's own port (the web build's app server). */
  readonly hostOrigin?: () => string | null
}

function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : undefined
}

/**
 * Answers the facilitator's window (over Electron's IPC, or the web build's loopback control
 * address): open a map's room seeded from its `.journey` text, make new codes, remove someone,
 * close. Everything that arrives is checked first; every failure is an answer, never a throw.
 */
export function createRoomHosting(server: RoomServer, options: RoomHostingOptions = {}) {
  const withHostOrigin = (info: RoomHostInfo): RoomHostInfo => {
    const origin = options.hostOrigin?.()
    if (!origin) return info
    const url = new URL(info.hostWsUrl)
    return { ...info, hostWsUrl: `${origin}${url.pathname}${url.search}` }
  }

  return async function handle(raw: unknown): Promise<RoomHostResponse> {
    const request = parseRoomHostRequest(raw)
    if (!request) return { ok: false, error: 'badRequest', message: 'The request to the room host was not understood.' }
    try {
      switch (request.op) {
        case 'open': {
          const loaded = parseJourneyFile(request.journey)
          if (!loaded.ok) return { ok: false, error: 'badMap', message: `The map could not be read: ${loaded.error.kind}` }
          // A room already on disk (the host was killed mid-session) reopens with its codes and
          // every edit it had; the map's text only seeds a room that does not exist yet.
          const info = await server.openRoom({ roomId: request.mapId, seed: (ydoc, generation) => seedRoomDoc(ydoc, loaded.value.doc, generation) })
          return { ok: true, info: withHostOrigin(info) }
        }
        case 'find':
          // A map's room is named after the map (see 'open').
          return { ok: true, info: server.openRooms().includes(request.mapId) ? withHostOrigin(server.info(request.mapId)) : null }
        case 'close':
          if (!server.openRooms().includes(request.roomId)) return { ok: true, info: null }
          await server.closeRoom(request.roomId, { end: true })
          return { ok: true, info: null }
        case 'voteStart':
        case 'voteProgress':
        case 'voteReveal':
        case 'voteCancel': {
          if (!server.openRooms().includes(request.roomId)) return { ok: false, error: 'noRoom', message: 'The room is not open.' }
          const info = withHostOrigin(server.info(request.roomId))
          const ballots = server.ballots(request.roomId)
          if (request.op === 'voteStart') await ballots.start(request.settings, request.eligible, Date.now())
          if (request.op === 'voteCancel') await ballots.cancel()
          if (request.op === 'voteReveal') {
            // Everyone in the room who can vote counts for the turnout, whether or not they did (the facilitator only if they voted).
            const voters = server.participants(request.roomId).filter((p) => p.access === 'edit')
            const names = Object.fromEntries(voters.map((p) => [p.id, p.name]))
            return { ok: true, info, vote: await ballots.reveal(voters.map((p) => p.id), names) }
          }
          return { ok: true, info, vote: ballots.progress() }
        }
        case 'privateStart':
        case 'privateProgress':
        case 'privateReveal': {
          if (!server.openRooms().includes(request.roomId)) return { ok: false, error: 'noRoom', message: 'The room is not open.' }
          const info = withHostOrigin(server.info(request.roomId))
          const cards = server.privateCards(request.roomId)
          if (request.op === 'privateStart') await cards.start(request.anonymous, Date.now())
          if (request.op === 'privateReveal') return { ok: true, info, private: await cards.reveal() }
          return { ok: true, info, private: cards.progress() }
        }
        case 'newCode':
          if (!server.openRooms().includes(request.roomId)) return { ok: false, error: 'noRoom', message: 'The room is not open.' }
          return { ok: true, info: withHostOrigin(await server.newCode(request.roomId)) }
        case 'remove':
          if (!server.openRooms().includes(request.roomId)) return { ok: false, error: 'noRoom', message: 'The room is not open.' }
          await server.removeParticipant(request.roomId, request.participantId)
          return { ok: true, info: withHostOrigin(server.info(request.roomId)) }
      }
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      if (errorCode(error) === 'EADDRINUSE') return { ok: false, error: 'portInUse', message }
      return { ok: false, error: 'failed', message }
    }
  }
}

export type RoomHostingHandler = ReturnType<typeof createRoomHosting>
