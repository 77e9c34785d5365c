import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { DEFAULT_HOST, DEFAULT_PORT } from './staticServer.mjs'

// JOURNEYBOARD_OUT_DIR: another build folder, as the e2e tests use for parallel runs.
const out = resolve(dirname(fileURLToPath(import.meta.url)), '..', process.env.JOURNEYBOARD_OUT_DIR || 'out')
const host = process.env.JOURNEYBOARD_HOST || DEFAULT_HOST
const port = Number(process.env.JOURNEYBOARD_PORT || DEFAULT_PORT)

if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error(`JOURNEYBOARD_PORT must be a port number (1-65535), not "${process.env.JOURNEYBOARD_PORT}".`)
  process.exit(1)
}

try {
  // The app and its room host (server/web.ts), built by `npm run build` into out/main.
  const { startWebHost, DEFAULT_ROOM_PORT } = await import(resolve(out, 'main', 'webHost.js'))
  const roomPort = Number(process.env.JOURNEYBOARD_ROOM_PORT || DEFAULT_ROOM_PORT)
  const server = await startWebHost({ rendererDir: resolve(out, 'renderer'), host, port, roomPort, storeDir: process.env.JOURNEYBOARD_ROOMS_DIR || undefined })
  const resumed = await server.rooms.resumeRooms()
  console.log(`Journeyboard is running at ${server.url}`)
  console.log('Your workshops are stored in this browser for that exact address. Press Ctrl+C to stop.')
  console.log(`Rooms you open are hosted on port ${roomPort} of this machine's network addresses while they are open.`)
  if (resumed.length > 0) console.log(`${resumed.length} room(s) left open by the last run are open again; participants reconnect on their own.`)
  const stop = async () => {
    await server.close()
    process.exit(0)
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
} catch (error) {
  if (error.code === 'ENOBUILD' || error.code === 'ERR_MODULE_NOT_FOUND') {
    console.error(`The web build is missing (${out}): run npm run build first.`)
  } else if (error.code === 'EADDRINUSE') {
    console.error(
      `something else is using port ${port}; set JOURNEYBOARD_PORT to another port (your data lives per address, so workshops saved on ${port} will not show on the new one).`,
    )
  } else {
    console.error(`Could not start the web server: ${error.message}`)
  }
  process.exit(1)
}
