import { beforeAll, describe, expect, it, vi } from 'vitest'
import { IpcChannels, type JourneyboardBridge } from '../../../electron/shared/ipc'

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: { invoke: vi.fn(), on: vi.fn(), removeListener: vi.fn() },
}))

import { contextBridge, ipcRenderer } from 'electron'

type Listener = (event: unknown, ...args: unknown[]) => void
const fakeEvent = { sender: { send: () => 'raw ipcRenderer' }, senderId: 0 }

let bridge: JourneyboardBridge

/** Delivers a message from main to the preload, as ipcRenderer would: an event object first, then the payload. */
function emit(channel: string, ...args: unknown[]): void {
  for (const [name, listener] of vi.mocked(ipcRenderer.on).mock.calls) {
    const removed = vi.mocked(ipcRenderer.removeListener).mock.calls.some(([c, l]) => c === name && l === listener)
    if (name === channel && !removed) (listener as Listener)(fakeEvent, ...args)
  }
}

beforeAll(async () => {
  vi.mocked(ipcRenderer.invoke).mockResolvedValue(undefined)
  await import('../../../electron/preload/index')
  const [name, api] = vi.mocked(contextBridge.exposeInMainWorld).mock.calls[0]!
  expect(name).toBe('journeyboard')
  bridge = api as JourneyboardBridge
})

describe('preload bridge', () => {
  it('exposes exactly the bridge functions under window.journeyboard', () => {
    expect(contextBridge.exposeInMainWorld).toHaveBeenCalledOnce()
    expect(Object.keys(bridge).sort()).toEqual([
      'appInfo',
      'backupMap',
      'exportBytes',
      'exportFile',
      'onFilesPending',
      'onFlushRequest',
      'onMenuCommand',
      'openFile',
      'openRecentFile',
      'recentFiles',
      'reportSaveStatus',
      'roomRequest',
      'saveFile',
      'saveFileAs',
      'setLanguage',
      'takePendingFiles',
    ])
    for (const value of Object.values(bridge)) expect(typeof value).toBe('function')
  })

  it('invokes appInfo and saveStatus on their channels and passes only the payload', async () => {
    const info = { name: 'Journeyboard', version: '0.1.0', platform: 'linux', userDataPath: '/x' }
    vi.mocked(ipcRenderer.invoke).mockResolvedValueOnce(info)
    await expect(bridge.appInfo()).resolves.toEqual(info)
    expect(ipcRenderer.invoke).toHaveBeenLastCalledWith(IpcChannels.appInfo)

    vi.mocked(ipcRenderer.invoke).mockResolvedValueOnce('leaked')
    await expect(bridge.reportSaveStatus('failed')).resolves.toBeUndefined()
    expect(ipcRenderer.invoke).toHaveBeenLastCalledWith(IpcChannels.saveStatus, 'failed')
  })

  it('invokes each file channel with exactly its payload', async () => {
    const calls: [() => Promise<unknown>, unknown[]][] = [
      [() => bridge.openFile('import'), [IpcChannels.fileOpen, 'import']],
      [() => bridge.openRecentFile('3f2a9c1e-0b7d-4e21-9a55-1c2d3e4f5a6b'), [IpcChannels.fileOpenRecent, '3f2a9c1e-0b7d-4e21-9a55-1c2d3e4f5a6b']],
      [() => bridge.saveFile('t1', '{}'), [IpcChannels.fileSave, 't1', '{}']],
      [() => bridge.saveFileAs('Map.journey', '{}'), [IpcChannels.fileSaveAs, 'Map.journey', '{}']],
      [() => bridge.exportFile('csv', 'Map.csv', 'a'), [IpcChannels.fileExport, 'csv', 'Map.csv', 'a']],
      [() => bridge.exportBytes('png', 'Map.png', Uint8Array.of(1, 2)), [IpcChannels.fileExportBytes, 'png', 'Map.png', Uint8Array.of(1, 2)]],
      [() => bridge.recentFiles(), [IpcChannels.fileRecent]],
      [() => bridge.takePendingFiles(), [IpcChannels.fileTakePending]],
      [() => bridge.backupMap('m1', 'Title', '{}'), [IpcChannels.fileBackup, 'm1', 'Title', '{}']],
      [() => bridge.roomRequest({ op: 'close', roomId: 'r1' }), [IpcChannels.roomRequest, { op: 'close', roomId: 'r1' }]],
    ]
    for (const [call, expected] of calls) {
      await call()
      expect(ipcRenderer.invoke).toHaveBeenLastCalledWith(...expected)
    }
  })

  it('tells file listeners only that files are waiting', () => {
    const listener = vi.fn()
    const unsubscribe = bridge.onFilesPending(listener)
    emit(IpcChannels.filePending, '/etc/passwd')
    expect(listener.mock.calls).toEqual([[]])
    unsubscribe()
    emit(IpcChannels.filePending)
    expect(listener).toHaveBeenCalledOnce()
  })

  it('hands menu listeners the command only, never the event, and drops unknown commands', () => {
    const listener = vi.fn()
    const unsubscribe = bridge.onMenuCommand(listener)
    emit(IpcChannels.menuCommand, 'undo')
    emit(IpcChannels.menuCommand, 'rm -rf')
    emit(IpcChannels.menuCommand, { toString: () => 'undo' })
    emit(IpcChannels.menuCommand, 'constructor')
    expect(listener.mock.calls).toEqual([['undo']])

    unsubscribe()
    expect(ipcRenderer.removeListener).toHaveBeenCalledWith(IpcChannels.menuCommand, expect.any(Function))
    emit(IpcChannels.menuCommand, 'redo')
    expect(listener).toHaveBeenCalledOnce()
  })

  it('answers a flush request once, after every listener has finished, saying whether all of them wrote', async () => {
    vi.mocked(ipcRenderer.invoke).mockClear()
    const order: string[] = []
    let finishSlow: () => void = () => undefined
    const offSlow = bridge.onFlushRequest(
      (...args: unknown[]) =>
        new Promise<void>((resolve) => {
          order.push(`slow started with ${args.length} args`)
          finishSlow = () => {
            order.push('slow done')
            resolve()
          }
        }),
    )
    const offFailing = bridge.onFlushRequest(async () => {
      throw new Error('disk full')
    })
    emit(IpcChannels.flushRequest)
    await Promise.resolve()
    await Promise.resolve()
    expect(ipcRenderer.invoke).not.toHaveBeenCalled()
    finishSlow()
    await vi.waitFor(() => expect(ipcRenderer.invoke).toHaveBeenCalledOnce())
    expect(ipcRenderer.invoke).toHaveBeenCalledWith(IpcChannels.flushed, 'failed')
    expect(order).toEqual(['slow started with 0 args', 'slow done'])

    offSlow()
    offFailing()
    vi.mocked(ipcRenderer.invoke).mockClear()
    emit(IpcChannels.flushRequest)
    await vi.waitFor(() => expect(ipcRenderer.invoke).toHaveBeenCalledWith(IpcChannels.flushed, 'saved'))
  })
})
