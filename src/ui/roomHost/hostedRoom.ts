import * as Y from 'yjs'
import { serializeDoc, stringifyEnvelope } from '../../format'
import { platform } from '../../platform'
import { connectRoom, type RoomLinkUp } from '../../platform/roomConnection'
import { colorFor } from '../../platform/roomLink'
import { bindRoom, type RoomBinding } from '../../room/binding'
import { bindSession, type SessionBinding } from '../../room/session'
import { bindControl } from '../../room/sessionControl'
import { bindRoomControls } from '../../room/sessionHold'
import { ROOM_DOC, ROOM_HOST_FIELD, type RoomConnection, type RoomHostInfo, type RoomHostRequest, type RoomHostStatus, type RoomParticipant, type RoomPresence } from '../../room/types'
import type { AppStore } from '../../store'
import { awarenessPresence, type PresenceSource } from '../presence/presence'
import { rememberRoomOpen, wasRoomOpen } from './openRooms'
import { whenPrivateEnds } from './hostedPrivate'
import { readSessionPrivate } from '../../room/sessionPrivate'

export interface HostedRoomState {
  readonly info: RoomHostInfo | null
  readonly opening: boolean
  /** What went wrong the last time the facilitator asked the host for something, in the host's words. */
  readonly error: string | null
  readonly connection: RoomConnection | null
  readonly participants: readonly RoomParticipant[]
  /** The host reports that its last write of the room to disk failed (a full disk). */
  readonly saveFailed: boolean
}

export interface HostedRoom {
  getState(): HostedRoomState
  /** Other people's presence while this window is in its room, for the board's cursors and follow. */
  presence(): PresenceSource | null
  /** The room's shared document once this window is in the room (for the session's vote), else null. */
  sharedDoc(): Y.Doc | null
  subscribe(listener: () => void): () => void
  open(): Promise<void>
  close(): Promise<void>
  newCode(): Promise<void>
  remove(participantId: string): Promise<void>
}

/** A window with no room open. */
export const CLOSED: HostedRoomState = { info: null, opening: false, error: null, connection: null, participants: [], saveFailed: false }

/** The host's loopback address for this window, split into what connectRoom takes. */
function splitHostUrl(hostWsUrl: string): { origin: string; code: string } {
  const url = new URL(hostWsUrl)
  return { origin: `${url.protocol}//${url.host}`, code: url.searchParams.get('code') ?? '' }
}

/** Everyone the facilitator's window sees through awareness, themselves left out. */
function participantsOf(up: RoomLinkUp): RoomParticipant[] {
  const own = up.provider.awareness.clientID
  const byId = new Map<string, RoomParticipant>()
  for (const [clientId, raw] of up.provider.awareness.getStates()) {
    const presence = raw as Partial<RoomPresence>
    if (clientId === own || typeof presence.participantId !== 'string' || presence.access === 'host') continue
    byId.set(presence.participantId, {
      id: presence.participantId,
      name: typeof presence.name === 'string' ? presence.name : '',
      color: typeof presence.color === 'string' ? presence.color : colorFor(presence.participantId),
      access: presence.access === 'view' ? 'view' : 'edit',
      connected: true,
    })
  }
  return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name))
}

/** What the host itself reports through its awareness state (RoomHostStatus). */
function hostSaveFailed(up: RoomLinkUp): boolean {
  for (const raw of up.provider.awareness.getStates().values()) {
    const status = (raw as Record<string, Partial<RoomHostStatus> | undefined>)[ROOM_HOST_FIELD]
    if (status && typeof status.saveFailed === 'boolean') return status.saveFailed
  }
  return false
}

/**
 * The facilitator's side of the open map's room. The host (Electron's main process, or the web
 * build's Node server) holds the shared document and writes it to disk; this window joins it like
 * any participant, over loopback, and keeps the map in its own database through the usual
 * autosave: the binding replaces the store's document with the room's, and autosave saves it.
 */
export function createHostedRoom(store: AppStore, options: { readonly facilitatorName: () => string }): HostedRoom {
  const listeners = new Set<() => void>()
  let state: HostedRoomState = CLOSED
  let up: RoomLinkUp | null = null
  let binding: RoomBinding | null = null
  let session: SessionBinding | null = null
  let control: SessionBinding | null = null
  /** The room's mute and held view, read into the store (src/room/sessionHold.ts). */
  let controls: (() => void) | null = null
  let ydoc: Y.Doc | null = null
  let presence: PresenceSource | null = null

  const set = (patch: Partial<HostedRoomState>) => {
    state = { ...state, ...patch }
    for (const listener of listeners) listener()
  }

  async function ask(request: RoomHostRequest): Promise<RoomHostInfo | null | undefined> {
    // Every failure is an answer the panel shows (a host that never answered included), never a throw.
    const response = await platform.room(request).catch((error: unknown) => ({ ok: false as const, error: 'failed' as const, message: error instanceof Error ? error.message : String(error) }))
    if (!response.ok) {
      set({ error: response.message, opening: false })
      return undefined
    }
    set({ error: null })
    return response.info
  }

  function leave(): void {
    session?.dispose()
    session = null
    control?.dispose()
    control = null
    controls?.()
    controls = null
    binding?.dispose()
    binding = null
    up?.disconnect()
    up = null
    presence = null
    ydoc?.destroy()
    ydoc = null
  }

  function join(info: RoomHostInfo): void {
    leave()
    const { origin, code } = splitHostUrl(info.hostWsUrl)
    const doc = new Y.Doc()
    ydoc = doc
    const participantId = `host-${info.roomId}`
    const link = connectRoom({
      origin,
      roomId: info.roomId,
      code,
      participantId,
      ydoc: doc,
      onStatus: (connection) => {
        set({ connection })
        // The host closed the room (from another window, or it stopped): this window goes back to working alone.
        if (connection.status === 'closed') {
          if (roomMapId) rememberRoomOpen(roomMapId, false)
          roomMapId = null
          leave()
          set(CLOSED)
        }
      },
      onOtherGeneration: () => join(info),
    })
    up = link
    presence = awarenessPresence(link)
    link.setPresence({ participantId, name: options.facilitatorName(), color: colorFor(participantId), access: 'host', cursor: null, view: null, editing: null })
    link.provider.awareness.on('change', () => {
      if (up === link) set({ participants: participantsOf(link), saveFailed: hostSaveFailed(link) })
    })
    void link.synced.then(() => {
      if (up !== link || binding) return
      binding = bindRoom(store, doc, { participantId, access: 'host' })
      // The timer and the running agenda step show on every screen in the room.
      session = bindSession(store, doc, { role: 'host' })
      // The facilitator's locks, for participants' pages and the host's guard.
      control = bindControl(store, doc, { role: 'host' })
      controls = bindRoomControls(store, doc)
      // The vote controls wait for the shared document (sharedDoc).
      set({})
    })
  }

  // The room belongs to the map it was opened on: opening another map (or closing it) closes the room,
  // so participants are never left editing a map the facilitator no longer has open.
  let roomMapId: string | null = null
  store.subscribe((s, prev) => {
    if (s.openMapId === prev.openMapId) return
    if (roomMapId && s.openMapId !== roomMapId) void room.close()
    if (s.openMapId && !roomMapId && wasRoomOpen(s.openMapId)) void rejoin(s.openMapId)
  })

  /** Back in the map's room after a crash or reload: the host resumed it, with its codes and every edit that reached it. */
  async function rejoin(mapId: string): Promise<void> {
    const response = await platform.room({ op: 'find', mapId }).catch(() => null)
    if (!response?.ok || store.getState().openMapId !== mapId || roomMapId) return
    if (!response.info) {
      // The host no longer has it (closed from elsewhere, or its state was removed): forget it.
      rememberRoomOpen(mapId, false)
      return
    }
    roomMapId = mapId
    set({ info: response.info, opening: false, error: null })
    join(response.info)
  }

  const room: HostedRoom = {
    getState: () => state,
    presence: () => presence,
    sharedDoc: () => (binding ? ydoc : null),
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    async open() {
      const doc = store.getState().doc
      if (!doc || state.opening) return
      set({ opening: true, error: null })
      const journey = stringifyEnvelope(serializeDoc(doc, await platform.appInfo()))
      const info = await ask({ op: 'open', mapId: doc.map.id, journey })
      if (!info) return
      roomMapId = doc.map.id
      rememberRoomOpen(doc.map.id, true)
      set({ info, opening: false })
      join(info)
    },
    async close() {
      const roomId = state.info?.roomId
      if (!roomId) return
      // Cards still held in private writing come onto the board first: this window saves the board it holds.
      const shared = binding ? ydoc : null
      if (shared && readSessionPrivate(shared.getMap(ROOM_DOC.session).get('private'))) {
        await ask({ op: 'privateReveal', roomId })
        await whenPrivateEnds(shared, 5_000)
      }
      if (roomMapId) rememberRoomOpen(roomMapId, false)
      roomMapId = null
      leave()
      await ask({ op: 'close', roomId })
      set(CLOSED)
    },
    async newCode() {
      const roomId = state.info?.roomId
      if (!roomId) return
      const info = await ask({ op: 'newCode', roomId })
      if (info) set({ info })
    },
    async remove(participantId) {
      const roomId = state.info?.roomId
      if (roomId) await ask({ op: 'remove', roomId, participantId })
    },
  }
  return room
}
