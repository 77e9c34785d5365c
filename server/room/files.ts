// Durable file writes (docs: /work/shared/RELIABILITY.md): a file is replaced only by writing a
// temporary file beside it, fsyncing it, renaming it over the target and fsyncing the folder, so
// a crash leaves either the old or the new content, never half of one.
import { open, rename, rm } from 'node:fs/promises'
import { dirname } from 'node:path'

/** Makes a rename or a created file survive power loss. Windows cannot open folders: skipped there. */
export async function syncFolder(folder: string): Promise<void> {
  let handle
  try {
    handle = await open(folder, 'r')
    await handle.sync()
  } catch {
    // EISDIR/EPERM on Windows, where NTFS orders the rename's metadata itself.
  } finally {
    await handle?.close()
  }
}

export async function writeFileAtomic(path: string, data: Uint8Array | string): Promise<void> {
  const temp = `${path}.${process.pid}.tmp`
  const handle = await open(temp, 'w')
  try {
    await handle.writeFile(data)
    await handle.sync()
  } catch (error) {
    await handle.close()
    await rm(temp, { force: true })
    throw error
  }
  await handle.close()
  await rename(temp, path)
  await syncFolder(dirname(path))
}
