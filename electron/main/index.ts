import { randomUUID } from 'node:crypto'
import * as fileSystem from 'node:fs/promises'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, shell } from 'electron'
import { IpcChannels, MAX_FILE_BYTES, type MenuCommand } from '../shared/ipc'
import { APP_INDEX_URL, APP_SCHEME, APP_SCHEME_PRIVILEGES, USER_DATA_DIR_NAME, trustedOrigins } from './appOrigin'
import { filesFromArgv } from './argv'
import { createFileDialogs } from './files/dialogs'
import { createFileService } from './files/fileService'
import { createFileIpcHandlers } from './files/ipc'
import { createMainRoomHost, createRoomIpcHandlers } from './room'
import { createRecentFiles, type RecentFile } from './files/recentFiles'
import { createIpcHandlers, createTrustedSenderCheck, registerIpc } from './ipc/handlers'
import { createCloseDialogs } from './closeDialogs'
import { createCloseGuard, type CloseGuard } from './lifecycle'
import { buildMenuTemplate } from './menu'
import { DEFAULT_CLOSE_DIALOG_LABELS, DEFAULT_MENU_LABELS, setFileDialogLabels, type CloseDialogLabels, type MenuLabels } from './menuLabels'
import { createAppProtocolHandler } from './protocol'
import { hardenWebContents, windowOptions } from './window'

// The app origin (app://journeyboard) lives in ./appOrigin: it is chosen once and never changed,
// because IndexedDB data belongs to the origin.

// A packaged app never honours the dev-server variable: it would let anyone who can set an
// environment variable load a remote page with the bridge attached.
const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL
const isDev = !app.isPackaged
const origins = trustedOrigins(devServerUrl)

const closeGuards = new Map<number, CloseGuard>()
let mainWindow: BrowserWindow | null = null
let quitRequested = false
/** The words of the interface language, as the page last sent them; English until it does. */
let menuLabels: MenuLabels = DEFAULT_MENU_LABELS
let closeDialogLabels: CloseDialogLabels = DEFAULT_CLOSE_DIALOG_LABELS

/** The recent files as the menu last showed them; refreshed whenever the list changes. */
let recentMenuFiles: readonly RecentFile[] = []

function refreshRecentMenu(): void {
  void recent
    .list()
    .then((list) => {
      if (JSON.stringify(list) === JSON.stringify(recentMenuFiles)) return
      recentMenuFiles = list
      applyMenu()
    })
    .catch(() => undefined)
}

const documentsFolder = () => app.getPath('documents')
// Read lazily, so the path under userData (set below, before anything reads the list) is the real one.
const recent = createRecentFiles(fileSystem, join(app.getPath('appData'), USER_DATA_DIR_NAME, 'recent-files.json'), refreshRecentMenu)
const files = createFileService({
  fs: fileSystem,
  dialogs: createFileDialogs(
    {
      showOpenDialog: (options) => (mainWindow ? dialog.showOpenDialog(mainWindow, options) : dialog.showOpenDialog(options)),
      showSaveDialog: (options) => (mainWindow ? dialog.showSaveDialog(mainWindow, options) : dialog.showSaveDialog(options)),
    },
    documentsFolder,
  ),
  recent,
  // A folder the person can see and open themselves, outside the app's data.
  backupsFolder: () => join(documentsFolder(), 'Journeyboard', 'Backups'),
  maxBytes: MAX_FILE_BYTES,
  now: () => new Date(),
  newToken: () => randomUUID(),
})

/** .journey paths from a launch, a second launch, the dock or Open Recent: the page reads them when it is ready. */
function queueFiles(paths: readonly string[]): void {
  if (paths.length === 0) return
  files.queue(paths)
  mainWindow?.webContents.send(IpcChannels.filePending)
}

function createMainWindow(): BrowserWindow {
  const win = new BrowserWindow(windowOptions(join(app.getAppPath(), 'out/preload/index.cjs')))
  const contentsId = win.webContents.id
  win.once('ready-to-show', () => win.show())

  const closeDialogs = createCloseDialogs((options) => dialog.showMessageBox(win, options), () => closeDialogLabels)
  const guard = createCloseGuard({
    sendFlushRequest: () => win.webContents.send(IpcChannels.flushRequest),
    confirmCloseAfterFailedSave: () => closeDialogs.confirmCloseAfterFailedSave(),
    askWhileSaving: (signal) => closeDialogs.askWhileSaving(signal),
    close: () => win.close(),
    onCloseCancelled: () => {
      quitRequested = false
    },
  })
  closeGuards.set(contentsId, guard)
  win.on('close', (event) => guard.onClose(event))
  win.on('closed', () => {
    closeGuards.delete(contentsId)
    if (mainWindow === win) mainWindow = null
    // On macOS the app outlives its windows, so a Cmd+Q held back by the handshake is resumed here.
    if (quitRequested && BrowserWindow.getAllWindows().length === 0) app.quit()
  })

  void win.loadURL(devServerUrl ?? APP_INDEX_URL)
  return win
}

function focusMainWindow(): void {
  if (!mainWindow) {
    mainWindow = createMainWindow()
    return
  }
  if (mainWindow.isMinimized()) mainWindow.restore()
  mainWindow.focus()
}

function applyMenu(): void {
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      buildMenuTemplate({
        platform: process.platform,
        isDev,
        send: sendMenuCommand,
        labels: menuLabels,
        recentFiles: recentMenuFiles,
        openRecent: (path) => {
          queueFiles([path])
          focusMainWindow()
        },
        clearRecent: () => void recent.clear().catch(() => undefined),
      }),
    ),
  )
}

function sendMenuCommand(command: MenuCommand): void {
  const target = BrowserWindow.getFocusedWindow() ?? mainWindow
  target?.webContents.send(IpcChannels.menuCommand, command)
}

app.setPath('userData', join(app.getPath('appData'), USER_DATA_DIR_NAME))
app.enableSandbox()
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }])

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  queueFiles(filesFromArgv(process.argv, process.cwd()))

  app.on('second-instance', (_event, argv, workingDirectory) => {
    queueFiles(filesFromArgv(argv, workingDirectory))
    if (app.isReady()) focusMainWindow()
  })

  app.on('open-file', (event, path) => {
    event.preventDefault()
    queueFiles([path])
  })

  // Every WebContents, including any created later, gets the same lock-down.
  app.on('web-contents-created', (_event, contents) => {
    hardenWebContents(contents, { trustedOrigins: origins, openExternal: (url) => shell.openExternal(url) })
  })

  app.on('before-quit', () => {
    quitRequested = true
  })

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })

  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) mainWindow = createMainWindow()
  })

  void app.whenReady().then(() => {
    const root = join(app.getAppPath(), 'out/renderer')
    const roomHost = createMainRoomHost({ rendererRoot: root, userData: app.getPath('userData') })
    protocol.handle(APP_SCHEME, createAppProtocolHandler({ root, readFile: (path) => readFile(path), roomOrigin: roomHost.roomOrigin }))
    // A room left open when the app was killed opens again: participants reconnect on their own.
    void roomHost.rooms.resumeRooms().catch(() => undefined)
    app.on('will-quit', () => void roomHost.rooms.stop())

    registerIpc(
      ipcMain,
      createIpcHandlers({
        appInfo: () => ({
          name: app.getName(),
          version: app.getVersion(),
          platform: process.platform,
        }),
        onFlushed: (senderId, outcome) => closeGuards.get(senderId)?.flushed(outcome),
        onSaveStatus: (senderId, status) => closeGuards.get(senderId)?.reportSaveStatus(status),
        onSetLanguage: (labels) => {
          menuLabels = labels.menu
          closeDialogLabels = labels.closeDialog
          setFileDialogLabels(labels.fileDialog)
          applyMenu()
        },
      }),
      { isTrustedSender: createTrustedSenderCheck(origins) },
    )
    registerIpc(ipcMain, createFileIpcHandlers(files), { isTrustedSender: createTrustedSenderCheck(origins) })
    registerIpc(ipcMain, createRoomIpcHandlers(roomHost.hosting), { isTrustedSender: createTrustedSenderCheck(origins) })
    refreshRecentMenu()

    applyMenu()
    mainWindow = createMainWindow()
  })
}
