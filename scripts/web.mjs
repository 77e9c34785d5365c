import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createStaticServer, DEFAULT_HOST, DEFAULT_PORT } from './staticServer.mjs'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'out', 'renderer')
const host = process.env.JOURNEYBOARD_HOST || DEFAULT_HOST
const port = Number(process.env.JOURNEYBOARD_PORT || DEFAULT_PORT)

if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error(`JOURNEYBOARD_PORT must be a port number (1-65535), not "${process.env.JOURNEYBOARD_PORT}".`)
  process.exit(1)
}

try {
  const server = await createStaticServer({ root, host, port })
  console.log(`Journeyboard is running at ${server.url}`)
  console.log('Your workshops are stored in this browser for that exact address. Press Ctrl+C to stop.')
  const stop = async () => {
    await server.close()
    process.exit(0)
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
} catch (error) {
  if (error.code === 'ENOBUILD') {
    console.error(`The web build is missing (${root}): run npm run build first.`)
  } else if (error.code === 'EADDRINUSE') {
    console.error(
      `something else is using port ${port}; set JOURNEYBOARD_PORT to another port (your data lives per address, so workshops saved on ${port} will not show on the new one).`,
    )
  } else {
    console.error(`Could not start the web server: ${error.message}`)
  }
  process.exit(1)
}
