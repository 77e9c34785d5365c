import { beforeEach, describe, expect, it, vi } from 'vitest'
import { IpcChannels } from '../../../electron/shared/ipc'
import { windowOptions } from '../../../electron/main/window'

// The glue is tested against a stand-in electron module: the real one would try to download the binary.
const electron = vi.hoisted(() => {
  const state = { hasLock: true, ready: undefined as undefined | (() => void), calls: [] as string[] }
  const appListeners = new Map<string, (...args: unknown[]) => void>()
  const windows: { options: unknown; url?: string; listeners: Map<string, (...args: unknown[]) => void>; win: BrowserWindow }[] = []
  class BrowserWindow {
    static getAllWindows = () => windows
    static getFocusedWindow = () => null
    webContents = { id: 1, send: vi.fn() }
    close = vi.fn()
    record: (typeof windows)[number]
    constructor(options: unknown) {
      this.record = { options, listeners: new Map(), win: this }
      windows.push(this.record)
    }
    on(event: string, listener: (...args: unknown[]) => void) {
      this.record.listeners.set(event, listener)
    }
    once(event: string, listener: (...args: unknown[]) => void) {
      this.record.listeners.set(event, listener)
    }
    loadURL(url: string) {
      this.record.url = url
      return Promise.resolve()
    }
  }
  const app = {
    isPackaged: true,
    setPath: (name: string, path: string) => state.calls.push(`setPath ${name} ${path}`),
    getPath: (name: string) => `/home/me/.config${name === 'appData' ? '' : '/Journeyboard'}`,
    getAppPath: () => '/opt/journeyboard/resources/app.asar',
    getName: () => 'Journeyboard',
    getVersion: () => '0.1.0',
    enableSandbox: () => state.calls.push('enableSandbox'),
    requestSingleInstanceLock: () => state.hasLock,
    isReady: () => false,
    quit: vi.fn(),
    on: (event: string, listener: (...args: unknown[]) => void) => appListeners.set(event, listener),
    whenReady: () => new Promise<void>((resolve) => (state.ready = resolve)),
  }
  return {
    state,
    appListeners,
    windows,
    module: {
      app,
      BrowserWindow,
      dialog: { showMessageBox: vi.fn() },
      ipcMain: { handle: vi.fn() },
      Menu: { setApplicationMenu: vi.fn(), buildFromTemplate: vi.fn((template: unknown) => template) },
      protocol: {
        registerSchemesAsPrivileged: vi.fn((schemes: unknown) => state.calls.push(`registerSchemes ${JSON.stringify(schemes)}`)),
        handle: vi.fn((scheme: string) => state.calls.push(`handle ${scheme}`)),
      },
      shell: { openExternal: vi.fn() },
    },
  }
})

vi.mock('electron', () => electron.module)

async function launch({ hasLock = true } = {}) {
  vi.resetModules()
  electron.state.hasLock = hasLock
  electron.state.calls.length = 0
  electron.state.ready = undefined
  electron.appListeners.clear()
  electron.windows.length = 0
  vi.clearAllMocks()
  await import('../../../electron/main/index')
}

async function becomeReady() {
  electron.state.ready?.()
  await vi.waitFor(() => expect(electron.windows).toHaveLength(1))
}

/** Calls an IPC handler main registered, as the app's own page would. */
function invokeFromPage(channel: string, ...args: unknown[]): unknown {
  const registered = electron.module.ipcMain.handle.mock.calls.find(([name]) => name === channel) as [string, (...a: unknown[]) => unknown] | undefined
  if (!registered) throw new Error(`${channel} is not registered`)
  return registered[1]({ senderFrame: { url: 'app://journeyboard/index.html' }, sender: { id: 1 } }, ...args)
}

describe('main process glue', () => {
  beforeEach(() => {
    delete process.env.ELECTRON_RENDERER_URL
  })

  it('pins the data folder, enables the sandbox and registers the privileged scheme before ready', async () => {
    await launch()
    expect(electron.state.calls).toEqual([
      'setPath userData /home/me/.config/Journeyboard',
      'enableSandbox',
      'registerSchemes [{"scheme":"app","privileges":{"standard":true,"secure":true,"supportFetchAPI":true,"corsEnabled":false,"stream":true}}]',
    ])
    expect(electron.module.protocol.handle).not.toHaveBeenCalled()
    expect([...electron.appListeners.keys()]).toEqual(
      expect.arrayContaining(['second-instance', 'web-contents-created', 'window-all-closed', 'activate', 'before-quit']),
    )
  })

  it('on ready serves app://, registers IPC, sets the menu and opens the hardened window on the app origin', async () => {
    process.env.ELECTRON_RENDERER_URL = 'http://evil.example/'
    await launch()
    await becomeReady()
    expect(electron.module.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function))
    expect(electron.module.ipcMain.handle.mock.calls.map(([channel]) => channel).sort()).toEqual(
      [
        IpcChannels.appInfo,
        IpcChannels.flushed,
        IpcChannels.saveStatus,
        IpcChannels.setLanguage,
        IpcChannels.fileOpen,
        IpcChannels.fileOpenRecent,
        IpcChannels.fileSave,
        IpcChannels.fileSaveAs,
        IpcChannels.fileExport,
        IpcChannels.fileExportBytes,
        IpcChannels.fileRecent,
        IpcChannels.fileTakePending,
        IpcChannels.fileBackup,
        IpcChannels.roomRequest,
      ].sort(),
    )
    expect(electron.module.Menu.setApplicationMenu).toHaveBeenCalledOnce()
    const [win] = electron.windows
    expect(win?.options).toStrictEqual(windowOptions('/opt/journeyboard/resources/app.asar/out/preload/index.cjs'))
    // Packaged: the dev-server variable is ignored.
    expect(win?.url).toBe('app://journeyboard/index.html')
    expect([...(win?.listeners.keys() ?? [])]).toEqual(expect.arrayContaining(['ready-to-show', 'close', 'closed']))
  })

  it('tells the page the app name, version and platform, and no paths', async () => {
    await launch()
    await becomeReady()
    const info = await invokeFromPage(IpcChannels.appInfo)
    expect(info).toEqual({ name: 'Journeyboard', version: '0.1.0', platform: process.platform })
    expect(JSON.stringify(info)).not.toContain('/home/me')
  })

  it('holds a window close until the page has flushed, then closes it; a failed flush asks, in the dialog wording', async () => {
    await launch()
    await becomeReady()
    const [record] = electron.windows
    const win = record!.win
    const close = (): { preventDefault: ReturnType<typeof vi.fn> } => {
      const event = { preventDefault: vi.fn() }
      record!.listeners.get('close')?.(event)
      return event
    }

    electron.module.dialog.showMessageBox.mockResolvedValueOnce({ response: 1 })
    expect(close().preventDefault).toHaveBeenCalledOnce()
    expect(win.webContents.send).toHaveBeenCalledWith(IpcChannels.flushRequest)
    await invokeFromPage(IpcChannels.flushed, 'failed')
    await vi.waitFor(() => expect(electron.module.dialog.showMessageBox).toHaveBeenCalledOnce())
    expect(electron.module.dialog.showMessageBox).toHaveBeenCalledWith(win, expect.objectContaining({ buttons: ['Quit Anyway', 'Cancel'] }))
    // The person's Cancel lands a task later; the window stays.
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(win.close).not.toHaveBeenCalled()

    expect(close().preventDefault).toHaveBeenCalledOnce()
    await invokeFromPage(IpcChannels.flushed, 'saved')
    await vi.waitFor(() => expect(win.close).toHaveBeenCalledOnce())
  })

  it('hardens every web contents that gets created', async () => {
    await launch()
    const contents = { setWindowOpenHandler: vi.fn(), on: vi.fn(), session: { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() } }
    electron.appListeners.get('web-contents-created')?.({}, contents)
    expect(contents.setWindowOpenHandler).toHaveBeenCalledOnce()
    expect(contents.on.mock.calls.map(([event]) => event)).toEqual(['will-navigate', 'will-redirect', 'will-attach-webview'])
    expect(contents.session.setPermissionRequestHandler).toHaveBeenCalledOnce()
  })

  it('quits when the last window closes (not macOS)', async () => {
    await launch()
    electron.appListeners.get('window-all-closed')?.()
    expect(electron.module.app.quit).toHaveBeenCalledTimes(process.platform === 'darwin' ? 0 : 1)
  })

  it('a second instance quits at once and registers nothing', async () => {
    await launch({ hasLock: false })
    expect(electron.module.app.quit).toHaveBeenCalledOnce()
    expect(electron.appListeners.size).toBe(0)
  })
})
