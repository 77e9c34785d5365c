// The room under a workshop's load: N participants on loopback, each editing a card twice a
// second, against the built host (out/main/roomServer.js) in its own process so its CPU and
// memory are its own. Reports edit-to-arrival latency at the other clients, host CPU and memory,
// the document's size before and after compaction, and whether everyone converged.
//
//   npm run bench:room                       30 clients, 60 s
//   node bench/room.mjs --seconds=10 --clients=10
//   JOURNEYBOARD_OUT_DIR=out-host node bench/room.mjs   (a build made elsewhere)
import { fork } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const OUT = resolve(fileURLToPath(new URL('..', import.meta.url)), process.env.JOURNEYBOARD_OUT_DIR ?? 'out')
const SEEDED_CARDS = 200
const BAR = { p95Ms: 150, memoryMiB: 300 }

function arg(name, fallback) {
  const found = process.argv.find((a) => a.startsWith(`--${name}=`))
  const value = found ? Number(found.split('=')[1]) : fallback
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} must be a positive number`)
  return value
}

/** Sorted keys, so two replicas that inserted in different orders compare equal. */
function canonical(value) {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`
  if (value && typeof value === 'object') return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`).join(',')}}`
  return JSON.stringify(value)
}

const cardsOf = (ydoc) => canonical(ydoc.getMap('cards').toJSON())

// ---- The host process ------------------------------------------------------------------------

async function runHost() {
  const { createRoomServer, Y: HostY } = await import(pathToFileURL(join(OUT, 'main', 'roomServer.js')).href)
  const storeDir = await mkdtemp(join(tmpdir(), 'jb-room-bench-'))
  const server = createRoomServer({ host: '127.0.0.1', port: 0, staticRoot: join(OUT, 'renderer'), storeDir })
  const info = await server.openRoom({
    roomId: 'bench',
    seed: (ydoc) => {
      const cards = ydoc.getMap('cards')
      for (let i = 0; i < SEEDED_CARDS; i++) {
        const card = new HostY.Map()
        for (const [k, v] of Object.entries({ id: `seed-${i}`, stepId: `step-${i % 12}`, laneId: `lane-${i % 6}`, text: `Seeded card ${i}`, color: 'yellow', x: i * 10, y: i * 5, order: `a${i}` })) card.set(k, v)
        cards.set(`seed-${i}`, card)
      }
    },
  })
  const startCpu = process.cpuUsage()
  const startWall = performance.now()
  let peakRss = 0
  let peakHeap = 0
  const sample = setInterval(() => {
    const m = process.memoryUsage()
    peakRss = Math.max(peakRss, m.rss)
    peakHeap = Math.max(peakHeap, m.heapUsed)
  }, 250)
  const snapshot = () => {
    const cpu = process.cpuUsage(startCpu)
    const wallMs = performance.now() - startWall
    const m = process.memoryUsage()
    return { cpuPercent: ((cpu.user + cpu.system) / 1000 / wallMs) * 100, rss: m.rss, heapUsed: m.heapUsed, peakRss: Math.max(peakRss, m.rss), peakHeap: Math.max(peakHeap, m.heapUsed), room: server.stats('bench') }
  }
  process.on('message', async (message) => {
    if (message.type === 'snapshot') process.send({ type: 'snapshot', snapshot: snapshot(), cards: cardsOf(server.getDoc('bench')) })
    if (message.type === 'compact') {
      const before = server.stats('bench')
      await server.compact('bench')
      process.send({ type: 'compacted', before, after: server.stats('bench'), encoded: HostY.encodeStateAsUpdate(server.getDoc('bench')).length })
    }
    if (message.type === 'stop') {
      clearInterval(sample)
      await server.stop()
      await rm(storeDir, { recursive: true, force: true })
      process.exit(0)
    }
  })
  process.send({ type: 'ready', info })
}

// ---- The participants ------------------------------------------------------------------------

function ask(child, type, answer) {
  return new Promise((resolveAnswer) => {
    const onMessage = (message) => {
      if (message.type !== answer) return
      child.off('message', onMessage)
      resolveAnswer(message)
    }
    child.on('message', onMessage)
    child.send({ type })
  })
}

function percentile(sorted, p) {
  return sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]
}

async function waitUntil(check, timeoutMs) {
  const start = Date.now()
  while (!check()) {
    if (Date.now() - start > timeoutMs) return false
    await new Promise((r) => setTimeout(r, 20))
  }
  return true
}

async function runBench() {
  // Imported here, not at the top: the host process loads only the built host's own Yjs.
  const { default: WebSocket } = await import('ws')
  const { WebsocketProvider } = await import('y-websocket')
  const Y = await import('yjs')
  const seconds = arg('seconds', 60)
  const clientCount = arg('clients', 30)
  const editsPerSecond = 2
  process.setMaxListeners(clientCount + 10) // each provider listens for the process's exit
  const host = fork(fileURLToPath(import.meta.url), ['--host'], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] })
  const { info } = await new Promise((r) => host.once('message', r))
  const latencies = []
  const clients = []
  for (let i = 0; i < clientCount; i++) {
    const ydoc = new Y.Doc()
    const provider = new WebsocketProvider(`ws://127.0.0.1:${info.port}/room`, info.roomId, ydoc, {
      WebSocketPolyfill: WebSocket,
      params: { code: info.code, pid: `p${i}` },
      disableBc: true,
    })
    provider.awareness.setLocalState({ participantId: `p${i}`, name: `Person ${i}`, color: '#336699', access: 'edit', cursor: null, view: null, editing: null })
    // Every edit carries its send time in the text; the other clients time its arrival.
    ydoc.getMap('cards').observeDeep((events, transaction) => {
      if (transaction.local) return
      const now = performance.now()
      for (const event of events) {
        const target = event.target
        if (target === ydoc.getMap('cards')) continue
        if (!event.keysChanged.has('text')) continue
        const stamp = /@(\d+(?:\.\d+)?)$/.exec(String(target.get('text')))
        if (stamp) latencies.push(now - Number(stamp[1]))
      }
    })
    clients.push({ ydoc, provider, made: 0 })
  }
  await waitUntil(() => clients.every((c) => c.provider.synced), 30_000)
  const sizeAtStart = (await ask(host, 'snapshot', 'snapshot')).snapshot.room

  let edits = 0
  // Each person on their own phase: real people do not type in lockstep, and 30 edits in the same
  // millisecond would measure the simulation's own queue rather than the room.
  const timers = []
  const edit = (client, i) => {
    const cards = client.ydoc.getMap('cards')
    const stamp = `@${performance.now()}`
    client.ydoc.transact(() => {
      const roll = Math.random()
      if (roll < 0.1) {
        // A new card, as the board makes them: a Y.Map of its fields.
        const id = `p${i}-${client.made++}`
        const card = new Y.Map()
        for (const [k, v] of Object.entries({ id, stepId: `step-${i % 12}`, laneId: `lane-${i % 6}`, color: 'blue', x: i * 30, y: client.made * 20, order: `b${client.made}`, text: `New card by p${i} ${stamp}` })) card.set(k, v)
        cards.set(id, card)
      } else {
        const card = cards.get(`seed-${Math.floor(Math.random() * SEEDED_CARDS)}`)
        if (roll < 0.3) {
          card.set('x', Math.round(Math.random() * 4000))
          card.set('y', Math.round(Math.random() * 2000))
        }
        card.set('text', `Edited by p${i}: ${'the customer waits at the counter '.slice(0, 10 + Math.floor(Math.random() * 24))}${stamp}`)
      }
    })
    edits++
  }
  clients.forEach((client, i) => {
    const period = 1000 / editsPerSecond
    timers.push(setTimeout(() => timers.push(setInterval(() => edit(client, i), period)), (i * period) / clientCount))
  })
  const memorySamples = []
  const memoryTimer = setInterval(async () => memorySamples.push((await ask(host, 'snapshot', 'snapshot')).snapshot), 5000)
  await new Promise((r) => setTimeout(r, seconds * 1000))
  for (const t of timers) clearTimeout(t)
  clearInterval(memoryTimer)

  // Quiet: wait until every client holds what the host holds.
  let final = await ask(host, 'snapshot', 'snapshot')
  const converged = await waitUntil(() => clients.every((c) => c.provider.synced), 10_000)
  let diverged = clients.length
  for (let attempt = 0; attempt < 50 && diverged > 0; attempt++) {
    await new Promise((r) => setTimeout(r, 200))
    final = await ask(host, 'snapshot', 'snapshot')
    diverged = clients.filter((c) => cardsOf(c.ydoc) !== final.cards).length
  }
  const compacted = await ask(host, 'compact', 'compacted')

  latencies.sort((a, b) => a - b)
  const mib = (bytes) => Math.round((bytes / 1024 / 1024) * 10) / 10
  const kib = (bytes) => Math.round((bytes / 1024) * 10) / 10
  const peakRss = Math.max(final.snapshot.peakRss, ...memorySamples.map((s) => s.peakRss))
  const result = {
    clients: clientCount,
    seconds,
    edits,
    arrivals: latencies.length,
    latencyMs: { p50: Math.round(percentile(latencies, 50)), p95: Math.round(percentile(latencies, 95)), max: Math.round(latencies.at(-1) ?? NaN) },
    hostAckMs: final.snapshot.room.ackMs,
    host: { cpuPercent: Math.round(final.snapshot.cpuPercent), peakRssMiB: mib(peakRss), peakHeapMiB: mib(final.snapshot.peakHeap), rssMiBAtEnd: mib(final.snapshot.rss) },
    documentKiB: {
      atStart: kib(sizeAtStart.docBytes),
      beforeCompaction: { state: kib(compacted.before.stateBytes), log: kib(compacted.before.logBytes), total: kib(compacted.before.docBytes) },
      afterCompaction: kib(compacted.after.stateBytes),
    },
    converged: converged && diverged === 0,
    divergedClients: diverged,
    closedTooMuch: final.snapshot.room.closedTooMuch,
    saveFailures: final.snapshot.room.saveFailures,
  }
  console.log(JSON.stringify(result, null, 2))
  const failures = []
  if (!(result.latencyMs.p95 < BAR.p95Ms)) failures.push(`p95 ${result.latencyMs.p95} ms ≥ ${BAR.p95Ms} ms`)
  if (!result.converged) failures.push(`${diverged} clients diverged`)
  if (!(result.host.peakRssMiB < BAR.memoryMiB)) failures.push(`host memory ${result.host.peakRssMiB} MiB ≥ ${BAR.memoryMiB} MiB`)
  if (result.closedTooMuch > 0) failures.push(`${result.closedTooMuch} well-behaved clients were closed for breaking limits`)
  console.log(failures.length === 0 ? 'room bench: within the bar' : `room bench: FAILED: ${failures.join('; ')}`)

  for (const c of clients) c.provider.destroy()
  host.send({ type: 'stop' })
  await new Promise((r) => host.once('exit', r))
  process.exit(failures.length === 0 ? 0 : 1)
}

if (process.argv.includes('--host')) await runHost()
else await runBench()
