import type { RoomHostRequest, RoomHostResponse } from '../../src/room/types'

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
  'openFile',
  'saveFile',
  'saveFileAs',
  'importFile',
  'exportJson',
  'exportCsv',
  'exportPng',
  'exportSvg',
  'exportPdf',
  // A card's sentiment, as the digit keys and the card's own menu set it (src/domain/types.ts SENTIMENTS).
  'sentiment:positive',
  'sentiment:friction',
  'sentiment:decision',
  'sentiment:neutral',
] as const
export type MenuCommand = (typeof MENU_COMMANDS)[number]

/** The native menu's labels, keyed as in the locale catalogues' `menu` section. */
export const MENU_LABEL_KEYS = [
  'appName', 'file', 'newWorkshop', 'newMap', 'showWorkshops', 'quit', 'close', 'edit', 'undo', 'redo', 'cut', 'copy', 'paste',
  'selectAll', 'delete', 'view', 'zoomIn', 'zoomOut', 'zoomReset', 'zoomToFit', 'fullScreen', 'reload', 'devTools', 'help',
  'shortcuts', 'about', 'services', 'hide', 'hideOthers', 'showAll', 'window', 'minimize', 'zoomWindow', 'bringAllToFront',
  'open', 'openRecent', 'noRecent', 'clearRecent', 'save', 'saveAs', 'import', 'export', 'exportJson', 'exportCsv',
  'exportPng', 'exportSvg', 'exportPdf', 'sentiment', 'sentimentPositive', 'sentimentFriction', 'sentimentDecision', 'sentimentNeutral',
] as const
export type MenuLabelKey = (typeof MENU_LABEL_KEYS)[number]

/**
 * The questions main asks when a window closes: after a failed save (message, detail, quitAnyway,
 * cancel) and while a save takes long (slowMessage, slowDetail, wait, closeAnyway, cancel);
 * keyed as in the catalogues' `closeDialog`.
 */
export const CLOSE_DIALOG_LABEL_KEYS = ['message', 'detail', 'quitAnyway', 'cancel', 'slowMessage', 'slowDetail', 'wait', 'closeAnyway'] as const
export type CloseDialogLabelKey = (typeof CLOSE_DIALOG_LABEL_KEYS)[number]

/** The file-type names main's open and save dialogs show; keyed as in the catalogues' `files.dialog`. */
export const FILE_DIALOG_LABEL_KEYS = ['journeyFiles', 'csvFiles', 'markdownFiles', 'importFiles', 'allFiles', 'pngFiles', 'svgFiles', 'pdfFiles'] as const
export type FileDialogLabelKey = (typeof FILE_DIALOG_LABEL_KEYS)[number]

/** The interface language and the words main shows itself (menu, dialogs), sent on start and on every change. */
export interface NativeLabels {
  readonly language: string
  readonly menu: Readonly<Record<MenuLabelKey, string>>
  readonly closeDialog: Readonly<Record<CloseDialogLabelKey, string>>
  readonly fileDialog: Readonly<Record<FileDialogLabelKey, string>>
}

/** App facts for the page: only what it shows or writes into exports. No paths: they name the person's home folder. */
export interface AppInfo {
  readonly name: string
  readonly version: string
  readonly platform: string
}

export const IpcChannels = {
  /** invoke: renderer asks for app facts. */
  appInfo: 'app:info',
  /** send (main -> renderer): a menu item was chosen. */
  menuCommand: 'menu:command',
  /** send (main -> renderer): the window is about to close; flush pending saves, then call `flushed`. */
  flushRequest: 'lifecycle:flush-request',
  /** invoke: the renderer's flush has finished, with its outcome (FlushOutcome); main closes or asks. */
  flushed: 'lifecycle:flushed',
  /** invoke: the renderer's save status, so main can warn before quitting with unsaved work. */
  saveStatus: 'lifecycle:save-status',
  /** invoke: the interface language changed; main rebuilds the menu and uses these words in its dialogs. */
  setLanguage: 'app:set-language',
  /** invoke: pick a file with the open dialog and read it (size checked first). */
  fileOpen: 'files:open',
  /** invoke: read a file from the recent list by its id; main refuses an id it did not hand out. */
  fileOpenRecent: 'files:open-recent',
  /** invoke: write the text to the file behind a token that an open or save handed out. */
  fileSave: 'files:save',
  /** invoke: pick where to save with the save dialog, write, and hand back a token for later saves. */
  fileSaveAs: 'files:save-as',
  /** invoke: pick where to write an export (a copy: no token, not a recent file). */
  fileExport: 'files:export',
  /** invoke: pick where to write a picture export (PNG, SVG, PDF) and write its bytes. */
  fileExportBytes: 'files:export-bytes',
  /** invoke: the recent files, newest first, missing ones dropped. */
  fileRecent: 'files:recent',
  /** invoke: the files a launch, a second launch, the dock or Open Recent asked to open, read. */
  fileTakePending: 'files:take-pending',
  /** invoke: a rolling backup copy of an open map into the visible backups folder. */
  fileBackup: 'files:backup',
  /** send (main -> renderer): files are waiting; call fileTakePending. */
  filePending: 'files:pending',
  /** invoke: open, re-code or close the open map's room, or remove someone from it (RoomHostRequest). */
  roomRequest: 'room:request',
} as const

/** Why a file could not be read or written; the page words each kind (i18n `files.error.*`). */
export type FileErrorKind = 'notFound' | 'denied' | 'diskFull' | 'tooLarge' | 'isFolder' | 'unknownFile' | 'io'
export interface FileError {
  readonly kind: FileErrorKind
  /** The system's own words, for a details line. */
  readonly message: string
  readonly limit?: number
  readonly found?: number
}

/**
 * A file main read for the page. `token` stands for its path, which stays in main: the page saves
 * back to it by token and never names a path to write.
 */
export interface OpenedFile {
  readonly token: string
  readonly name: string
  readonly text: string
}
export type OpenFileResult =
  | { readonly kind: 'opened'; readonly file: OpenedFile }
  | { readonly kind: 'cancelled' }
  | { readonly kind: 'failed'; readonly name: string; readonly error: FileError }
export type SaveFileResult =
  | { readonly kind: 'saved'; readonly token: string; readonly name: string }
  | { readonly kind: 'cancelled' }
  | { readonly kind: 'failed'; readonly error: FileError }
/** A recent file as the page sees it: main keeps the path and maps the id back to it. */
export interface RecentFileEntry {
  /** Opaque, valid while the app runs; sent back only to open this file (fileOpenRecent). */
  readonly id: string
  /** The file's name, e.g. "Onboarding.journey". */
  readonly name: string
  /** The name of the folder it is in, so two files of one name can be told apart; '' at a root. */
  readonly folder: string
}

/** What the open dialog offers: Journeyboard files only, everything the importer reads, or a CSV of actions for the plan. */
export type OpenPurpose = 'open' | 'import' | 'planCsv'
export const OPEN_PURPOSES = ['open', 'import', 'planCsv'] as const satisfies readonly OpenPurpose[]
/** Text exports: the map (.journey), a CSV (touchpoints or the action plan), a Markdown checklist (the plan). */
export type ExportKind = 'journey' | 'csv' | 'md'
export const EXPORT_KINDS = ['journey', 'csv', 'md'] as const satisfies readonly ExportKind[]
/** Picture exports: binary (or, for SVG, large) files written as bytes. */
export type VisualExportKind = 'png' | 'svg' | 'pdf'
export const VISUAL_EXPORT_KINDS = ['png', 'svg', 'pdf'] as const satisfies readonly VisualExportKind[]
/** A picture export main writes at most: a 40,000 px PNG of a busy map is well under this. */
export const MAX_EXPORT_BYTES = 512 * 1024 * 1024

/** Bytes on disk main reads at most; the same number as the importer's LIMITS.bytes (a test holds them equal). */
export const MAX_FILE_BYTES = 50 * 1024 * 1024

export type { RoomHostRequest, RoomHostResponse }

export type SaveStatus = 'saved' | 'saving' | 'unsaved' | 'failed' | 'readonly'
/** How the page's flush for a close ended: everything written, or a write failed. */
export type FlushOutcome = 'saved' | 'failed'
export const FLUSH_OUTCOMES = ['saved', 'failed'] as const satisfies readonly FlushOutcome[]
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
  openFile(purpose: OpenPurpose): Promise<OpenFileResult>
  openRecentFile(id: string): Promise<OpenFileResult>
  saveFile(token: string, text: string): Promise<SaveFileResult>
  saveFileAs(suggestedName: string, text: string): Promise<SaveFileResult>
  exportFile(kind: ExportKind, suggestedName: string, text: string): Promise<SaveFileResult>
  exportBytes(kind: VisualExportKind, suggestedName: string, bytes: Uint8Array): Promise<SaveFileResult>
  recentFiles(): Promise<RecentFileEntry[]>
  takePendingFiles(): Promise<OpenFileResult[]>
  backupMap(mapId: string, title: string, text: string): Promise<void>
  /** Subscribes to "files are waiting to be opened"; returns the unsubscribe function. */
  onFilesPending(listener: () => void): () => void
  /** Asks main's room host to open, re-code or close a room, or to remove someone from it. */
  roomRequest(request: RoomHostRequest): Promise<RoomHostResponse>
}
