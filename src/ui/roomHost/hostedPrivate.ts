import type * as Y from 'yjs'
import { platform } from '../../platform'
import { readSessionPrivate } from '../../room/sessionPrivate'
import { ROOM_DOC, type RoomHostRequest, type RoomPrivateProgress } from '../../room/types'
import type { HostedRoom } from './hostedRoom'

export type HostedPrivateAnswer = { readonly ok: true; readonly value: RoomPrivateProgress | null } | { readonly ok: false; readonly message: string }

async function send(request: RoomHostRequest): Promise<HostedPrivateAnswer> {
  const response = await platform.room(request).catch((error: unknown) => ({ ok: false as const, message: error instanceof Error ? error.message : String(error) }))
  return response.ok ? { ok: true, value: response.private ?? null } : { ok: false, message: response.message }
}

/** Resolves once the shared document says private writing is off (the reveal arrived), or after `ms`. */
export function whenPrivateEnds(ydoc: Y.Doc, ms: number): Promise<void> {
  const session = ydoc.getMap<unknown>(ROOM_DOC.session)
  return new Promise((resolve) => {
    const check = () => {
      if (readSessionPrivate(session.get('private')) !== null) return
      done()
    }
    const done = () => {
      clearTimeout(timer)
      session.unobserve(check)
      resolve()
    }
    const timer = setTimeout(done, ms)
    session.observe(check)
    check()
  })
}

/**
 * The facilitator's side of private writing. The host holds the cards and writes the session's
 * "private writing is on" itself; this window starts a round, asks how many cards each person
 * holds (never their text) and reveals them, which puts them on everyone's board at once.
 */
export function hostedPrivate(room: HostedRoom) {
  const roomId = () => room.getState().info?.roomId ?? null
  return {
    start: (anonymous: boolean): Promise<HostedPrivateAnswer> => {
      const id = roomId()
      return id ? send({ op: 'privateStart', roomId: id, anonymous }) : Promise.resolve({ ok: false, message: '' })
    },
    async progress(): Promise<RoomPrivateProgress | null> {
      const id = roomId()
      const answer = id ? await send({ op: 'privateProgress', roomId: id }) : null
      return answer?.ok ? answer.value : null
    },
    async reveal(): Promise<HostedPrivateAnswer> {
      const id = roomId()
      if (!id) return { ok: false, message: '' }
      const answer = await send({ op: 'privateReveal', roomId: id })
      // The cards come back over the room's socket: wait for them, so the board shows them when this resolves.
      const shared = room.sharedDoc()
      if (answer.ok && shared) await whenPrivateEnds(shared, 5_000)
      return answer
    },
  }
}

export type HostedPrivate = ReturnType<typeof hostedPrivate>
