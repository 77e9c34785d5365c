import { join } from 'node:path'
import { createRoomHosting, type RoomHostingHandler } from '../../server/hosting/handle'
import { createRoomServer, type RoomServer } from '../../server/room/roomServer'
import { DEFAULT_ROOM_PORT } from '../../server/web'
import { IpcChannels } from '../shared/ipc'
import type { IpcHandler } from './ipc/handlers'

export interface MainRoomHost {
  readonly rooms: RoomServer
  readonly hosting: RoomHostingHandler
  /** Where the app's own window joins its rooms; the page's policy allows exactly this. */
  readonly roomOrigin: string
}

/**
 * The desktop app's room host: the same Node module as `npm run room` and `npm run web`, with its
 * rooms' state in the app's user-data folder. A fixed port, so the page's policy can name it and
 * printed QR codes keep working across restarts.
 */
export function createMainRoomHost(options: { readonly rendererRoot: string; readonly userData: string; readonly port?: number }): MainRoomHost {
  const port = options.port ?? DEFAULT_ROOM_PORT
  const rooms = createRoomServer({ host: '0.0.0.0', port, staticRoot: options.rendererRoot, storeDir: join(options.userData, 'rooms') })
  return { rooms, hosting: createRoomHosting(rooms), roomOrigin: `ws://127.0.0.1:${port}` }
}

/** The one room channel: its payload is checked by the hosting itself (server/hosting/request.ts). */
export function createRoomIpcHandlers(hosting: RoomHostingHandler): Readonly<Record<typeof IpcChannels.roomRequest, IpcHandler>> {
  return {
    [IpcChannels.roomRequest]: (_context, args) => (args.length === 1 ? hosting(args[0]) : { ok: false, error: 'badRequest', message: 'one request at a time' }),
  }
}
