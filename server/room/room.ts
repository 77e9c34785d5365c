// One open room: its Y.Doc, presence and connections. Edits are written to the log and fsync'd
// before they are relayed; view-only connections are served but never heard.
import type { WebSocket } from 'ws'
import * as Y from 'yjs'
import * as awarenessProtocol from 'y-protocols/awareness'
import { ROOM_CLOSE, ROOM_HOST_FIELD, type RoomAccess, type RoomHostStatus, type RoomParticipant } from '../../src/room/types'
import type { RoomLimits } from './limits'
import { awarenessMessage, decodeClientMessage, syncStep1Message, syncStep2Message, updateMessage } from './messages'
import { participantsOf } from './presence'
import { createTokenBucket, type TokenBucket } from './tokenBucket'
import type { UpdateLog } from './updateLog'

/** Who sent an update: the transaction origin of every update applied from a connection. */
export interface RoomUpdateOrigin {
  readonly participantId: string
  readonly access: RoomAccess
}

/**
 * Called after each applied participant update, with that update's transaction origin; may repair
 * the document in its own transaction (saved and relayed to everyone like any other update).
 */
export type RoomValidate = (ydoc: Y.Doc, changedOrigin: RoomUpdateOrigin) => void
export type RoomLog = (event: string, details?: Record<string, unknown>) => void

export interface Connection extends RoomUpdateOrigin {
  readonly id: number
  readonly ws: WebSocket
  readonly access: RoomAccess
  readonly participantId: string
  readonly awarenessClients: Set<number>
  readonly bucket: TokenBucket
  alive: boolean
  closed: boolean
}

export interface RoomStats {
  readonly connections: number
  /** Updates view-only connections sent and the room dropped. */
  readonly droppedViewUpdates: number
  /** Connections closed for breaking a limit or sending garbage. */
  readonly closedTooMuch: number
  /** Estimated document size: compacted state plus every update since. */
  readonly docBytes: number
  readonly logBytes: number
  readonly stateBytes: number
  /** Writes that failed (disk full, removed drive): the facilitator must be told. */
  readonly saveFailures: number
  /** From an update applied at the host to its relay (the fsync'd write between), over the last 4,096 updates. */
  readonly ackMs: { readonly p50: number; readonly p95: number; readonly max: number }
}

export interface RoomDeps {
  readonly limits: RoomLimits
  readonly validate: RoomValidate
  readonly now: () => number
  readonly log: RoomLog
  readonly onParticipantsChange: (participants: RoomParticipant[]) => void
}

export interface Room {
  readonly roomId: string
  readonly ydoc: Y.Doc
  readonly awareness: awarenessProtocol.Awareness
  /** Takes an accepted, authorised socket into the room. */
  admit(ws: WebSocket, access: RoomAccess, participantId: string): Connection
  /** Closes every connection of one participant with the given code. */
  closeParticipant(participantId: string, code: number, reason: string): void
  forgetParticipant(participantId: string): void
  participants(): RoomParticipant[]
  stats(): RoomStats
  compact(): Promise<void>
  /** Closes every connection with code, saves a compacted state and lets go of the document. */
  shutdown(code: number, reason: string): Promise<void>
}

let nextConnectionId = 1

export function createRoom(roomId: string, ydoc: Y.Doc, log: UpdateLog, initialDocBytes: number, deps: RoomDeps): Room {
  const { limits } = deps
  const connections = new Set<Connection>()
  const awareness = new awarenessProtocol.Awareness(ydoc)
  // The host publishes no presence of its own: only people show up in the room.
  awareness.setLocalState(null)
  const awarenessOwner = new Map<number, Connection>()
  let docBytes = initialDocBytes
  let droppedViewUpdates = 0
  let closedTooMuch = 0
  let saveFailures = 0
  let compacting: Promise<void> | null = null
  let known = new Map<string, RoomParticipant>()
  let lastParticipants = ''
  let participantsScheduled = false

  const send = (conn: Connection, message: Uint8Array) => {
    if (conn.closed || conn.ws.readyState !== conn.ws.OPEN) return
    if (conn.ws.bufferedAmount > limits.maxBufferedBytes) {
      deps.log('room.slowClient', { roomId, participantId: conn.participantId })
      drop(conn)
      conn.ws.terminate()
      return
    }
    conn.ws.send(message, (error) => {
      if (error) drop(conn)
    })
  }

  const broadcast = (message: Uint8Array, except: unknown) => {
    for (const conn of connections) if (conn !== except) send(conn, message)
  }

  const computeParticipants = () => {
    const views = [...connections].map((conn) => {
      const first = [...conn.awarenessClients].map((c) => awareness.getStates().get(c)).find((s) => s != null)
      return { participantId: conn.participantId, access: conn.access, presence: first ?? null }
    })
    known = participantsOf(views, known)
    return [...known.values()]
  }

  /** Coalesced to once per tick and only when something the list shows changed: cursors move many times a second. */
  const participantsMayHaveChanged = () => {
    if (participantsScheduled) return
    participantsScheduled = true
    setImmediate(() => {
      participantsScheduled = false
      const list = computeParticipants()
      const text = JSON.stringify(list)
      if (text === lastParticipants) return
      lastParticipants = text
      deps.onParticipantsChange(list)
    })
  }

  /** Forgets a connection and its presence; safe to call more than once. */
  const drop = (conn: Connection) => {
    if (!connections.delete(conn)) return
    conn.closed = true
    const clients = [...conn.awarenessClients].filter((c) => awarenessOwner.get(c) === conn)
    for (const c of clients) awarenessOwner.delete(c)
    if (clients.length > 0) awarenessProtocol.removeAwarenessStates(awareness, clients, null)
    participantsMayHaveChanged()
  }

  const closeConnection = (conn: Connection, code: number, reason: string) => {
    drop(conn)
    try {
      conn.ws.close(code, reason)
    } catch {
      conn.ws.terminate()
    }
  }

  const tooMuch = (conn: Connection, reason: string) => {
    closedTooMuch++
    deps.log('room.tooMuch', { roomId, participantId: conn.participantId, reason })
    closeConnection(conn, ROOM_CLOSE.tooMuch, reason)
  }

  const maybeCompact = () => {
    if (compacting || log.logBytes < limits.compactLogBytes) return
    compacting = log.compact().then(
      () => {
        docBytes = log.stateBytes
      },
      (error) => {
        saveFailures++
        deps.log('room.compactFailed', { roomId, error: String(error) })
      },
    )
    void compacting.finally(() => (compacting = null))
  }

  const ackTimes = new Float64Array(4096)
  let ackCount = 0
  const ackStats = () => {
    const sorted = Array.from(ackTimes.subarray(0, Math.min(ackCount, ackTimes.length))).sort((a, b) => a - b)
    const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0
    return { p50: at(0.5), p95: at(0.95), max: sorted.at(-1) ?? 0 }
  }

  // The room hears of a failing disk through the host's own awareness state, and of its recovery.
  let saveFailing = false
  const reportSaving = (durable: boolean) => {
    if (durable !== saveFailing) return // no change: still saving, or still failing
    saveFailing = !durable
    const status: RoomHostStatus = { saveFailed: saveFailing }
    awareness.setLocalState({ [ROOM_HOST_FIELD]: status })
  }

  ydoc.on('update', (update: Uint8Array, origin: unknown) => {
    docBytes += update.length
    const message = updateMessage(update)
    const applied = deps.now()
    void log.append(update).then((durable) => {
      ackTimes[ackCount++ % ackTimes.length] = deps.now() - applied
      if (!durable) saveFailures++
      reportSaving(durable)
      // Relayed even when the write failed: a frozen room is worse than one the facilitator is
      // warned about (stats().saveFailures, log 'room.saveFailed').
      broadcast(message, origin)
      maybeCompact()
    })
  })

  awareness.on('update', ({ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] }, origin: unknown) => {
    const owner = origin as Connection
    if (connections.has(owner)) {
      for (const c of [...added, ...updated]) {
        owner.awarenessClients.add(c)
        awarenessOwner.set(c, owner)
      }
    }
    for (const c of removed) {
      awarenessOwner.get(c)?.awarenessClients.delete(c)
      awarenessOwner.delete(c)
    }
    const changed = [...added, ...updated, ...removed]
    if (changed.length > 0) broadcast(awarenessMessage(awareness, changed), null)
    if (added.length + removed.length > 0 || updated.length > 0) participantsMayHaveChanged()
  })

  const onMessage = (conn: Connection, data: Uint8Array) => {
    if (conn.closed) return
    conn.alive = true
    if (data.length > limits.maxMessageBytes) return tooMuch(conn, 'message too large')
    if (!conn.bucket.take()) return tooMuch(conn, 'too many messages')
    try {
      const message = decodeClientMessage(data)
      switch (message.kind) {
        case 'syncStep1': {
          // Computed now, sent once everything in it is on disk: a newcomer never holds an
          // update that a crash could still take back.
          const reply = syncStep2Message(ydoc, message.stateVector)
          void log.whenDurable().then(() => send(conn, reply))
          return
        }
        case 'update': {
          if (conn.access === 'view') {
            droppedViewUpdates++
            return
          }
          if (docBytes + message.update.length > limits.maxDocBytes) return tooMuch(conn, 'room document too large')
          Y.applyUpdate(ydoc, message.update, conn)
          try {
            deps.validate(ydoc, conn)
          } catch (error) {
            deps.log('room.validateFailed', { roomId, error: String(error) })
          }
          return
        }
        case 'awareness': {
          // A presence may only be changed by the connection that first spoke for it.
          if (message.clients.some((c) => awarenessOwner.has(c) && awarenessOwner.get(c) !== conn)) return
          awarenessProtocol.applyAwarenessUpdate(awareness, message.update, conn)
          return
        }
        case 'queryAwareness':
          send(conn, awarenessMessage(awareness, [...awareness.getStates().keys()]))
          return
        case 'auth':
          return
      }
    } catch (error) {
      tooMuch(conn, `malformed message: ${String(error).slice(0, 80)}`)
    }
  }

  const pinger = setInterval(() => {
    for (const conn of connections) {
      if (!conn.alive) {
        drop(conn)
        conn.ws.terminate()
        continue
      }
      conn.alive = false
      conn.ws.ping()
    }
  }, limits.pingIntervalMs)
  pinger.unref()

  return {
    roomId,
    ydoc,
    awareness,
    admit(ws, access, participantId) {
      const conn: Connection = {
        id: nextConnectionId++,
        ws,
        access,
        participantId,
        awarenessClients: new Set(),
        bucket: createTokenBucket(limits.messagesPerSecond, limits.messageBurst, deps.now),
        alive: true,
        closed: false,
      }
      connections.add(conn)
      ws.binaryType = 'nodebuffer'
      ws.on('message', (data: Buffer, isBinary: boolean) => {
        if (!isBinary) return tooMuch(conn, 'text message')
        onMessage(conn, data)
      })
      ws.on('pong', () => (conn.alive = true))
      ws.on('close', () => drop(conn))
      ws.on('error', () => drop(conn))
      send(conn, syncStep1Message(ydoc))
      const states = [...awareness.getStates().keys()]
      if (states.length > 0) send(conn, awarenessMessage(awareness, states))
      participantsMayHaveChanged()
      return conn
    },
    closeParticipant(participantId, code, reason) {
      for (const conn of [...connections]) if (conn.participantId === participantId) closeConnection(conn, code, reason)
    },
    forgetParticipant(participantId) {
      known.delete(participantId)
      participantsMayHaveChanged()
    },
    participants: computeParticipants,
    stats: () => ({
      connections: connections.size,
      droppedViewUpdates,
      closedTooMuch,
      docBytes,
      logBytes: log.logBytes,
      stateBytes: log.stateBytes,
      saveFailures,
      ackMs: ackStats(),
    }),
    async compact() {
      await compacting
      await log.compact()
      docBytes = log.stateBytes
    },
    async shutdown(code, reason) {
      clearInterval(pinger)
      for (const conn of [...connections]) closeConnection(conn, code, reason)
      await compacting
      try {
        await log.compact()
      } catch (error) {
        saveFailures++
        deps.log('room.compactFailed', { roomId, error: String(error) })
      }
      await log.close()
      awareness.destroy()
      ydoc.destroy()
    },
  }
}
