import * as Y from 'yjs'
import { serializeDoc, stringifyEnvelope } from '../../format'
import { fileNameFor } from '../../io/fileName'
import { platform } from '../../platform'
import { connectRoom, type RoomLinkUp } from '../../platform/roomConnection'
import { colorFor, participantId as keptParticipantId } from '../../platform/roomLink'
import { bindRoom, type RoomBinding } from '../../room/binding'
import { bindSession, type SessionBinding } from '../../room/session'
import { bindControl } from '../../room/sessionControl'
import { bindRoomControls } from '../../room/sessionHold'
import { createPrivateWriting, type PrivateWriting } from '../../room/privateWriting'
import { measureRoomOffset } from '../../platform/roomClock'
import type { RoomAccess, RoomConnection, RoomLink } from '../../room/types'
import type { AppStore } from '../../store'
import { awarenessPresence, type PresenceSource } from '../presence/presence'

export interface ParticipantRoomState {
  readonly connection: RoomConnection
  /** True once the first copy of the map arrived and the board can be drawn. */
  readonly ready: boolean
  /** True once the person gave their name: the others see them from then on. */
  readonly joined: boolean
}

export interface ParticipantRoom {
  getState(): ParticipantRoomState
  subscribe(listener: () => void): () => void
  /** Connects to the host: the join screen waits for this before it lets the person in. */
  start(): void
  /** Joins under this name: the others see them, with their colour, from now on. */
  join(name: string): void
  isMine(cardId: string): boolean
  presence(): PresenceSource | null
  readonly access: RoomAccess
  readonly participantId: string
  /** The room's shared document once it arrived (for the session's vote), else null. */
  sharedDoc(): Y.Doc | null
  /** Who this person is to the host's ballot box: the room, the link's code and their id. */
  readonly voter: { readonly room: string; readonly code: string; readonly pid: string }
  /** The host's clock now, as this device knows it (its own clock until the offset is measured). */
  hostNow(): number
  /** This person's private writing (null on a view-only link): the banner and the board's private look read it. */
  readonly privateWriting: PrivateWriting | null
  /** The map as this device holds it, as a `.journey` download: works after the room closed too. */
  download(): Promise<void>
  leave(): void
}

/**
 * A participant's side of a room: one Y.Doc, the connection to the host and the binding that
 * keeps the app store's document in step with it. The store is the one the board and the phone
 * view already draw from, so they need nothing room-specific to show the shared map.
 */
export function createParticipantRoom(store: AppStore, link: RoomLink & { readonly view: boolean }, host: string): ParticipantRoom {
  const access: RoomAccess = link.view ? 'view' : 'edit'
  const participantId = keptParticipantId()
  const listeners = new Set<() => void>()
  let state: ParticipantRoomState = { connection: { status: 'connecting' }, ready: false, joined: false }
  let ydoc = new Y.Doc()
  let up: RoomLinkUp | null = null
  let presence: PresenceSource | null = null
  let binding: RoomBinding | null = null
  let session: SessionBinding | null = null
  let control: SessionBinding | null = null
  /** The room's mute and held view, read into the store (src/room/sessionHold.ts). */
  let controls: (() => void) | null = null
  /** Host clock minus this device's, measured at each (re)connection; null until measured. */
  let clockOffset: number | null = null
  let name = ''
  const voter = { room: link.roomId, code: link.code, pid: participantId }
  const privateWriting = access === 'edit' ? createPrivateWriting({ who: voter, origin: `${window.location.protocol}//${host}` }) : null

  const set = (patch: Partial<ParticipantRoomState>) => {
    state = { ...state, ...patch }
    for (const listener of listeners) listener()
  }

  const announce = () => up?.setPresence({ participantId, name, color: colorFor(participantId), access, cursor: null, view: null, editing: null })

  function connect(): void {
    const current = connectRoom({
      origin: `ws://${host}`,
      roomId: link.roomId,
      code: link.code,
      participantId,
      ydoc,
      onStatus: (connection) => {
        if (connection.status === 'connected' && state.connection.status !== 'connected') measureClock()
        set({ connection })
      },
      onOtherGeneration: restart,
    })
    up = current
    presence = awarenessPresence(current)
    if (state.joined) announce()
    void current.synced.then(() => {
      if (up !== current || binding) return
      binding = bindRoom(store, ydoc, { participantId, access, ...(privateWriting ? { privateWriting } : {}) })
      session = bindSession(store, ydoc, { role: 'participant', offsetMs: () => clockOffset })
      control = bindControl(store, ydoc, { role: 'participant', offsetMs: () => clockOffset })
      controls = bindRoomControls(store, ydoc)
      // The board opens fitted to the whole map, as a map opened on the facilitator’s laptop does (MapEditor).
      store.getState().patchWorkspace({ needsInitialViewport: true, viewOnly: access === 'view' })
      set({ ready: true })
    })
  }

  function measureClock(): void {
    void measureRoomOffset().then((offset) => {
      if (offset === null) return
      clockOffset = offset
      session?.refresh()
      control?.refresh()
    })
  }

  /** The host restarted the room from the map: drop this copy (it belongs to the old room) and join afresh. */
  function restart(): void {
    session?.dispose()
    session = null
    control?.dispose()
    control = null
    controls?.()
    controls = null
    binding?.dispose()
    binding = null
    up?.disconnect()
    ydoc.destroy()
    ydoc = new Y.Doc()
    set({ ready: false, connection: { status: 'connecting' } })
    connect()
  }

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    start() {
      if (!up) connect()
    },
    join(joinName) {
      name = joinName
      set({ joined: true })
      announce()
    },
    isMine: (cardId) => binding?.isMine(cardId) ?? false,
    presence: () => presence,
    access,
    participantId,
    sharedDoc: () => (binding ? ydoc : null),
    voter,
    hostNow: () => Date.now() + (clockOffset ?? 0),
    privateWriting,
    async download() {
      const doc = store.getState().doc
      if (!doc) return
      const text = stringifyEnvelope(serializeDoc(doc, await platform.appInfo()))
      await platform.files.exportFile('journey', fileNameFor(doc.map.title, 'journey'), text)
    },
    leave() {
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
    },
  }
}
