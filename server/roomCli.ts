// `npm run room -- path/to/map.journey`: hosts a map's room from a terminal, for a machine without
// the desktop app (or a small box in the room). Participants join in their browsers as from the
// app; the file is kept up to date with everyone's edits (atomic writes), so closing the room
// leaves a .journey that opens anywhere.
import { readFile, stat } from 'node:fs/promises'
import { homedir } from 'node:os'
import { basename, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseJourneyFile, serializeDoc, stringifyEnvelope, describeImportError } from '../src/format'
import { LIMITS } from '../src/domain/limits'
import type { JourneyDoc } from '../src/domain'
import { RoomProjector } from '../src/room/project'
import { seedRoomDoc } from '../src/room/shape'
import { ROOM_WS_PATH } from '../src/room/types'
import pkg from '../package.json'
import en from '../src/i18n/locales/en.json'
import { writeFileAtomic } from './room/files'
import { createRoomServer } from './room/roomServer'
import { DEFAULT_ROOM_PORT } from './web'

const SAVE_DELAY_MS = 500

/** The app's own English words for a message key, so the terminal says what the app would. */
function english(key: string, values: Record<string, unknown>): string {
  let node: unknown = en
  for (const part of key.split('.')) node = node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined
  const text = typeof node === 'string' ? node : key
  return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? ''))
}

function fail(message: string): never {
  console.error(message)
  process.exit(1)
}

async function readMap(path: string): Promise<JourneyDoc> {
  let size: number
  try {
    size = (await stat(path)).size
  } catch {
    fail(`There is no file at ${path}. Give the path of a .journey file: npm run room -- path/to/map.journey`)
  }
  if (size > LIMITS.bytes) fail(`${path} is ${size} bytes; a map file may be at most ${LIMITS.bytes}.`)
  const loaded = parseJourneyFile(await readFile(path, 'utf8'))
  if (!loaded.ok) {
    const described = describeImportError(loaded.error)
    fail(`${basename(path)} could not be read: ${english(described.key, described.values)}`)
  }
  const repaired = loaded.value.repairs.reduce((sum, r) => sum + r.count, 0)
  if (repaired > 0) console.log(`${repaired} things in the file were repaired on the way in; the file is rewritten with them.`)
  return loaded.value.doc
}

async function main(): Promise<void> {
  const arg = process.argv.slice(2).find((a) => !a.startsWith('--'))
  if (!arg) fail('Which map? npm run room -- path/to/map.journey')
  const file = resolve(arg)
  const doc = await readMap(file)
  const port = Number(process.env.JOURNEYBOARD_ROOM_PORT || DEFAULT_ROOM_PORT)
  const rooms = createRoomServer({
    host: process.env.JOURNEYBOARD_ROOM_HOST || '0.0.0.0',
    port,
    staticRoot: fileURLToPath(new URL('../renderer', import.meta.url)),
    storeDir: process.env.JOURNEYBOARD_ROOMS_DIR || join(homedir(), '.journeyboard', 'rooms'),
    log: (event, details) => {
      if (event.endsWith('Failed') || event === 'room.tornLog') console.error(event, details ?? '')
    },
  })
  let info
  try {
    // A room left open by a killed run of this command reopens with every edit it had.
    info = await rooms.openRoom({ roomId: doc.map.id, seed: (ydoc, generation) => seedRoomDoc(ydoc, doc, generation) })
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'EADDRINUSE') fail(`Something else is using port ${port}; set JOURNEYBOARD_ROOM_PORT to another port.`)
    if (code === 'ENOBUILD') fail('The app is not built: run npm run build (npm run room does it for you).')
    fail(`The room could not open: ${error instanceof Error ? error.message : String(error)}`)
  }

  // Keep the file in step with the room: projected like every client does, written atomically.
  const ydoc = rooms.getDoc(info.roomId)
  const projector = new RoomProjector(ydoc)
  let timer: ReturnType<typeof setTimeout> | null = null
  let writing = Promise.resolve()
  const save = () => {
    timer = null
    const projected = projector.project(projector.current)
    if (!projected) return
    const text = stringifyEnvelope(serializeDoc(projected, { name: 'Journeyboard', version: pkg.version }))
    writing = writing.then(() => writeFileAtomic(file, text)).catch((error: unknown) => console.error(`Could not save ${file}: ${String(error)}`))
  }
  ydoc.on('update', () => {
    timer ??= setTimeout(save, SAVE_DELAY_MS)
  })

  const lan = info.addresses.filter((a) => a.kind === 'lan' || a.kind === 'other')
  console.log(`The room for "${doc.map.title}" is open. Participants scan or open:`)
  for (const address of lan.length > 0 ? lan : info.addresses) console.log(`  ${address.joinUrl}   (${address.interfaceName})`)
  if (lan.length === 0) console.log('  No network address a phone could use was found: join a Wi-Fi network, or turn on this machine’s hotspot.')
  const first = (lan[0] ?? info.addresses[0])?.address ?? '127.0.0.1'
  console.log(`View only: ${(lan[0] ?? info.addresses[0])?.viewUrl ?? ''}`)
  console.log(`For other y-websocket clients: ws://${first}:${info.port}${ROOM_WS_PATH}/${info.roomId}?code=${info.code}`)
  console.log(`Room code: ${info.shortCode}. Edits are saved into ${file}. Press Ctrl+C to close the room.`)

  const stop = async () => {
    if (timer) clearTimeout(timer)
    save()
    await writing
    await rooms.closeRoom(info.roomId, { end: true })
    projector.dispose()
    console.log(`The room is closed; ${basename(file)} holds everyone's edits.`)
    process.exit(0)
  }
  process.on('SIGINT', () => void stop())
  process.on('SIGTERM', () => void stop())
}

void main()
