import { basename, dirname } from 'node:path'
import type { ExportKind, OpenFileResult, OpenPurpose, RecentFileEntry, SaveFileResult, VisualExportKind } from '../../shared/ipc'
import { writeFileAtomic } from './atomicWrite'
import { writeBackup } from './backups'
import { fileErrorOf, type FileSystem } from './fsTypes'
import { readTextLimited } from './readLimited'
import type { RecentFiles } from './recentFiles'

/** The native dialogs, as main shows them; null when the person cancels. */
export interface FileDialogs {
  pickOpen(purpose: OpenPurpose): Promise<string | null>
  pickSave(suggestedName: string, kind: ExportKind | VisualExportKind): Promise<string | null>
}

export interface FileServiceDeps {
  readonly fs: FileSystem
  readonly dialogs: FileDialogs
  readonly recent: RecentFiles
  /** Documents/Journeyboard/Backups, or wherever the platform keeps documents. */
  readonly backupsFolder: () => string
  readonly maxBytes: number
  readonly now: () => Date
  readonly newToken: () => string
}

export interface FileService {
  open(purpose: OpenPurpose): Promise<OpenFileResult>
  /** Opens a file from the recent list by the id recentFiles() gave it. */
  openRecent(id: string): Promise<OpenFileResult>
  save(token: string, text: string): Promise<SaveFileResult>
  saveAs(suggestedName: string, text: string): Promise<SaveFileResult>
  exportFile(kind: ExportKind, suggestedName: string, text: string): Promise<SaveFileResult>
  /** A picture export: the same atomic write, of bytes. */
  exportBytes(kind: VisualExportKind, suggestedName: string, bytes: Uint8Array): Promise<SaveFileResult>
  /** The recent list as the page may see it: names, folder names and ids, never paths. */
  recentFiles(): Promise<RecentFileEntry[]>
  /** Paths from the command line, a second launch, the dock or Open Recent, to be opened by the page. */
  queue(paths: readonly string[]): void
  hasPending(): boolean
  takePending(): Promise<OpenFileResult[]>
  backup(mapId: string, title: string, text: string): Promise<void>
}

const JOURNEY = /\.journey$/i

/**
 * Everything main does with files for the page. The page never names a path to write: paths come
 * from dialogs (or the OS, for files opened with the app) and stay here, and the page gets a token
 * standing for each file it may save back to.
 */
export function createFileService(deps: FileServiceDeps): FileService {
  const { fs, dialogs, recent } = deps
  const tokens = new Map<string, string>()
  // Apart from the save tokens: a recent-file id lets the page read a file, never write it.
  const recentIds = new Map<string, string>()
  const pending: string[] = []

  function idIn(table: Map<string, string>, path: string): string {
    for (const [id, known] of table) if (known === path) return id
    const id = deps.newToken()
    table.set(id, path)
    return id
  }
  const tokenFor = (path: string): string => idIn(tokens, path)

  async function read(path: string): Promise<OpenFileResult> {
    const name = basename(path)
    const result = await readTextLimited(fs, path, deps.maxBytes)
    if (!result.ok) {
      if (result.error.kind === 'notFound') await recent.remove(path).catch(() => undefined)
      return { kind: 'failed', name, error: result.error }
    }
    // Only Journeyboard files are "documents"; a CSV or Mermaid import is a one-off.
    if (JOURNEY.test(path)) await recent.add(path).catch(() => undefined)
    return { kind: 'opened', file: { token: tokenFor(path), name, text: result.text } }
  }

  /** Writes atomically; a document save keeps the previous version as .bak, an export does not. */
  async function write(path: string, text: string | Uint8Array, asDocument: boolean): Promise<SaveFileResult> {
    try {
      await writeFileAtomic(fs, path, text, { backup: asDocument })
    } catch (error) {
      return { kind: 'failed', error: fileErrorOf(error) }
    }
    // An export is a copy handed to someone else: no token, so Save never writes there.
    return { kind: 'saved', token: asDocument ? tokenFor(path) : '', name: basename(path) }
  }

  return {
    async open(purpose) {
      const path = await dialogs.pickOpen(purpose)
      return path === null ? { kind: 'cancelled' } : read(path)
    },
    async openRecent(id) {
      // The page may only pick from the list main made, by an id main handed out; anything else is refused unread.
      const path = recentIds.get(id)
      if (path === undefined || !(await recent.has(path))) return { kind: 'failed', name: '', error: { kind: 'unknownFile', message: 'not a recent file' } }
      return read(path)
    },
    async save(token, text) {
      const path = tokens.get(token)
      if (path === undefined) return { kind: 'failed', error: { kind: 'unknownFile', message: 'no file was opened or saved under this token' } }
      return write(path, text, true)
    },
    async saveAs(suggestedName, text) {
      const path = await dialogs.pickSave(suggestedName, 'journey')
      if (path === null) return { kind: 'cancelled' }
      const saved = await write(path, text, true)
      if (saved.kind === 'saved') await recent.add(path).catch(() => undefined)
      return saved
    },
    async exportFile(kind, suggestedName, text) {
      const path = await dialogs.pickSave(suggestedName, kind)
      if (path === null) return { kind: 'cancelled' }
      return write(path, text, false)
    },
    async exportBytes(kind, suggestedName, bytes) {
      const path = await dialogs.pickSave(suggestedName, kind)
      if (path === null) return { kind: 'cancelled' }
      return write(path, bytes, false)
    },
    async recentFiles() {
      // The page shows a name and the folder it sits in to tell two files of one name apart; the
      // full path (home folder, user name) stays in main.
      return (await recent.list()).map((file) => ({ id: idIn(recentIds, file.path), name: file.name, folder: basename(dirname(file.path)) }))
    },
    queue(paths) {
      for (const path of paths) if (!pending.includes(path)) pending.push(path)
    },
    hasPending: () => pending.length > 0,
    async takePending() {
      const paths = pending.splice(0)
      const results: OpenFileResult[] = []
      for (const path of paths) results.push(await read(path))
      return results
    },
    async backup(mapId, title, text) {
      await writeBackup(fs, deps.backupsFolder(), mapId, title, text, deps.now())
    },
  }
}
