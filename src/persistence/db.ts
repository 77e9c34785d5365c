import Dexie, { type DBCore, type Table, type Transaction } from 'dexie'
import type { Action, Card, EmotionPoint, Job, JourneyMap, Lane, Link, Persona, Stage, Step, Workshop } from '../domain'
import type { Agenda, FacilitatorControl, VoteRecord } from '../domain/facilitation'

export const DEFAULT_DB_NAME = 'journeyboard'

/** A map as stored: the map record plus the file-format version its rows were written with. */
export type MapRow = JourneyMap & { readonly formatVersion: number }

/** A map's facilitation (agenda and vote history), one row per map, keyed by the map's id. */
export interface FacilitationRow {
  readonly mapId: string
  readonly agenda: Agenda | null
  readonly votes: readonly VoteRecord[]
  /** The facilitator's locks and timer setting; absent on rows from before them (read as nothing locked). */
  readonly control?: FacilitatorControl
}

export interface PrefRow {
  readonly key: string
  readonly value: unknown
}

/** The tables whose rows belong to one map and are found by `mapId`. */
export const MAP_TABLES = ['stages', 'steps', 'lanes', 'cards', 'links', 'emotions', 'actions'] as const
/** The tables whose rows belong to a workshop and are shared by all its maps. */
export const PEOPLE_TABLES = ['personas', 'jobs'] as const
export type MapTable = (typeof MAP_TABLES)[number]
export type PeopleTable = (typeof PEOPLE_TABLES)[number]

/**
 * The map tables this database has: all of them, except in one opened at an older schema (a
 * test's) or read-only from one that never had the plan, where a map simply has no actions.
 */
export function mapTables(db: Dexie): MapTable[] {
  const present = new Set(db.tables.map((t) => t.name))
  return MAP_TABLES.filter((t) => present.has(t))
}

export interface SchemaVersion {
  readonly version: number
  readonly stores: Readonly<Record<string, string | null>>
  /** Runs inside the version-change transaction when a database older than `version` is opened. */
  readonly upgrade?: (tx: Transaction) => PromiseLike<unknown> | void
}

/**
 * Dexie schema versions describe indexes only (records are stored whole), so a version is added
 * when a `where()` needs a new index, or when rows need rewriting (with an `upgrade` step).
 * A version 2 is appended here as `{ version: 2, stores: { ...changed tables }, upgrade }`.
 */
export const SCHEMA: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      workshops: 'id',
      maps: 'id, workshopId',
      stages: 'id, mapId',
      steps: 'id, mapId',
      lanes: 'id, mapId',
      cards: 'id, mapId',
      links: 'id, mapId',
      emotions: 'id, mapId',
      personas: 'id, workshopId',
      jobs: 'id, workshopId',
      prefs: 'key',
    },
  },
  // A facilitator's own touchpoints and saved templates: not a workshop's, so kept by id alone.
  { version: 2, stores: { libraryEntries: 'id', templates: 'id' } },
  // A map's agenda and vote history: one row per map, found by the map's id alone.
  { version: 3, stores: { facilitation: 'mapId' } },
  // A map's action plan (format version 4): rows of one map, found by its id like cards.
  { version: 4, stores: { actions: 'id, mapId' } },
]

export class ReadOnlyDatabaseError extends Error {
  override readonly name = 'ReadOnlyDatabaseError'
  constructor() {
    super('This database was written by a newer version of Journeyboard; it is open read-only.')
  }
}

export class NewerDatabaseError extends Error {
  override readonly name = 'NewerDatabaseError'
  constructor(
    readonly installedVersion: number,
    readonly supportedVersion: number,
  ) {
    super(`The database has schema version ${installedVersion}; this app knows up to ${supportedVersion}.`)
  }
}

export interface DbOptions {
  /** Open without declaring a schema (Dexie's dynamic mode) and refuse every write. */
  readonly readOnly?: boolean
  /** The schema history to declare; tests pass a longer one to exercise an upgrade. */
  readonly schema?: readonly SchemaVersion[]
}

/**
 * Table accessors are getters over `table()` so the same class works in dynamic mode, where
 * Dexie learns the tables from the database and does not put them on the instance.
 */
export class JourneyboardDb extends Dexie {
  readonly readOnly: boolean
  /** Read-write transactions started while this is above zero get strict durability. */
  private strictRequests = 0

  constructor(name: string = DEFAULT_DB_NAME, options: DbOptions = {}) {
    super(name, { chromeTransactionDurability: 'default' })
    this.readOnly = options.readOnly ?? false
    if (this.readOnly) {
      this.use({ stack: 'dbcore', name: 'readOnly', level: 30, create: refuseWrites })
    } else {
      for (const v of options.schema ?? SCHEMA) {
        const declared = this.version(v.version).stores(v.stores)
        if (v.upgrade) declared.upgrade(v.upgrade)
      }
    }
    this.use({ stack: 'dbcore', name: 'durability', level: 20, create: (down) => this.withDurability(down) })
  }

  get workshops(): Table<Workshop, string> {
    return this.table('workshops')
  }
  get maps(): Table<MapRow, string> {
    return this.table('maps')
  }
  get stages(): Table<Stage, string> {
    return this.table('stages')
  }
  get steps(): Table<Step, string> {
    return this.table('steps')
  }
  get lanes(): Table<Lane, string> {
    return this.table('lanes')
  }
  get cards(): Table<Card, string> {
    return this.table('cards')
  }
  get links(): Table<Link, string> {
    return this.table('links')
  }
  get emotions(): Table<EmotionPoint, string> {
    return this.table('emotions')
  }
  get personas(): Table<Persona, string> {
    return this.table('personas')
  }
  get jobs(): Table<Job, string> {
    return this.table('jobs')
  }
  get actions(): Table<Action, string> {
    return this.table('actions')
  }
  get prefs(): Table<PrefRow, string> {
    return this.table('prefs')
  }
  get facilitation(): Table<FacilitationRow, string> {
    return this.table('facilitation')
  }

  /**
   * A read-write transaction committed with strict durability: Chromium then flushes to disk
   * before reporting success (the default, relaxed, survives an app crash but not a power cut).
   * Dexie has the option per database only, so a middleware applies it per transaction.
   */
  strictTransaction<T>(tables: readonly string[], scope: () => Promise<T>): Promise<T> {
    this.strictRequests++
    let released = false
    const release = (): void => {
      if (!released) {
        released = true
        this.strictRequests--
      }
    }
    // The IndexedDB transaction is created in a later microtask; the scope runs right after it.
    return this.transaction('rw', [...tables], () => {
      release()
      return scope()
    }).finally(release)
  }

  private withDurability(down: DBCore): Partial<DBCore> {
    return {
      transaction: (stores, mode, options) =>
        down.transaction(stores, mode, mode === 'readwrite' && this.strictRequests > 0 ? { ...options, durability: 'strict' } : options),
    }
  }
}

function refuseWrites(down: DBCore): Partial<DBCore> {
  return {
    transaction: (stores, mode, options) => {
      if (mode === 'readwrite') throw new ReadOnlyDatabaseError()
      return down.transaction(stores, mode, options)
    },
  }
}

export function assertWritable(db: JourneyboardDb): void {
  if (db.readOnly) throw new ReadOnlyDatabaseError()
}

export const LATEST_SCHEMA_VERSION = Math.max(...SCHEMA.map((v) => v.version))

export type OpenStatus = 'ok' | 'newer' | 'failed'

export interface OpenedDatabase {
  readonly db: JourneyboardDb
  /** True when nothing may be written: a newer database, or one that could not be opened. */
  readonly readOnly: boolean
  readonly status: OpenStatus
  /** NewerDatabaseError when status is 'newer'; the open failure when 'failed'. */
  readonly error?: unknown
}

/**
 * Opens the app's database. A database written by a newer app is opened read-only and never
 * touched: Dexie 4 does not fail on a newer version (it retries without one), and when the
 * installed indexes differ from the declared ones it bumps the version to patch them, which
 * would modify the newer database. So the installed version is checked before declaring anything.
 * Never throws: a failed open is reported so the UI can show recovery instead of a blank app.
 */
export async function openDatabase(name: string = DEFAULT_DB_NAME, schema: readonly SchemaVersion[] = SCHEMA): Promise<OpenedDatabase> {
  const supported = Math.max(...schema.map((v) => v.version))
  try {
    const installed = await installedSchemaVersion(name)
    if (installed !== null && installed > supported) return await openReadOnly(name, new NewerDatabaseError(installed, supported))
    const db = new JourneyboardDb(name, { schema })
    await db.open()
    // For engines without indexedDB.databases(): Dexie has opened whatever version is there.
    const opened = schemaVersionOf(db.backendDB().version)
    if (opened > supported) {
      db.close()
      return await openReadOnly(name, new NewerDatabaseError(opened, supported))
    }
    return { db, readOnly: false, status: 'ok' }
  } catch (error) {
    return { db: new JourneyboardDb(name, { readOnly: true }), readOnly: true, status: 'failed', error }
  }
}

async function openReadOnly(name: string, reason: NewerDatabaseError): Promise<OpenedDatabase> {
  const db = new JourneyboardDb(name, { readOnly: true })
  await db.open()
  return { db, readOnly: true, status: 'newer', error: reason }
}

/** Dexie stores version n as native version 10n, and patches schema drift by adding 1. */
function schemaVersionOf(nativeVersion: number): number {
  return Math.floor(nativeVersion / 10)
}

async function installedSchemaVersion(name: string): Promise<number | null> {
  if (typeof indexedDB === 'undefined' || typeof indexedDB.databases !== 'function') return null
  const found = (await indexedDB.databases()).find((d) => d.name === name)
  return found?.version ? schemaVersionOf(found.version) : null
}

let persistRequest: Promise<boolean> | null = null

/**
 * Asks the browser not to evict the database under storage pressure. Asked once per session
 * (the answer does not change and Firefox would prompt again); resolves false where unsupported.
 */
export function requestPersistentStorage(): Promise<boolean> {
  persistRequest ??= (async () => {
    try {
      const storage = typeof navigator === 'undefined' ? undefined : navigator.storage
      return (await storage?.persist?.()) ?? false
    } catch {
      return false
    }
  })()
  return persistRequest
}
