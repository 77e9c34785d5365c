import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type Browser, type Page } from 'playwright-core'
import { expect } from 'vitest'
import type { Point, Rect } from '../../src/domain/layout'
import * as Y from 'yjs'
import { CHROMIUM_ARGS } from '../../scripts/chromiumArgs.mjs'
import { loadSavedDocument } from '../../server/room/updateLog'
import type { JourneyDoc } from '../../src/domain'
import { parseJourneyFile } from '../../src/format'
import { RoomProjector } from '../../src/room/project'
import { PROJECT_ROOT } from './harness'
import { chromiumCandidates, HOW_TO_GET_A_RUNTIME, NoRuntimeError } from './runtime'
import { viewOnPage, type BoardView } from './scene'
import { existsSync } from 'node:fs'
import { isolated } from '../../src/i18n/isolated'

/**
 * The name participants' browsers use for the host. Not a loopback name on purpose: a page from
 * 127.0.0.1 counts as a secure context, a phone's page from the laptop's Wi-Fi address does not,
 * and the room must work for the phone.
 */
export const ROOM_HOSTNAME = 'room.test'

/**
 * `npm run web` in a child process, as a person starts it: the app on a loopback port plus the
 * room host. A child so the test can kill it the way a crash does (SIGKILL, no shutdown code).
 */
export interface WebHostProcess {
  readonly appUrl: string
  kill(): Promise<void>
  stop(): Promise<void>
}

export interface WebHostPorts {
  readonly appPort: number
  readonly roomPort: number
  readonly roomsDir: string
}

export async function startWebHostProcess({ appPort, roomPort, roomsDir }: WebHostPorts): Promise<WebHostProcess> {
  const child: ChildProcess = spawn(process.execPath, [join(PROJECT_ROOT, 'scripts', 'web.mjs')], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, JOURNEYBOARD_PORT: String(appPort), JOURNEYBOARD_ROOM_PORT: String(roomPort), JOURNEYBOARD_ROOMS_DIR: roomsDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const appUrl = await new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString()
      const match = /running at (http:\/\/\S+)/.exec(output)
      if (match) resolve(match[1]!)
    }
    child.stdout!.on('data', onData)
    child.stderr!.on('data', onData)
    child.once('exit', (code) => reject(new Error(`npm run web stopped (exit ${code}) before it was ready:\n${output}`)))
  })
  return {
    appUrl,
    async kill() {
      child.kill('SIGKILL')
      await exited
    },
    async stop() {
      child.kill('SIGTERM')
      await exited
    },
  }
}

/** A system Chromium, where participants' phones and laptops are contexts; it resolves the room's host name to this machine. */
export async function launchRoomBrowser(): Promise<Browser> {
  const executablePath = chromiumCandidates().find((path) => existsSync(path))
  // The room's participants are browsers whatever runs the facilitator's app: without one, fail and say how to get it.
  if (!executablePath) throw new NoRuntimeError(`The room's end-to-end test needs a Chromium for its participants. ${HOW_TO_GET_A_RUNTIME}`)
  return chromium.launch({ executablePath, headless: true, args: [...CHROMIUM_ARGS, `--host-resolver-rules=MAP ${ROOM_HOSTNAME} 127.0.0.1`] })
}

/** What every room spec stands on: a rooms folder of its own, the participants' browser and the web host serving both. */
export interface RoomBench {
  readonly browser: Browser
  readonly host: WebHostProcess
  readonly roomsDir: string
  /** Closes the browser, stops the host and removes the rooms folder. */
  close(): Promise<void>
}

export async function openRoomBench(name: string, ports: Omit<WebHostPorts, 'roomsDir'>): Promise<RoomBench> {
  const roomsDir = await mkdtemp(join(tmpdir(), `journeyboard-${name}-`))
  let browser: Browser | undefined
  let host: WebHostProcess
  try {
    browser = await launchRoomBrowser()
    host = await startWebHostProcess({ ...ports, roomsDir })
  } catch (error) {
    await browser?.close()
    await rm(roomsDir, { recursive: true, force: true })
    throw error
  }
  return {
    browser,
    host,
    roomsDir,
    async close() {
      await browser.close()
      await host.stop()
      await rm(roomsDir, { recursive: true, force: true })
    },
  }
}

/** What everyone must agree on for each card: where it is, what it says and how it feels. */
export function cardSummary(doc: Pick<JourneyDoc, 'cards'>): string[] {
  return Object.values(doc.cards)
    .map((c) => `${c.text} | ${c.sentiment} | ${c.place.kind === 'cell' ? `${c.place.laneId}/${c.place.stepId}` : 'free'}`)
    .sort()
}

/** Presses a participant's Download button and reads the `.journey` it saved, as the person's copy of the map. */
export async function downloadedDoc(page: Page, button = page.getByTestId('participant-download')): Promise<JourneyDoc> {
  const download = page.waitForEvent('download')
  await button.click()
  const path = await (await download).path()
  const loaded = parseJourneyFile(await readFile(path, 'utf8'))
  if (!loaded.ok) throw new Error(`the downloaded map does not open: ${loaded.error.kind}`)
  return loaded.value.doc
}

/** The map as the host has it on disk (snapshot plus update log), projected the way every client projects it. */
export async function hostSavedDoc(roomsDir: string, roomId: string): Promise<JourneyDoc> {
  const saved = await loadSavedDocument(join(roomsDir, roomId))
  const ydoc = new Y.Doc()
  for (const update of saved.updates) Y.applyUpdate(ydoc, update)
  const doc = new RoomProjector(ydoc).project()
  if (!doc) throw new Error('the host saved no readable map')
  return doc
}

/** A page point as the (x, y) pair mouse methods take. */
export function xy(p: Point): [number, number] {
  return [p.x, p.y]
}

/** Whether `check` holds for `summary` (an expectation tried without failing the test). */
export function passes(check: (summary: string[]) => void, summary: string[]): boolean {
  try {
    check(summary)
    return true
  } catch {
    return false
  }
}

/** On the phone: the lane's Add button, the text, a sentiment, Save, as a thumb does it. */
export async function phoneAddsCard(page: Page, laneTitle: string, text: string, sentiment: string): Promise<void> {
  await page.getByRole('button', { name: `Add a card to ${isolated(laneTitle)}` }).tap()
  const sheet = page.getByRole('dialog', { name: 'New card' })
  await sheet.getByLabel('Text').fill(text)
  await sheet.getByRole('button', { name: sentiment }).tap()
  await sheet.getByRole('button', { name: 'Save' }).tap()
  await sheet.waitFor({ state: 'detached' })
  await page.getByText(text).waitFor()
}

/** Presence states a page sent to its room, by participant id: the last view each one showed. */
const sentViews = new WeakMap<Page, Map<string, Rect | null>>()

/** The JSON object starting at `start` in `text`, braces inside strings skipped; null if it does not close. */
function objectAt(text: string, start: number): string | null {
  let depth = 0
  let inString = false
  for (let i = start; i < text.length; i++) {
    const c = text[i]
    if (inString) {
      if (c === '\\') i++
      else if (c === '"') inString = false
    } else if (c === '"') inString = true
    else if (c === '{') depth++
    else if (c === '}' && --depth === 0) return text.slice(start, i + 1)
  }
  return null
}

/**
 * Listens to what `page` tells its room about the part of the map on its screen: the presence's
 * view, the frame other people's screens follow. Call it before the page joins; `participantView`
 * reads it. Awareness states travel as JSON text inside binary frames, and a frame may carry other
 * people's states too (answering the host's query): each is kept under its own participant id.
 */
export function listenToPublishedView(page: Page): void {
  const views = new Map<string, Rect | null>()
  sentViews.set(page, views)
  page.on('websocket', (socket) =>
    socket.on('framesent', ({ payload }) => {
      const text = typeof payload === 'string' ? payload : payload.toString('utf8')
      for (let at = text.indexOf('{"participantId":'); at >= 0; at = text.indexOf('{"participantId":', at + 1)) {
        const json = objectAt(text, at)
        const state = json ? (JSON.parse(json) as { participantId?: string; view?: Rect | null }) : null
        if (state?.participantId && 'view' in state) views.set(state.participantId, state.view ?? null)
      }
    }),
  )
}

/**
 * A laptop participant's board as it shows the map now. A participant's page keeps no database to
 * read a saved view from: its view is the one it last told the room, once it has held still.
 */
export async function participantView(page: Page): Promise<BoardView> {
  const board = page.getByTestId('board')
  await board.waitFor()
  const own = await page.evaluate(() => localStorage.getItem('journeyboard.room.participant'))
  const views = sentViews.get(page)
  if (!own || !views) throw new Error('listenToPublishedView(page) was not called before the page joined')
  let previous = ''
  await expect
    .poll(
      () => {
        const now = JSON.stringify(views.get(own) ?? null)
        const still = now !== 'null' && now === previous
        previous = now
        return still
      },
      { timeout: 10_000, interval: 300 },
    )
    .toBe(true)
  const view = views.get(own)!
  const box = (await board.boundingBox())!
  return viewOnPage(page, { x: view.x, y: view.y, zoom: box.width / view.width })
}
