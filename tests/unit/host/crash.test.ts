import { spawn, type ChildProcess } from 'node:child_process'
import { createServer } from 'node:net'
import { createInterface } from 'node:readline'
import { join } from 'node:path'
import { build } from 'vite'
import { afterEach, describe, expect, it } from 'vitest'
import type { RoomHostInfo } from '../../../src/room/types'
import { connect, makeSandbox, setCardField, sleep, synced, waitFor, type Client, type Sandbox } from './support'

// The host is killed with SIGKILL mid-session: no exit handler, no final save. Everything a client
// had received from another client went through the host's fsync'd log first, so it must be there
// when the host comes back, and the clients must find their way back on their own.

const children: ChildProcess[] = []
const clients: Client[] = []
let sandbox: Sandbox | null = null

afterEach(async () => {
  for (const c of clients.splice(0)) c.destroy()
  for (const child of children.splice(0)) child.kill('SIGKILL')
  await sandbox?.cleanup()
})

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0))
    })
  })
}

/** The child's host as one plain ES module (vite is how this project builds TypeScript for Node). */
async function buildHostProcess(box: Sandbox): Promise<string> {
  const outDir = join(box.dir, 'host-process')
  await build({
    configFile: false,
    logLevel: 'warn',
    ssr: { noExternal: true },
    build: {
      ssr: 'tests/unit/host/hostProcess.ts',
      outDir,
      // ws loads these optional native helpers only if installed.
      rollupOptions: { external: ['bufferutil', 'utf-8-validate'], output: { entryFileNames: 'hostProcess.mjs', format: 'es' } },
    },
  })
  return join(outDir, 'hostProcess.mjs')
}

async function startHost(script: string, box: Sandbox, port: number): Promise<{ info: RoomHostInfo; loaded: string[]; child: ChildProcess }> {
  const child = spawn(process.execPath, [script, box.storeDir, box.staticRoot, String(port), 'crash'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  children.push(child)
  const line = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).once('line', resolve)
    child.once('exit', (code) => reject(new Error(`host exited with ${code}`)))
  })
  return { ...(JSON.parse(line) as { info: RoomHostInfo; loaded: string[] }), child }
}

describe('the host killed mid-session', () => {
  it('keeps every update another client had received, and clients reconnect', async () => {
    sandbox = await makeSandbox()
    const port = await freePort()
    const script = await buildHostProcess(sandbox)
    const first = await startHost(script, sandbox, port)
    expect(first.loaded).toEqual(['seed'])
    const people = ['ann', 'bob', 'cem'].map((pid) => {
      const client = connect(first.info, { code: first.info.code, pid })
      clients.push(client)
      return { pid, client }
    })
    await Promise.all(people.map((p) => synced(p.client)))

    let editing = true
    const counts = new Map(people.map((p) => [p.pid, 0]))
    const writers = people.map(async ({ pid, client }) => {
      while (editing) {
        const n = counts.get(pid)!
        setCardField(client.ydoc, `${pid}-${n}`, 'text', `edit ${n}`)
        counts.set(pid, n + 1)
        await sleep(5)
      }
    })
    await waitFor(() => [...counts.values()].every((n) => n > 40), 'edits under way')
    first.child.kill('SIGKILL')
    // What each client had received from the others at the moment of the kill.
    const received = new Set<string>()
    for (const { pid, client } of people) {
      for (const id of client.ydoc.getMap('cards').keys()) if (id !== 'seed' && !id.startsWith(`${pid}-`)) received.add(id)
    }
    editing = false
    await Promise.all(writers)
    expect(received.size).toBeGreaterThan(20)
    // The child may have gone while the writers finished: an 'exit' already emitted never comes again.
    if (first.child.exitCode === null && first.child.signalCode === null) await new Promise((r) => first.child.once('exit', r))

    const second = await startHost(script, sandbox, port)
    expect(second.info.code).toBe(first.info.code)
    const loaded = new Set(second.loaded)
    const lost = [...received].filter((id) => !loaded.has(id))
    expect(lost).toEqual([])
    // Seeded once: the seed card is there once, not a second copy of anything.
    expect(second.loaded.filter((id) => id === 'seed')).toHaveLength(1)

    // The clients come back by themselves and bring the edits the host never acknowledged.
    await waitFor(() => people.every((p) => p.client.provider.synced), 'clients to reconnect', 10_000)
    const total = [...counts.values()].reduce((a, b) => a + b, 0) + 1
    await waitFor(() => people.every((p) => p.client.ydoc.getMap('cards').size === total), 'clients to converge', 10_000)
    // Building the child's host with vite takes most of this on a busy two-core machine.
  }, 180_000)
})
