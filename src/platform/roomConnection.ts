import { WebsocketProvider } from 'y-websocket'
import type * as Y from 'yjs'
import { ROOM_CLOSE, ROOM_DOC, ROOM_WS_PATH, type RoomConnection, type RoomPresence } from '../room/types'

export interface RoomConnectOptions {
  /** `ws://HOST:PORT` of the host, without the room path. */
  readonly origin: string
  readonly roomId: string
  readonly code: string
  readonly participantId: string
  readonly ydoc: Y.Doc
  readonly onStatus: (connection: RoomConnection) => void
  /** The host restarted the room from the map: this copy must be dropped and joined afresh. */
  readonly onOtherGeneration: () => void
}

export interface RoomLinkUp {
  readonly provider: WebsocketProvider
  /** Publishes this person's presence; cursor and view changes are throttled to ~10 a second. */
  setPresence(patch: Partial<RoomPresence>): void
  /** Whether the first sync with the host has completed (the page waits for it before showing the map). */
  readonly synced: Promise<void>
  disconnect(): void
}

const PRESENCE_INTERVAL_MS = 100

/** The terminal close codes the host sends, as what the page tells the person. */
function statusForClose(code: number): RoomConnection['status'] | null {
  if (code === ROOM_CLOSE.refused || code === ROOM_CLOSE.tooMuch) return 'refused'
  if (code === ROOM_CLOSE.removed) return 'removed'
  if (code === ROOM_CLOSE.closed) return 'closed'
  return null
}

/**
 * Joins a room over the standard y-websocket protocol. The code travels in the WebSocket's query
 * (the page took it from the link's #fragment). No BroadcastChannel: two tabs of one browser go
 * through the host like everyone else, so its limits and validation see every change.
 */
export function connectRoom(options: RoomConnectOptions): RoomLinkUp {
  const { ydoc, onStatus } = options
  const provider = new WebsocketProvider(`${options.origin}${ROOM_WS_PATH}`, options.roomId, ydoc, {
    params: { code: options.code, pid: options.participantId, gen: generationOf(ydoc) },
    disableBc: true,
    maxBackoffTime: 2500,
  })
  let ended = false
  let everConnected = false
  onStatus({ status: 'connecting' })
  provider.on('status', ({ status }) => {
    if (ended) return
    if (status === 'connected') {
      everConnected = true
      onStatus({ status: 'connected' })
    } else if (status === 'disconnected' || status === 'connecting') {
      // Before the first connection this is still "connecting"; after it, the device lost the host.
      onStatus({ status: everConnected ? 'offline' : 'connecting' })
    }
  })
  provider.on('closed', ({ code }) => {
    if (ended) return
    if (code === ROOM_CLOSE.otherGeneration) {
      ended = true
      options.onOtherGeneration()
      return
    }
    const status = statusForClose(code)
    if (status) {
      ended = true
      onStatus({ status })
    }
  })
  // Every reconnect announces the generation this copy now holds, so a host that was restarted
  // from the map turns it away instead of merging two copies of every record.
  const room = ydoc.getMap(ROOM_DOC.room)
  const followGeneration = () => {
    provider.params = { ...provider.params, gen: generationOf(ydoc) }
  }
  room.observe(followGeneration)
  const synced = new Promise<void>((resolve) => {
    if (provider.synced) resolve()
    else provider.once('sync', () => resolve())
  })

  // A device that loses its network says so at once (the socket itself would look open for up to
  // 30 s), keeps its edits locally, and reconnects as soon as the network is back.
  const goOffline = () => {
    if (!ended) provider.disconnect()
  }
  const goOnline = () => {
    if (!ended) provider.connect()
  }
  const win = typeof window === 'undefined' ? null : window
  win?.addEventListener('offline', goOffline)
  win?.addEventListener('online', goOnline)

  let pending: Partial<RoomPresence> = {}
  let timer: ReturnType<typeof setTimeout> | null = null
  const flush = () => {
    timer = null
    const current = (provider.awareness.getLocalState() ?? {}) as Partial<RoomPresence>
    provider.awareness.setLocalState({ ...current, ...pending })
    pending = {}
  }
  return {
    provider,
    synced,
    setPresence(patch) {
      pending = { ...pending, ...patch }
      // Identity and "editing" go out at once; cursor and view ride the next tick of the throttle.
      if ('name' in patch || 'editing' in patch || 'participantId' in patch) {
        if (timer) clearTimeout(timer)
        flush()
      } else if (!timer) {
        timer = setTimeout(flush, PRESENCE_INTERVAL_MS)
      }
    },
    disconnect() {
      ended = true
      if (timer) clearTimeout(timer)
      win?.removeEventListener('offline', goOffline)
      win?.removeEventListener('online', goOnline)
      room.unobserve(followGeneration)
      provider.awareness.setLocalState(null)
      provider.destroy()
    },
  }
}

/** The generation this copy of the document belongs to ('' for a fresh copy, which the host fills). */
function generationOf(ydoc: Y.Doc): string {
  const value = ydoc.getMap(ROOM_DOC.room).get('generation')
  return typeof value === 'string' ? value : ''
}
