import type { FileSystem, FileError } from './fsTypes'
import { fileErrorOf } from './fsTypes'

export type ReadResult = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly error: FileError }

/**
 * Reads a text file only after its size on disk is checked, so a 4 GB file someone renamed to
 * .journey never gets into memory. A UTF-8 byte-order mark is dropped.
 */
export async function readTextLimited(fs: FileSystem, path: string, maxBytes: number): Promise<ReadResult> {
  try {
    const info = await fs.stat(path)
    if (info.isDirectory()) return { ok: false, error: { kind: 'isFolder', message: `${path} is a folder` } }
    if (info.size > maxBytes) {
      return { ok: false, error: { kind: 'tooLarge', message: `${info.size} bytes is more than ${maxBytes}`, limit: maxBytes, found: info.size } }
    }
    const text = await fs.readFile(path, 'utf8')
    // The file may have grown between stat and read.
    if (text.length > maxBytes) return { ok: false, error: { kind: 'tooLarge', message: 'the file grew while it was read', limit: maxBytes, found: text.length } }
    return { ok: true, text: text.startsWith('\uFEFF') ? text.slice(1) : text }
  } catch (error) {
    return { ok: false, error: fileErrorOf(error) }
  }
}
