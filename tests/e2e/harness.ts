import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { _electron, chromium, type BrowserContext, type ElectronApplication, type Page } from 'playwright-core'
import { CHROMIUM_ARGS } from '../../scripts/chromiumArgs.mjs'
import { createStaticServer, type StaticServer } from '../../scripts/staticServer.mjs'
import { runtimeFromEnvironment, type Runtime, type RuntimeKind } from './runtime'

export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')
/** JOURNEYBOARD_OUT_DIR lets parallel runs test their own build instead of sharing out/. */
const OUT_DIR = resolve(PROJECT_ROOT, process.env.JOURNEYBOARD_OUT_DIR ?? 'out')
export const RENDERER_DIR = join(OUT_DIR, 'renderer')
export const MAIN_ENTRY = join(OUT_DIR, 'main', 'index.js')
export const SCREENSHOT_DIR = join(PROJECT_ROOT, 'test-results', 'screenshots')

/**
 * Fixed, because IndexedDB belongs to the origin: a restart on another port would open an empty
 * database. 5198 rather than 5199 so a developer's `npm run web` can keep running during tests.
 */
export const E2E_HOST = '127.0.0.1'
export const E2E_PORT = Number(process.env.JOURNEYBOARD_E2E_PORT || 5198)


export interface LaunchOptions {
  /** The profile to use; a fresh temporary one when omitted (and removed again on close). */
  readonly userDataDir?: string
  /** The system's language as the operating system tells the app (a BCP 47 tag); en-US when omitted. */
  readonly locale?: string
}

export interface App {
  readonly page: Page
  readonly kind: RuntimeKind
  readonly userDataDir: string
  /** Page errors and console errors since launch; specs assert it stays empty. */
  readonly errors: string[]
  /** Every URL the page requested since launch. */
  readonly requests: string[]
  close(): Promise<void>
  /** Closes the app and launches it again on the same profile, as a person quitting and reopening it. */
  restart(): Promise<App>
}

let runtimeCache: Runtime | undefined
function runtime(): Runtime {
  runtimeCache ??= runtimeFromEnvironment(PROJECT_ROOT)
  return runtimeCache
}

/** One server for every app open in this process; a second listener on the fixed port would fail. */
let shared: { server: Promise<StaticServer>; users: number } | undefined

async function acquireServer(): Promise<StaticServer> {
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) {
    throw new Error(`The built renderer is missing (${RENDERER_DIR}): run npm run build first (npm run test:e2e does).`)
  }
  if (!shared) {
    const server = createStaticServer({ root: RENDERER_DIR, host: E2E_HOST, port: E2E_PORT }).catch((error: unknown) => {
      if (error instanceof Error && (error as { code?: string }).code === 'EADDRINUSE') {
        throw new Error(`something else is using port ${E2E_PORT}, the e2e tests' fixed port; stop it or set JOURNEYBOARD_E2E_PORT`)
      }
      throw error
    })
    shared = { server, users: 0 }
    server.catch(() => {
      shared = undefined
    })
  }
  shared.users++
  return shared.server
}

async function releaseServer(): Promise<void> {
  if (!shared) return
  shared.users--
  if (shared.users > 0) return
  const { server } = shared
  shared = undefined
  await (await server).close()
}

function watch(page: Page, errors: string[], requests: string[]): void {
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`))
  page.on('console', (message) => {
    if (message.type() !== 'error') return
    const where = message.location().url
    errors.push(`console.error: ${message.text()}${where ? ` (${where})` : ''}`)
  })
  page.on('request', (request) => requests.push(request.url()))
}

interface Running {
  page: Page
  errors: string[]
  requests: string[]
  stop(): Promise<void>
}

async function startChromium(executablePath: string, userDataDir: string, locale: string): Promise<Running> {
  const server = await acquireServer()
  let context: BrowserContext
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath,
      headless: true,
      args: [...CHROMIUM_ARGS],
      viewport: { width: 1440, height: 900 },
      locale,
    })
  } catch (error) {
    await releaseServer()
    throw error
  }
  const errors: string[] = []
  const requests: string[] = []
  const page = context.pages()[0] ?? (await context.newPage())
  watch(page, errors, requests)
  await page.goto(`${server.url}/`, { waitUntil: 'load' })
  return {
    page,
    errors,
    requests,
    stop: async () => {
      await context.close()
      await releaseServer()
    },
  }
}

async function startElectron(executablePath: string, userDataDir: string, locale: string): Promise<Running> {
  if (!existsSync(MAIN_ENTRY)) {
    throw new Error(`The built main process is missing (${MAIN_ENTRY}): run npm run build first (npm run test:e2e does).`)
  }
  // Main pins userData to <appData>/Journeyboard, so the profile is chosen through appData's source.
  const env: Record<string, string> = {
    ...(Object.fromEntries(Object.entries(process.env).filter(([, v]) => v !== undefined)) as Record<string, string>),
    XDG_CONFIG_HOME: userDataDir,
    APPDATA: userDataDir,
    LANG: `${locale.replace('-', '_')}.UTF-8`,
    ...(process.platform === 'darwin' ? { HOME: userDataDir } : {}),
  }
  const runningAsRoot = typeof process.getuid === 'function' && process.getuid() === 0
  const app: ElectronApplication = await _electron.launch({
    executablePath,
    // Chromium refuses to start as root with its sandbox on (CI containers run as root).
    args: [...(runningAsRoot ? ['--no-sandbox'] : []), `--lang=${locale}`, MAIN_ENTRY],
    cwd: PROJECT_ROOT,
    env,
  })
  const errors: string[] = []
  const requests: string[] = []
  const page = await app.firstWindow()
  watch(page, errors, requests)
  await page.waitForLoadState('load')
  return { page, errors, requests, stop: () => app.close() }
}

async function start(userDataDir: string, locale: string): Promise<Running> {
  const { kind, executablePath } = runtime()
  return kind === 'electron' ? startElectron(executablePath, userDataDir, locale) : startChromium(executablePath, userDataDir, locale)
}

/**
 * Launches the built app like a person would: the Electron app when its binary is installed,
 * otherwise the web build in a system Chromium. Throws (never skips) when neither is available.
 */
export async function launchApp(options: LaunchOptions = {}): Promise<App> {
  const { kind } = runtime()
  const ownsProfile = options.userDataDir === undefined
  const userDataDir = options.userDataDir ?? (await mkdtemp(join(tmpdir(), 'journeyboard-e2e-')))
  const locale = options.locale ?? 'en-US'
  if (!ownsProfile) await mkdir(userDataDir, { recursive: true })

  const wrap = (running: Running): App => {
    let closed = false
    const stop = async () => {
      if (closed) return
      closed = true
      await running.stop()
    }
    return {
      page: running.page,
      kind,
      userDataDir,
      errors: running.errors,
      requests: running.requests,
      close: async () => {
        await stop()
        if (ownsProfile) await rm(userDataDir, { recursive: true, force: true })
      },
      restart: async () => {
        await stop()
        return wrap(await start(userDataDir, locale))
      },
    }
  }

  try {
    return wrap(await start(userDataDir, locale))
  } catch (error) {
    if (ownsProfile) await rm(userDataDir, { recursive: true, force: true })
    throw error
  }
}

/** Saves a full-page PNG under test-results/screenshots/ and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  await mkdir(SCREENSHOT_DIR, { recursive: true })
  const path = join(SCREENSHOT_DIR, `${name.replace(/[^\w.-]+/g, '-')}.png`)
  await page.screenshot({ path, fullPage: true })
  return path
}

// The node project has no DOM lib, so the few IndexedDB shapes used inside the page are spelled out here.
interface IdbRequestLike<T> {
  result: T
  error: unknown
  onsuccess: (() => void) | null
  onerror: (() => void) | null
  onblocked?: (() => void) | null
}
interface IdbDatabaseLike {
  objectStoreNames: { contains(name: string): boolean; length: number; item(index: number): string | null }
  transaction(store: string, mode: 'readonly'): { objectStore(name: string): { getAll(): IdbRequestLike<unknown[]> } }
  close(): void
}
interface IdbFactoryLike {
  databases(): Promise<Array<{ name?: string }>>
  open(name: string): IdbRequestLike<IdbDatabaseLike>
}

/**
 * All rows of one object store of the app's database, read with the raw IndexedDB API so the
 * test sees what is really stored rather than what the app's code believes it wrote.
 */
export async function readDb<T = Record<string, unknown>>(page: Page, table: string, dbName = 'journeyboard'): Promise<T[]> {
  const rows = await page.evaluate(
    async ({ table, dbName }) => {
      const idb = (globalThis as unknown as { indexedDB: IdbFactoryLike }).indexedDB
      // Opening a database that does not exist would create an empty one under the app's feet.
      const known = await idb.databases()
      if (!known.some((db) => db.name === dbName)) throw new Error(`IndexedDB has no database "${dbName}" yet`)
      const db = await new Promise<IdbDatabaseLike>((resolveOpen, rejectOpen) => {
        const request = idb.open(dbName)
        request.onsuccess = () => resolveOpen(request.result)
        request.onerror = () => rejectOpen(request.error)
        request.onblocked = () => rejectOpen(new Error(`opening "${dbName}" was blocked`))
      })
      try {
        if (!db.objectStoreNames.contains(table)) {
          const names = Array.from({ length: db.objectStoreNames.length }, (_, i) => db.objectStoreNames.item(i))
          throw new Error(`"${dbName}" has no store "${table}"; it has ${names.join(', ')}`)
        }
        return await new Promise<unknown[]>((resolveRead, rejectRead) => {
          const request = db.transaction(table, 'readonly').objectStore(table).getAll()
          request.onsuccess = () => resolveRead(request.result)
          request.onerror = () => rejectRead(request.error)
        })
      } finally {
        db.close()
      }
    },
    { table, dbName },
  )
  return rows as T[]
}
