// The room host: one HTTP server that serves the built renderer and upgrades
// `${ROOM_WS_PATH}/<roomId>?code=…&pid=…&gen=…` to the y-websocket protocol, plus the in-process
// API the facilitator's side calls. Plain Node (ws, y-protocols, yjs): it runs in Electron's main
// process, under `npm run web` and from the `npm run room` command line alike.
import { createServer, type IncomingMessage, type Server } from 'node:http'
import { mkdir, readdir, rm } from 'node:fs/promises'
import { networkInterfaces as osNetworkInterfaces } from 'node:os'
import { join } from 'node:path'
import type { Duplex } from 'node:stream'
import { randomBytes } from 'node:crypto'
import { WebSocketServer, type WebSocket } from 'ws'
import * as Y from 'yjs'
import { ROOM_CLOCK_PATH, ROOM_CLOSE, ROOM_PRIVATE_PATH, ROOM_VOTE_PATH, ROOM_WS_PATH, type RoomHostInfo, type RoomParticipant } from '../../src/room/types'
import { assertBuilt, createStaticHandler } from '../../scripts/staticServer.mjs'
import { listAddresses } from './addresses'
import { openBallotBox, type BallotBox } from './ballots'
import { accessOfCode, newRoomCode, newRoomCodes, shortCodeOf } from './codes'
import { roomIndexHtml, roomSecurityHeaders, wsOriginFor } from './csp'
import { DEFAULT_ROOM_LIMITS, type RoomLimits } from './limits'
import { createControlGuard } from '../../src/room/controlGuard'
import { createRoom, type Room, type RoomLog, type RoomStats, type RoomValidate } from './room'
import { readRoomMeta, writeRoomMeta, type RoomMeta } from './roomMeta'
import { answerVote, sendVoteReply, type VoteLookup } from './voteHttp'
import { openPrivateStore, type PrivateStore } from './privateCards'
import { answerPrivate, type PrivateLookup } from './privateHttp'
import { LOG_FILE, loadSavedDocument, openUpdateLog, STATE_FILE } from './updateLog'
import { writeFileAtomic } from './files'

export { listAddresses } from './addresses'
export { DEFAULT_ROOM_LIMITS, type RoomLimits } from './limits'
export type { RoomLog, RoomStats, RoomUpdateOrigin, RoomValidate } from './room'

export interface RoomServerOptions {
  /** Address to bind: '0.0.0.0' for the room's Wi-Fi, '127.0.0.1' for this machine only. */
  readonly host: string
  /** 0 picks a free port once; it is kept for later rooms so printed links stay valid. */
  readonly port: number
  /** The built renderer (out/renderer). */
  readonly staticRoot: string
  /** One folder per room below it. */
  readonly storeDir: string
  readonly validate?: RoomValidate
  readonly now?: () => number
  readonly log?: RoomLog
  readonly limits?: Partial<RoomLimits>
  /** For tests; os.networkInterfaces by default. */
  readonly networkInterfaces?: typeof osNetworkInterfaces
  /** For tests (a disk that fails); the update log on disk by default. */
  readonly openLog?: typeof openUpdateLog
}

export interface OpenRoomOptions {
  readonly roomId?: string
  /** Fills a new room's document. Never called for a room with saved state: seeding twice doubles every record. */
  readonly seed?: (ydoc: Y.Doc, generation: string) => void
  /** A new room's generation; random when absent. A reopened room keeps its saved one. */
  readonly generation?: string
}

export type ParticipantsListener = (roomId: string, participants: RoomParticipant[]) => void

export interface RoomServer {
  openRoom(options?: OpenRoomOptions): Promise<RoomHostInfo>
  /** Closes a room; `end` (the facilitator closed it) makes the next open seed afresh from the map. */
  closeRoom(roomId: string, options?: { readonly end?: boolean }): Promise<void>
  /** Reopens every room that was open when the host last stopped without closing it (a crash, a kill): people reconnect on their own. */
  resumeRooms(): Promise<RoomHostInfo[]>
  /** The WebSocket upgrade for rooms, for another server that shares this host's rooms (the web build's app server). */
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void
  /** New edit and view codes; the old ones are refused from now on (people already in stay). */
  newCode(roomId: string): Promise<RoomHostInfo>
  viewCode(roomId: string): string
  /** The room's ballot box: votes are held here until the reveal, never in the shared document. */
  ballots(roomId: string): BallotBox
  /** The room's private cards: held here while private writing is on, never in the shared document before the reveal. */
  privateCards(roomId: string): PrivateStore
  info(roomId: string): RoomHostInfo
  removeParticipant(roomId: string, participantId: string): Promise<void>
  participants(roomId: string): RoomParticipant[]
  onParticipantsChange(listener: ParticipantsListener): () => void
  getDoc(roomId: string): Y.Doc
  stats(roomId: string): RoomStats
  /** Compacts now (the bench measures before and after); rooms also compact on their own. */
  compact(roomId: string): Promise<void>
  openRooms(): string[]
  /** The port while listening, else null. */
  port(): number | null
  /** Closes every room (ROOM_CLOSE.closed) and stops listening. */
  stop(): Promise<void>
}

const ROOM_ID = /^[A-Za-z0-9_-]{1,64}$/
const PARTICIPANT_ID = /^[A-Za-z0-9_-]{1,64}$/

interface OpenRoom {
  readonly room: Room
  readonly ballots: BallotBox
  readonly privateCards: PrivateStore
  meta: RoomMeta
}

export function createRoomServer(options: RoomServerOptions): RoomServer {
  const limits: RoomLimits = { ...DEFAULT_ROOM_LIMITS, ...options.limits }
  const log: RoomLog = options.log ?? (() => {})
  const now = options.now ?? Date.now
  // The facilitator's locks hold whatever a participant's client sends; a caller's own check runs after.
  const guard = createControlGuard()
  const validate: RoomValidate = (ydoc, origin) => {
    guard.validate(ydoc, origin)
    options.validate?.(ydoc, origin)
  }
  const interfaces = options.networkInterfaces ?? osNetworkInterfaces
  const rooms = new Map<string, OpenRoom>()
  const opening = new Map<string, Promise<RoomHostInfo>>()
  const listeners = new Set<ParticipantsListener>()
  let boundPort: number | null = null
  let listening = false
  let server: Server | null = null

  const hostForUrls = options.host === '0.0.0.0' || options.host === '::' ? '127.0.0.1' : options.host
  const bracket = (h: string) => (h.includes(':') ? `[${h}]` : h)
  const fallbackOrigin = () => `${bracket(hostForUrls)}:${boundPort ?? options.port}`

  const handleStatic = createStaticHandler({
    root: options.staticRoot,
    headersFor: (req) => roomSecurityHeaders(wsOriginFor(req, fallbackOrigin())),
    transformIndex: (html, req) => roomIndexHtml(html, wsOriginFor(req, fallbackOrigin())),
  })
  // Frames past maxPayload are cut by ws itself (close 1009); between maxMessageBytes and it, the
  // room closes with tooMuch, which clients do not retry.
  const wss = new WebSocketServer({ noServer: true, maxPayload: limits.maxMessageBytes * 2, perMessageDeflate: false })

  const refuseUpgrade = (socket: Duplex, status: string) => {
    socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`)
  }

  const onUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    socket.on('error', () => socket.destroy())
    let url: URL
    try {
      url = new URL(req.url ?? '/', 'http://room')
    } catch {
      return refuseUpgrade(socket, '400 Bad Request')
    }
    const prefix = `${ROOM_WS_PATH}/`
    const roomId = url.pathname.startsWith(prefix) ? url.pathname.slice(prefix.length) : ''
    if (!ROOM_ID.test(roomId)) return refuseUpgrade(socket, '404 Not Found')
    wss.handleUpgrade(req, socket, head, (ws) => admit(ws, roomId, url.searchParams))
  }

  /** Refusals are accepted upgrades closed with a 44xx code: y-websocket stops retrying on those. */
  const admit = (ws: WebSocket, roomId: string, params: URLSearchParams) => {
    const open = rooms.get(roomId)
    // Not open (yet): 1013 "try again later", so clients keep retrying until the facilitator reopens it.
    if (!open) return ws.close(1013, 'room not open')
    const access = accessOfCode(open.meta.codes, params.get('code'))
    if (access === null) return ws.close(ROOM_CLOSE.refused, 'wrong code')
    const generation = params.get('gen')
    if (generation && generation !== open.meta.generation) return ws.close(ROOM_CLOSE.otherGeneration, 'other generation')
    const pid = params.get('pid') || `anonymous-${randomBytes(6).toString('base64url')}`
    if (!PARTICIPANT_ID.test(pid)) return ws.close(ROOM_CLOSE.refused, 'bad participant id')
    if (open.meta.removed.includes(pid)) return ws.close(ROOM_CLOSE.removed, 'removed')
    open.room.admit(ws, access, pid)
  }

  const voteLookup: VoteLookup = (roomId, code) => {
    const open = rooms.get(roomId)
    return open ? { ballots: open.ballots, access: accessOfCode(open.meta.codes, code), removed: open.meta.removed } : null
  }

  const privateLookup: PrivateLookup = (roomId, code) => {
    const open = rooms.get(roomId)
    return open ? { cards: open.privateCards, access: accessOfCode(open.meta.codes, code), removed: open.meta.removed } : null
  }

  const listen = async () => {
    if (listening) return
    await assertBuilt(options.staticRoot)
    const s = createServer((req, res) => {
      const path = new URL(req.url ?? '/', 'http://host').pathname
      const headers = () => roomSecurityHeaders(wsOriginFor(req, fallbackOrigin()))
      if (path === ROOM_CLOCK_PATH && req.method === 'GET') {
        res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...headers() })
        res.end(JSON.stringify({ now: now() }))
        return
      }
      if (path === ROOM_VOTE_PATH) {
        void answerVote(req, voteLookup)
          .then((reply) => sendVoteReply(res, reply, headers()))
          .catch((error: unknown) => {
            log('room.voteFailed', { error: String(error) })
            sendVoteReply(res, { status: 500, body: { ok: false, reason: 'failed' } }, headers())
          })
        return
      }
      if (path === ROOM_PRIVATE_PATH) {
        void answerPrivate(req, privateLookup)
          .then((reply) => sendVoteReply(res, reply, headers()))
          .catch((error: unknown) => {
            log('room.privateFailed', { error: String(error) })
            sendVoteReply(res, { status: 500, body: { ok: false, reason: 'failed' } }, headers())
          })
        return
      }
      void handleStatic(req, res)
    })
    s.on('upgrade', onUpgrade)
    await new Promise<void>((resolve, reject) => {
      s.once('error', reject)
      s.listen(boundPort ?? options.port, options.host, () => {
        s.off('error', reject)
        resolve()
      })
    })
    const address = s.address()
    boundPort = typeof address === 'object' && address ? address.port : options.port
    server = s
    listening = true
    log('host.listening', { host: options.host, port: boundPort })
  }

  const unlisten = async () => {
    if (!listening || !server) return
    const s = server
    server = null
    listening = false
    await new Promise<void>((resolve) => {
      s.close(() => resolve())
      s.closeAllConnections()
    })
    log('host.stopped', {})
  }

  const get = (roomId: string): OpenRoom => {
    const open = rooms.get(roomId)
    if (!open) throw new Error(`room ${roomId} is not open`)
    return open
  }

  const infoOf = (meta: RoomMeta): RoomHostInfo => {
    const port = boundPort ?? options.port
    const wildcard = options.host === '0.0.0.0' || options.host === '::'
    const addresses = listAddresses(interfaces(), port, { roomId: meta.roomId, code: meta.codes.edit, viewCode: meta.codes.view }).filter(
      (a) => wildcard || a.address === options.host,
    )
    return {
      roomId: meta.roomId,
      port,
      code: meta.codes.edit,
      viewCode: meta.codes.view,
      shortCode: shortCodeOf(meta.codes.edit),
      addresses,
      hostWsUrl: `ws://${bracket(hostForUrls)}:${port}${ROOM_WS_PATH}/${meta.roomId}?code=${meta.codes.host}`,
    }
  }

  const doOpen = async (roomId: string, opts: OpenRoomOptions): Promise<RoomHostInfo> => {
    const roomDir = join(options.storeDir, roomId)
    await mkdir(roomDir, { recursive: true })
    const ydoc = new Y.Doc({ gc: true })
    let meta = await readRoomMeta(roomDir)
    let stateBytes: number
    let logBytes = 0
    if (meta && !meta.ended) {
      const saved = await loadSavedDocument(roomDir)
      if (saved.tornBytes > 0) log('room.tornLog', { roomId, bytes: saved.tornBytes })
      for (const update of saved.updates) Y.applyUpdate(ydoc, update)
      stateBytes = saved.stateBytes
      logBytes = saved.logBytes
    } else {
      const generation = opts.generation ?? newRoomCode()
      opts.seed?.(ydoc, generation)
      // A log without room.json belongs to no seeded document: replaying it onto this seed would double records.
      await rm(join(roomDir, LOG_FILE), { force: true })
      // The seeded state is on disk before room.json says the room exists.
      const state = Y.encodeStateAsUpdate(ydoc)
      await writeFileAtomic(join(roomDir, STATE_FILE), state)
      stateBytes = state.length
      // A room the facilitator closed keeps its codes: the QR code on the wall still works.
      meta = { formatVersion: 1, roomId, generation, codes: meta?.codes ?? newRoomCodes(), removed: [] }
      await writeRoomMeta(roomDir, meta)
    }
    const updateLog = await (options.openLog ?? openUpdateLog)(roomDir, {
      encodeState: () => Y.encodeStateAsUpdate(ydoc),
      onError: (error) => log('room.saveFailed', { roomId, error: String(error) }),
      stateBytes,
      logBytes,
    })
    guard.prime(ydoc)
    const room = createRoom(roomId, ydoc, updateLog, stateBytes + logBytes, {
      limits,
      validate,
      now,
      log,
      onParticipantsChange: (list) => {
        for (const listener of listeners) listener(roomId, list)
      },
    })
    rooms.set(roomId, { room, ballots: await openBallotBox(roomDir), privateCards: await openPrivateStore(roomDir, ydoc), meta })
    try {
      await listen()
    } catch (error) {
      rooms.delete(roomId)
      await room.shutdown(ROOM_CLOSE.closed, 'host could not listen')
      throw error
    }
    log('room.opened', { roomId })
    return infoOf(meta)
  }

  const closeOne = async (roomId: string) => {
    const open = get(roomId)
    rooms.delete(roomId)
    await open.room.shutdown(ROOM_CLOSE.closed, 'room closed')
    log('room.closed', { roomId })
  }

  return {
    openRoom(opts = {}) {
      const roomId = opts.roomId ?? randomBytes(9).toString('base64url')
      if (!ROOM_ID.test(roomId)) return Promise.reject(new Error(`room ids are 1-64 letters, digits, - or _, not "${roomId}"`))
      const open = rooms.get(roomId)
      if (open) return Promise.resolve(infoOf(open.meta))
      const pending = opening.get(roomId) ?? doOpen(roomId, opts).finally(() => opening.delete(roomId))
      opening.set(roomId, pending)
      return pending
    },
    async closeRoom(roomId, closeOptions = {}) {
      const { meta, ballots, privateCards } = get(roomId)
      // A room the facilitator closed takes its unrevealed vote with it; a stopped host keeps it for the restart.
      if (closeOptions.end) await ballots.cancel()
      // The facilitator's window reveals private cards before it closes the room (hostedPrivate.ts); what is left goes.
      if (closeOptions.end) await privateCards.cancel()
      await closeOne(roomId)
      if (closeOptions.end) await writeRoomMeta(join(options.storeDir, roomId), { ...meta, ended: true })
      if (rooms.size === 0 && opening.size === 0) await unlisten()
    },
    async newCode(roomId) {
      const open = get(roomId)
      const codes = newRoomCodes()
      open.meta = { ...open.meta, codes: { host: open.meta.codes.host, edit: codes.edit, view: codes.view } }
      await writeRoomMeta(join(options.storeDir, roomId), open.meta)
      return infoOf(open.meta)
    },
    viewCode: (roomId) => get(roomId).meta.codes.view,
    ballots: (roomId) => get(roomId).ballots,
    privateCards: (roomId) => get(roomId).privateCards,
    info: (roomId) => infoOf(get(roomId).meta),
    async removeParticipant(roomId, participantId) {
      const open = get(roomId)
      if (!open.meta.removed.includes(participantId)) {
        open.meta = { ...open.meta, removed: [...open.meta.removed, participantId] }
        await writeRoomMeta(join(options.storeDir, roomId), open.meta)
      }
      open.room.closeParticipant(participantId, ROOM_CLOSE.removed, 'removed by the facilitator')
      open.room.forgetParticipant(participantId)
    },
    participants: (roomId) => get(roomId).room.participants(),
    onParticipantsChange(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    getDoc: (roomId) => get(roomId).room.ydoc,
    stats: (roomId) => get(roomId).room.stats(),
    compact: (roomId) => get(roomId).room.compact(),
    openRooms: () => [...rooms.keys()],
    async resumeRooms() {
      const entries = await readdir(options.storeDir, { withFileTypes: true }).catch(() => [])
      const resumed: RoomHostInfo[] = []
      for (const entry of entries) {
        if (!entry.isDirectory() || !ROOM_ID.test(entry.name)) continue
        const meta = await readRoomMeta(join(options.storeDir, entry.name)).catch(() => null)
        if (!meta || meta.ended) continue
        resumed.push(await this.openRoom({ roomId: entry.name }))
      }
      return resumed
    },
    handleUpgrade: onUpgrade,
    port: () => (listening ? boundPort : null),
    async stop() {
      await Promise.allSettled([...opening.values()])
      for (const roomId of [...rooms.keys()]) await closeOne(roomId)
      await unlisten()
    },
  }
}

/**
 * The Yjs this host was built with. A caller loading the built out/main/roomServer.js (the bench,
 * the command line) seeds with these constructors: a Y.Map from a second copy of Yjs cannot go
 * into this copy's Y.Doc ("Yjs was already imported").
 */
export { Y }
