import type { AppInfo, JourneyboardBridge, MenuCommand, NativeLabels, SaveStatus } from '../../electron/shared/ipc'

import { browserFiles, nativeFiles, type PlatformFiles } from './browserFiles'
import { webRoomHosting, type RoomHosting } from './roomHosting'

export type { AppInfo, MenuCommand, NativeLabels, SaveStatus }
export type { PlatformFiles }
export { readPickedFile } from './browserFiles'

/** The renderer's one door to the outside: the Electron bridge in the app, browser equivalents on the web. */
export interface Platform {
  readonly kind: 'electron' | 'browser'
  appInfo(): Promise<AppInfo>
  onMenuCommand(listener: (command: MenuCommand) => void): () => void
  /** Called when the app is about to close or hide: the listener writes everything pending. */
  onFlushRequest(listener: () => Promise<void>): () => void
  reportSaveStatus(status: SaveStatus): void
  /** The interface language changed: the native menu and main's own dialogs follow it. */
  setLanguage(labels: NativeLabels): void
  /** Open, save, export, recent files and backups (./browserFiles). */
  readonly files: PlatformFiles
  /** Hosting the open map's room: main's host in the app, the web server's on the web (./roomHosting). */
  readonly room: RoomHosting
}

declare global {
  interface Window {
    journeyboard?: JourneyboardBridge
  }
}

function electronPlatform(bridge: JourneyboardBridge): Platform {
  return {
    kind: 'electron',
    appInfo: () => bridge.appInfo(),
    onMenuCommand: (listener) => bridge.onMenuCommand(listener),
    onFlushRequest: (listener) => bridge.onFlushRequest(listener),
    reportSaveStatus: (status) => void bridge.reportSaveStatus(status).catch(() => undefined),
    setLanguage: (labels) => void bridge.setLanguage(labels).catch(() => undefined),
    files: nativeFiles(bridge),
    room: (request) => bridge.roomRequest(request),
  }
}

function browserPlatform(): Platform {
  return {
    kind: 'browser',
    appInfo: async () => ({
      name: 'Journeyboard',
      version: import.meta.env.VITE_APP_VERSION ?? '0.0.0',
      platform: 'web',
    }),
    // A browser has no native menu; the page's own keys and buttons do the same work.
    onMenuCommand: () => () => undefined,
    // A tab gives no close handshake: pagehide is the last moment, and IndexedDB writes started there usually land.
    onFlushRequest: (listener) => {
      const onHide = () => void listener()
      window.addEventListener('pagehide', onHide)
      return () => window.removeEventListener('pagehide', onHide)
    },
    reportSaveStatus: () => undefined,
    // No native menu or main-process dialogs in a browser: the page is all there is.
    setLanguage: () => undefined,
    files: browserFiles(),
    room: webRoomHosting(),
  }
}

export const platform: Platform = typeof window !== 'undefined' && window.journeyboard ? electronPlatform(window.journeyboard) : browserPlatform()
