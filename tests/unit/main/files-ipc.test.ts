import { describe, expect, it, vi } from 'vitest'
import { IpcChannels, MAX_FILE_BYTES } from '../../../electron/shared/ipc'
import { APP_ORIGIN, trustedOrigins } from '../../../electron/main/appOrigin'
import { createFileIpcHandlers, plainFileName } from '../../../electron/main/files/ipc'
import type { FileService } from '../../../electron/main/files/fileService'
import { createTrustedSenderCheck, registerIpc, type InvokeEventLike } from '../../../electron/main/ipc/handlers'

function setup() {
  const files = {
    open: vi.fn(async () => ({ kind: 'cancelled' })),
    openRecent: vi.fn(async () => ({ kind: 'cancelled' })),
    save: vi.fn(async () => ({ kind: 'cancelled' })),
    saveAs: vi.fn(async () => ({ kind: 'cancelled' })),
    exportFile: vi.fn(async () => ({ kind: 'cancelled' })),
    exportBytes: vi.fn(async () => ({ kind: 'cancelled' })),
    recentFiles: vi.fn(async () => []),
    queue: vi.fn(),
    hasPending: vi.fn(() => false),
    takePending: vi.fn(async () => []),
    backup: vi.fn(async () => undefined),
  } satisfies Record<keyof FileService, unknown>
  const registered = new Map<string, (event: InvokeEventLike, ...args: unknown[]) => unknown>()
  registerIpc({ handle: (channel, listener) => registered.set(channel, listener) }, createFileIpcHandlers(files as unknown as FileService), {
    isTrustedSender: createTrustedSenderCheck(trustedOrigins(undefined)),
  })
  const invoke = async (channel: string, args: unknown[], url: string | null = `${APP_ORIGIN}/index.html`) =>
    registered.get(channel)!({ senderFrame: url === null ? null : { url }, sender: { id: 3 } }, ...args)
  return { files, registered, invoke }
}

describe('file IPC channels', () => {
  it('registers every file channel the page may invoke, and not the main-to-page one', () => {
    expect([...setup().registered.keys()].sort()).toEqual(
      [IpcChannels.fileOpen, IpcChannels.fileOpenRecent, IpcChannels.fileSave, IpcChannels.fileSaveAs, IpcChannels.fileExport, IpcChannels.fileExportBytes, IpcChannels.fileRecent, IpcChannels.fileTakePending, IpcChannels.fileBackup].sort(),
    )
  })

  it('passes valid payloads through', async () => {
    const { files, invoke } = setup()
    await invoke(IpcChannels.fileOpen, ['import'])
    await invoke(IpcChannels.fileSave, ['token', '{}'])
    await invoke(IpcChannels.fileSaveAs, ['Kick-off.journey', '{}'])
    await invoke(IpcChannels.fileExport, ['csv', 'Kick-off.csv', 'a,b'])
    await invoke(IpcChannels.fileExport, ['md', 'Kick-off – action plan.md', '# Plan'])
    await invoke(IpcChannels.fileOpen, ['planCsv'])
    await invoke(IpcChannels.fileBackup, ['map_1-x', 'Kick-off', '{}'])
    expect(files.open).toHaveBeenCalledWith('import')
    expect(files.save).toHaveBeenCalledWith('token', '{}')
    expect(files.saveAs).toHaveBeenCalledWith('Kick-off.journey', '{}')
    expect(files.exportFile).toHaveBeenCalledWith('csv', 'Kick-off.csv', 'a,b')
    expect(files.exportFile).toHaveBeenCalledWith('md', 'Kick-off – action plan.md', '# Plan')
    expect(files.open).toHaveBeenCalledWith('planCsv')
    expect(files.backup).toHaveBeenCalledWith('map_1-x', 'Kick-off', '{}')
  })

  it('passes picture bytes through, with the name flattened', async () => {
    const { files, invoke } = setup()
    const bytes = Uint8Array.of(137, 80, 78, 71)
    await invoke(IpcChannels.fileExportBytes, ['png', '../Map.png', bytes])
    expect(files.exportBytes).toHaveBeenCalledWith('png', '.. Map.png', bytes)
  })

  it.each([
    [IpcChannels.fileOpen, ['anything']],
    [IpcChannels.fileOpen, []],
    [IpcChannels.fileSave, ['', '{}']],
    [IpcChannels.fileSave, ['t', 42]],
    [IpcChannels.fileSaveAs, ['', '{}']],
    [IpcChannels.fileExport, ['png', 'a.png', 'x']],
    [IpcChannels.fileExport, ['markdown', 'a.md', 'x']],
    [IpcChannels.fileExportBytes, ['md', 'a.md', new Uint8Array(1)]],
    [IpcChannels.fileExportBytes, ['journey', 'a.png', new Uint8Array(1)]],
    [IpcChannels.fileExportBytes, ['png', 'a.png', 'not bytes']],
    [IpcChannels.fileExportBytes, ['png', '', new Uint8Array(1)]],
    [IpcChannels.fileRecent, ['/etc']],
    [IpcChannels.fileOpenRecent, ['/home/me/a.journey']],
    [IpcChannels.fileOpenRecent, ['']],
    [IpcChannels.fileBackup, ['../../etc/passwd', 't', '{}']],
    [IpcChannels.fileBackup, ['__proto__ ', 't', '{}']],
  ])('refuses %s with %j before touching the file system', async (channel, args) => {
    const { files, invoke } = setup()
    await expect(invoke(channel, args)).rejects.toThrow(/invalid payload/)
    for (const fn of Object.values(files)) expect(fn).not.toHaveBeenCalled()
  })

  it('refuses text larger than a file may be', async () => {
    const { files, invoke } = setup()
    await expect(invoke(IpcChannels.fileSave, ['t', 'x'.repeat(MAX_FILE_BYTES + 1)])).rejects.toThrow(/invalid payload/)
    expect(files.save).not.toHaveBeenCalled()
  })

  it('refuses a page that is not the app', async () => {
    const { files, invoke } = setup()
    await expect(invoke(IpcChannels.fileOpen, ['open'], 'https://evil.example/')).rejects.toThrow(/refused/)
    await expect(invoke(IpcChannels.fileSaveAs, ['a.journey', '{}'], null)).rejects.toThrow(/refused/)
    expect(files.open).not.toHaveBeenCalled()
    expect(files.saveAs).not.toHaveBeenCalled()
  })

  it('flattens a suggested name that tries to be a path', async () => {
    const { files, invoke } = setup()
    await invoke(IpcChannels.fileSaveAs, ['../../.ssh/authorized_keys', '{}'])
    expect(files.saveAs).toHaveBeenCalledWith('.. .. .ssh authorized_keys', '{}')
    expect(plainFileName('..')).toBe('journey-map')
    expect(plainFileName('C:\\Windows\\x.journey')).toBe('C Windows x.journey')
  })
})
