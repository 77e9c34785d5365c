import { basename, dirname, join } from 'node:path'
import type { FileSystem } from './fsTypes'

export interface AtomicWriteOptions {
  /** Keep the file being replaced as `<name>.bak` beside it. */
  readonly backup?: boolean
  /** Makes the temporary file's name unique; injected so tests can predict it. */
  readonly nonce?: () => string
}

export const BACKUP_SUFFIX = '.bak'

/**
 * Writes a file so that a crash or a full disk at any moment leaves either the old file or the new
 * one, never half of one: the text goes to a temporary file in the same folder (a rename is only
 * atomic within one file system), is flushed to the disk, and is then renamed over the target.
 * The previous version is copied to `<name>.bak` first, so a bad save can be undone by hand.
 * On failure the temporary file is removed and the target is untouched; the error is rethrown.
 */
export async function writeFileAtomic(fs: FileSystem, path: string, data: string | Uint8Array, options: AtomicWriteOptions = {}): Promise<void> {
  const nonce = options.nonce ?? (() => `${process.pid}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`)
  // A dot file, so a file manager does not show it while it is being written.
  const temp = join(dirname(path), `.${basename(path)}.${nonce()}.tmp`)
  let handle: Awaited<ReturnType<FileSystem['open']>> | null = null
  let created = false
  try {
    // 'wx': never follow or reuse something already there under the temporary name.
    handle = await fs.open(temp, 'wx', 0o644)
    created = true
    // Text as UTF-8; bytes (a picture export) as they are.
    await (typeof data === 'string' ? handle.writeFile(data, 'utf8') : handle.writeFile(data))
    await handle.sync()
    await handle.close()
    handle = null
    if (options.backup) await backupExisting(fs, path)
    await fs.rename(temp, path)
  } catch (error) {
    await handle?.close().catch(() => undefined)
    // Only our own temporary file is removed, never one that was already there.
    if (created) await fs.unlink(temp).catch(() => undefined)
    throw error
  }
  await syncFolder(fs, dirname(path))
}

async function backupExisting(fs: FileSystem, path: string): Promise<void> {
  try {
    await fs.copyFile(path, `${path}${BACKUP_SUFFIX}`)
  } catch (error) {
    // Nothing to back up the first time a file is saved.
    if ((error as { code?: string }).code !== 'ENOENT') throw error
  }
}

/** Makes the rename itself durable; folders cannot be opened this way on Windows, where NTFS journals it anyway. */
async function syncFolder(fs: FileSystem, folder: string): Promise<void> {
  try {
    const handle = await fs.open(folder, 'r')
    try {
      await handle.sync()
    } finally {
      await handle.close()
    }
  } catch {
    // Best effort: the data is already in place.
  }
}
