// The host in a child process, for the crash test: opens one room and prints its info and what it
// loaded from disk as one JSON line, then serves until killed.
import { createRoomServer } from '../../../server/room/roomServer'
import { setCardField } from './support'

const [storeDir, staticRoot, port, roomId] = process.argv.slice(2)
const server = createRoomServer({ host: '127.0.0.1', port: Number(port), staticRoot: staticRoot!, storeDir: storeDir!, limits: { messagesPerSecond: 1000, messageBurst: 1000 } })
const info = await server.openRoom({ roomId: roomId!, seed: (ydoc) => setCardField(ydoc, 'seed', 'text', 'seeded') })
// Read in the same tick openRoom resolved, before any socket is served: exactly what the disk held.
const loaded = [...server.getDoc(roomId!).getMap('cards').keys()]
process.stdout.write(`${JSON.stringify({ info, loaded })}\n`)
