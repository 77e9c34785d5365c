import type * as fsPromises from 'node:fs/promises'
import type { FileError } from '../../shared/ipc'

/** The file-system calls the file code makes: node:fs/promises in the app, a fake in tests (a full disk, a slow rename). */
export type FileSystem = Pick<typeof fsPromises, 'open' | 'rename' | 'copyFile' | 'unlink' | 'stat' | 'readFile' | 'writeFile' | 'mkdir' | 'readdir'>

export type { FileError, FileErrorKind } from '../../shared/ipc'

export function fileErrorOf(error: unknown): FileError {
  const code = (error as { code?: unknown } | null)?.code
  const message = error instanceof Error ? error.message : String(error)
  switch (code) {
    case 'ENOENT':
      return { kind: 'notFound', message }
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return { kind: 'denied', message }
    case 'ENOSPC':
    case 'EDQUOT':
      return { kind: 'diskFull', message }
    case 'EISDIR':
      return { kind: 'isFolder', message }
    default:
      return { kind: 'io', message }
  }
}
