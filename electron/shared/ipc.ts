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

/** The native menu's labels, keyed as in the locale catalogues' `menu` section. */
export const MENU_LABEL_KEYS = [
  'appName', 'file', 'newWorkshop', 'newMap', 'showWorkshops', 'quit', 'close', 'edit', 'undo', 'redo', 'cut', 'copy', 'paste',
  'selectAll', 'delete', 'view', 'zoomIn', 'zoomOut', 'zoomReset', 'zoomToFit', 'fullScreen', 'reload', 'devTools', 'help',
  'shortcuts', 'about', 'services', 'hide', 'hideOthers', 'showAll', 'window', 'minimize', 'zoomWindow', 'bringAllToFront',
] as const
export type MenuLabelKey = (typeof MENU_LABEL_KEYS)[number]

/** The question main asks when a window closes after a failed save; keyed as in the catalogues' `closeDialog`. */
export const CLOSE_DIALOG_LABEL_KEYS = ['message', 'detail', 'quitAnyway', 'cancel'] as const
export type CloseDialogLabelKey = (typeof CLOSE_DIALOG_LABEL_KEYS)[number]

/** The interface language and the words main shows itself (menu, dialogs), sent on start and on every change. */
export interface NativeLabels {
  readonly language: string
  readonly menu: Readonly<Record<MenuLabelKey, string>>
  readonly closeDialog: Readonly<Record<CloseDialogLabelKey, string>>
}

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
  /** invoke: the interface language changed; main rebuilds the menu and uses these words in its dialogs. */
  setLanguage: 'app:set-language',
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
  setLanguage(labels: NativeLabels): Promise<void>
}
