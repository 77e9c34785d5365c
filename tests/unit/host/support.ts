import { afterEach, beforeEach } from 'vitest'
// Shared set-up for the host's tests: a temporary store and page, a server on a random loopback
// port, and real y-websocket clients (the same client the page uses) speaking to it.
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import WebSocket from 'ws'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { withCspMeta } from '../../../electron/shared/csp'
import { ROOM_WS_PATH, type RoomHostInfo } from '../../../src/room/types'
import { createRoomServer, type RoomServer, type RoomServerOptions } from '../../../server/room/roomServer'

export interface Sandbox {
  readonly dir: string
  readonly storeDir: string
  readonly staticRoot: string
  cleanup(): Promise<void>
}

export async function makeSandbox(): Promise<Sandbox> {
  const dir = await mkdtemp(join(tmpdir(), 'jb-host-'))
  const staticRoot = join(dir, 'renderer')
  const storeDir = join(dir, 'rooms')
  await import('node:fs/promises').then((fs) => fs.mkdir(staticRoot, { recursive: true }))
  await writeFile(join(staticRoot, 'index.html'), withCspMeta('<!doctype html><html><head><title>Journeyboard</title></head><body></body></html>'))
  return { dir, storeDir, staticRoot, cleanup: () => rm(dir, { recursive: true, force: true }) }
}

export function startServer(sandbox: Sandbox, options: Partial<RoomServerOptions> = {}): RoomServer {
  return createRoomServer({ host: '127.0.0.1', port: 0, staticRoot: sandbox.staticRoot, storeDir: sandbox.storeDir, ...options })
}

export const wsBase = (info: RoomHostInfo) => `ws://127.0.0.1:${info.port}${ROOM_WS_PATH}`

export interface Client {
  readonly ydoc: Y.Doc
  readonly provider: WebsocketProvider
  /** Close codes this client's sockets received, in order. */
  readonly closes: number[]
  destroy(): void
}

export function connect(info: RoomHostInfo, params: { code: string; pid?: string; gen?: string }, ydoc = new Y.Doc()): Client {
  const query: Record<string, string> = { code: params.code, pid: params.pid ?? `p${Math.random().toString(36).slice(2, 10)}` }
  if (params.gen !== undefined) query.gen = params.gen
  const provider = new WebsocketProvider(wsBase(info), info.roomId, ydoc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    params: query,
    disableBc: true,
    maxBackoffTime: 300,
  })
  const closes: number[] = []
  provider.on('connection-close', (event) => {
    if (event) closes.push(event.code)
  })
  return {
    ydoc,
    provider,
    closes,
    destroy: () => {
      provider.destroy()
      ydoc.destroy()
    },
  }
}

export async function waitFor(check: () => boolean, what: string, timeoutMs = 5000): Promise<void> {
  const start = Date.now()
  while (!check()) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 10))
  }
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

export const synced = (client: Client) => waitFor(() => client.provider.synced, 'the client to sync')

/** Writes one card field the way the contract describes: cards → id → Y.Map of fields. */
export function setCardField(ydoc: Y.Doc, cardId: string, field: string, value: unknown): void {
  ydoc.transact(() => {
    const cards = ydoc.getMap<Y.Map<unknown>>('cards')
    let card = cards.get(cardId)
    if (!card) {
      card = new Y.Map<unknown>()
      cards.set(cardId, card)
    }
    card.set(field, value)
  })
}

export const cardField = (ydoc: Y.Doc, cardId: string, field: string): unknown => ydoc.getMap<Y.Map<unknown>>('cards').get(cardId)?.get(field)

/** A raw socket, for what a well-behaved client never sends. Resolves with the close code. */
export function rawSocket(url: string): { ws: WebSocket; opened: Promise<void>; closed: Promise<number> } {
  const ws = new WebSocket(url)
  const opened = new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve())
    ws.once('error', reject)
  })
  const closed = new Promise<number>((resolve) => ws.once('close', (code) => resolve(code)))
  ws.on('error', () => {})
  return { ws, opened, closed }
}

/**
 * A fresh sandbox and host for every test of the file, torn down after it with every client the
 * test joined through `join` (or pushed onto `clients`).
 */
export function useRoomHost() {
  let sandbox: Sandbox | null = null
  let server: RoomServer | null = null
  const clients: Client[] = []
  beforeEach(async () => {
    sandbox = await makeSandbox()
    server = startServer(sandbox)
  })
  afterEach(async () => {
    for (const c of clients.splice(0)) c.destroy()
    await server?.stop()
    await sandbox?.cleanup()
  })
  const started = () => {
    if (!sandbox || !server) throw new Error('the host starts before each test')
    return { sandbox, server }
  }
  return {
    clients,
    get server(): RoomServer {
      return started().server
    },
    get sandbox(): Sandbox {
      return started().sandbox
    },
    /** Stops the host and starts another on the same folders (a crash and restart); `meanwhile` runs while it is down. */
    async restart(options: Partial<RoomServerOptions> = {}, meanwhile: () => Promise<void> = async () => {}): Promise<RoomServer> {
      const current = started()
      await current.server.stop()
      await meanwhile()
      server = startServer(current.sandbox, options)
      return server
    },
    join(...args: Parameters<typeof connect>): Client {
      const client = connect(...args)
      clients.push(client)
      return client
    },
  }
}
