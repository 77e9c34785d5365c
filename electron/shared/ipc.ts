/**
 * THE IPC contract between main and the renderer: channel names and payload types. The preload
 * exposes one function per channel and main validates every payload that crosses (see
 * electron/main/ipc). Nothing else crosses the boundary.
 */

/** Named commands the native menu sends to the page; the page decides what each means in context. */
export const MENU_COMMANDS = [
  'newWorkshop',
  'newMap',
  'showWorkshops',
  'undo',
  'redo',
  'selectAll',
  'deleteSelection',
  'zoomIn',
  'zoomOut',
  'zoomReset',
  'zoomToFit',
  'showShortcuts',
  'about',
] as const
export type MenuCommand = (typeof MENU_COMMANDS)[number]

export interface AppInfo {
  readonly name: string
  readonly version: string
  readonly platform: string
  /** Where the app keeps its data (IndexedDB lives inside it); shown so people know where their work is. */
  readonly userDataPath: string
}

export const IpcChannels = {
  /** invoke: renderer asks for app facts. */
  appInfo: 'app:info',
  /** send (main -> renderer): a menu item was chosen. */
  menuCommand: 'menu:command',
  /** send (main -> renderer): the window is about to close; flush pending saves, then call `flushed`. */
  flushRequest: 'lifecycle:flush-request',
  /** invoke: the renderer has written everything; main may close the window. */
  flushed: 'lifecycle:flushed',
  /** invoke: the renderer's save status, so main can warn before quitting with unsaved work. */
  saveStatus: 'lifecycle:save-status',
} as const

export type SaveStatus = 'saved' | 'saving' | 'unsaved' | 'failed' | 'readonly'
export const SAVE_STATUSES = ['saved', 'saving', 'unsaved', 'failed', 'readonly'] as const satisfies readonly SaveStatus[]

/** What the preload puts on `window.journeyboard`. */
export interface JourneyboardBridge {
  appInfo(): Promise<AppInfo>
  /** Subscribes to menu commands; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void
  /** Subscribes to the close handshake; the listener resolves once pending saves are written. */
  onFlushRequest(listener: () => Promise<void>): () => void
  reportSaveStatus(status: SaveStatus): Promise<void>
}
