// The web build's server (`npm run web`): the app on a loopback address, plus the room host. The
// app's own page asks for rooms through a loopback-only control address and joins them over its
// own origin (so its policy stays connect-src 'self'); participants reach the room host on the
// room's network, which listens only while a room is open.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { homedir } from 'node:os'
import { join } from 'node:path'
import { assertBuilt, createStaticHandler, PortInUseError } from '../scripts/staticServer.mjs'
import { LIMITS } from '../src/domain/limits'
import { ROOM_CONTROL_HEADER, ROOM_CONTROL_PATH } from '../src/room/types'
import { createRoomHosting } from './hosting/handle'
import { createRoomServer, type RoomServer } from './room/roomServer'

export interface WebHostOptions {
  readonly rendererDir: string
  /** The app's address: loopback, so nobody else on the network reaches the facilitator's page. */
  readonly host?: string
  readonly port?: number
  /** Where participants reach rooms: every address of this machine, while a room is open. */
  readonly roomHost?: string
  readonly roomPort?: number
  readonly storeDir?: string
}

export interface WebHost {
  readonly url: string
  readonly rooms: RoomServer
  close(): Promise<void>
}

export const DEFAULT_ROOM_PORT = 5200
/** Room state (updates log, snapshots, codes) for the web build, which has no app folder of its own. */
export const defaultRoomStore = () => join(homedir(), '.journeyboard', 'rooms')

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1'])

function reply(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' })
  res.end(JSON.stringify(body))
}

async function readBody(req: IncomingMessage, limit: number): Promise<string | null> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req) {
    size += (chunk as Buffer).length
    if (size > limit) return null
    chunks.push(chunk as Buffer)
  }
  return Buffer.concat(chunks).toString('utf8')
}

/** The request's JSON, or null for a body past the limit or not JSON (the hosting answers "not understood"). */
function parseBody(text: string | null): unknown {
  if (text === null) return null
  try {
    return JSON.parse(text)
  } catch {
    return null
  }
}

/**
 * Only this machine's own app page may control rooms: a loopback peer, the app's own Origin, a
 * JSON body and the custom header (which no other site can send without a CORS preflight, and
 * this server grants none).
 */
export function controlRefusal(req: IncomingMessage, appOrigin: string): string | null {
  if (req.method !== 'POST') return 'method'
  if (!LOOPBACK.has(req.socket.remoteAddress ?? '')) return 'not loopback'
  if (req.headers[ROOM_CONTROL_HEADER] !== '1') return 'header'
  if (!String(req.headers['content-type'] ?? '').startsWith('application/json')) return 'content type'
  const origin = req.headers.origin
  if (origin !== undefined && origin !== appOrigin) return 'origin'
  return null
}

export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const host = options.host ?? '127.0.0.1'
  const port = options.port ?? 5199
  await assertBuilt(options.rendererDir)
  const rooms = createRoomServer({
    host: options.roomHost ?? '0.0.0.0',
    port: options.roomPort ?? DEFAULT_ROOM_PORT,
    staticRoot: options.rendererDir,
    storeDir: options.storeDir ?? defaultRoomStore(),
  })
  const bracket = host.includes(':') ? `[${host}]` : host
  const appOrigin = `http://${bracket}:${port}`
  const hosting = createRoomHosting(rooms, { hostOrigin: () => `ws://${bracket}:${port}` })
  const serveStatic = createStaticHandler({ root: options.rendererDir })

  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://app').pathname
    if (path !== ROOM_CONTROL_PATH) {
      void serveStatic(req, res)
      return
    }
    const refused = controlRefusal(req, appOrigin)
    if (refused) {
      reply(res, 403, { ok: false, error: 'badRequest', message: `refused (${refused})` })
      return
    }
    void (async () => {
      const text = await readBody(req, LIMITS.bytes + 4096)
      reply(res, 200, await hosting(parseBody(text)))
    })().catch((error: unknown) => reply(res, 500, { ok: false, error: 'failed', message: String(error) }))
  })
  // The facilitator's page joins its rooms over its own origin.
  server.on('upgrade', (req, socket, head) => rooms.handleUpgrade(req, socket, head))

  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => reject(error.code === 'EADDRINUSE' ? new PortInUseError(host, port) : error))
    server.listen(port, host, () => resolve())
  })
  return {
    url: appOrigin,
    rooms,
    async close() {
      await rooms.stop()
      await new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      })
    },
  }
}
