import { contextBridge, ipcRenderer } from 'electron'
import {
  IpcChannels,
  MENU_COMMANDS,
  type AppInfo,
  type JourneyboardBridge,
  type MenuCommand,
  type OpenFileResult,
  type RecentFileEntry,
  type RoomHostResponse,
  type SaveFileResult,
} from '../shared/ipc'

// Bundled as CommonJS and run in the sandbox: only `electron` may be required here, and the page
// gets plain functions, never ipcRenderer or an event object (which carries `sender`).

function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value)
}

const flushListeners = new Set<() => Promise<void>>()

// One IPC listener for all subscribers, so main hears `flushed` once, after every one of them is done.
ipcRenderer.on(IpcChannels.flushRequest, () => {
  const pending = [...flushListeners].map((listener) => Promise.resolve().then(listener))
  // A failed flush still answers, saying so: main then asks before anything is thrown away.
  void Promise.allSettled(pending)
    .then((results) => ipcRenderer.invoke(IpcChannels.flushed, results.every((r) => r.status === 'fulfilled') ? 'saved' : 'failed'))
    .catch(() => undefined)
})

const bridge: JourneyboardBridge = {
  appInfo: () => ipcRenderer.invoke(IpcChannels.appInfo) as Promise<AppInfo>,

  onMenuCommand(listener) {
    const handler = (_event: unknown, command: unknown): void => {
      if (isMenuCommand(command)) listener(command)
    }
    ipcRenderer.on(IpcChannels.menuCommand, handler)
    return () => {
      ipcRenderer.removeListener(IpcChannels.menuCommand, handler)
    }
  },

  onFlushRequest(listener) {
    const entry = (): Promise<void> => listener()
    flushListeners.add(entry)
    return () => {
      flushListeners.delete(entry)
    }
  },

  reportSaveStatus: async (status) => {
    await ipcRenderer.invoke(IpcChannels.saveStatus, status)
  },

  setLanguage: async (labels) => {
    await ipcRenderer.invoke(IpcChannels.setLanguage, labels)
  },

  openFile: (purpose) => ipcRenderer.invoke(IpcChannels.fileOpen, purpose) as Promise<OpenFileResult>,
  openRecentFile: (id) => ipcRenderer.invoke(IpcChannels.fileOpenRecent, id) as Promise<OpenFileResult>,
  saveFile: (token, text) => ipcRenderer.invoke(IpcChannels.fileSave, token, text) as Promise<SaveFileResult>,
  saveFileAs: (suggestedName, text) => ipcRenderer.invoke(IpcChannels.fileSaveAs, suggestedName, text) as Promise<SaveFileResult>,
  exportFile: (kind, suggestedName, text) => ipcRenderer.invoke(IpcChannels.fileExport, kind, suggestedName, text) as Promise<SaveFileResult>,
  exportBytes: (kind, suggestedName, bytes) => ipcRenderer.invoke(IpcChannels.fileExportBytes, kind, suggestedName, bytes) as Promise<SaveFileResult>,
  recentFiles: () => ipcRenderer.invoke(IpcChannels.fileRecent) as Promise<RecentFileEntry[]>,
  takePendingFiles: () => ipcRenderer.invoke(IpcChannels.fileTakePending) as Promise<OpenFileResult[]>,
  backupMap: async (mapId, title, text) => {
    await ipcRenderer.invoke(IpcChannels.fileBackup, mapId, title, text)
  },

  onFilesPending(listener) {
    const handler = (): void => listener()
    ipcRenderer.on(IpcChannels.filePending, handler)
    return () => {
      ipcRenderer.removeListener(IpcChannels.filePending, handler)
    }
  },

  roomRequest: (request) => ipcRenderer.invoke(IpcChannels.roomRequest, request) as Promise<RoomHostResponse>,
}

contextBridge.exposeInMainWorld('journeyboard', bridge)
