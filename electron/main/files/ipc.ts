import { z } from 'zod'
import { EXPORT_KINDS, IpcChannels, MAX_EXPORT_BYTES, MAX_FILE_BYTES, OPEN_PURPOSES, VISUAL_EXPORT_KINDS } from '../../shared/ipc'
import type { IpcHandler } from '../ipc/handlers'
import type { FileService } from './fileService'

/** The file channels the page may invoke. */
export type FileInvokeChannel =
  | typeof IpcChannels.fileOpen
  | typeof IpcChannels.fileOpenRecent
  | typeof IpcChannels.fileSave
  | typeof IpcChannels.fileSaveAs
  | typeof IpcChannels.fileExport
  | typeof IpcChannels.fileExportBytes
  | typeof IpcChannels.fileRecent
  | typeof IpcChannels.fileTakePending
  | typeof IpcChannels.fileBackup

// Bounded like everything from the page: a compromised page cannot hand main a gigabyte or a path.
const text = z.string().max(MAX_FILE_BYTES)
const token = z.string().min(1).max(100)
const fileName = z.string().min(1).max(255)
const mapId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/)
// Recent-file ids are UUIDs main made: never a path, so nothing path-like gets through.
const recentId = z.string().regex(/^[A-Za-z0-9_-]{1,100}$/)

const payloads = {
  [IpcChannels.fileOpen]: z.tuple([z.enum(OPEN_PURPOSES)]),
  // An id main handed out with the recent list; main maps it to the path.
  [IpcChannels.fileOpenRecent]: z.tuple([recentId]),
  [IpcChannels.fileSave]: z.tuple([token, text]),
  [IpcChannels.fileSaveAs]: z.tuple([fileName, text]),
  [IpcChannels.fileExport]: z.tuple([z.enum(EXPORT_KINDS), fileName, text]),
  // Bytes arrive as a Uint8Array (structured clone); anything else, or too many, is refused.
  [IpcChannels.fileExportBytes]: z.tuple([z.enum(VISUAL_EXPORT_KINDS), fileName, z.instanceof(Uint8Array).refine((b) => b.byteLength <= MAX_EXPORT_BYTES, 'too large')]),
  [IpcChannels.fileRecent]: z.tuple([]),
  [IpcChannels.fileTakePending]: z.tuple([]),
  [IpcChannels.fileBackup]: z.tuple([mapId, z.string().max(1000), text]),
} as const satisfies Record<FileInvokeChannel, z.ZodType>

function parse<C extends FileInvokeChannel>(channel: C, args: readonly unknown[]): z.infer<(typeof payloads)[C]> {
  const result = payloads[channel].safeParse(args)
  if (!result.success) throw new Error(`IPC ${channel}: invalid payload: ${z.prettifyError(result.error)}`)
  return result.data as z.infer<(typeof payloads)[C]>
}

/** A suggested name is only ever a name: anything that looks like a folder is flattened. */
export function plainFileName(name: string): string {
  // eslint-disable-next-line no-control-regex -- control characters have no place in a file name
  const flat = name.replace(/[\u0000-\u001F\u007F/\\:]+/g, ' ').trim()
  return flat === '' || /^\.+$/.test(flat) ? 'journey-map' : flat
}

export function createFileIpcHandlers(files: FileService): Readonly<Record<FileInvokeChannel, IpcHandler>> {
  return {
    [IpcChannels.fileOpen]: (_c, args) => files.open(...parse(IpcChannels.fileOpen, args)),
    [IpcChannels.fileOpenRecent]: (_c, args) => files.openRecent(...parse(IpcChannels.fileOpenRecent, args)),
    [IpcChannels.fileSave]: (_c, args) => files.save(...parse(IpcChannels.fileSave, args)),
    [IpcChannels.fileSaveAs]: (_c, args) => {
      const [name, body] = parse(IpcChannels.fileSaveAs, args)
      return files.saveAs(plainFileName(name), body)
    },
    [IpcChannels.fileExport]: (_c, args) => {
      const [kind, name, body] = parse(IpcChannels.fileExport, args)
      return files.exportFile(kind, plainFileName(name), body)
    },
    [IpcChannels.fileExportBytes]: (_c, args) => {
      const [kind, name, bytes] = parse(IpcChannels.fileExportBytes, args)
      return files.exportBytes(kind, plainFileName(name), bytes)
    },
    [IpcChannels.fileRecent]: (_c, args) => {
      parse(IpcChannels.fileRecent, args)
      return files.recentFiles()
    },
    [IpcChannels.fileTakePending]: (_c, args) => {
      parse(IpcChannels.fileTakePending, args)
      return files.takePending()
    },
    [IpcChannels.fileBackup]: (_c, args) => files.backup(...parse(IpcChannels.fileBackup, args)),
  }
}
