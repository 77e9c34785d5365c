import en from '../../src/i18n/locales/en.json'
import type { CloseDialogLabelKey, FileDialogLabelKey, MenuLabelKey } from '../shared/ipc'

/** Menu text, keyed as in the locale catalogues' `menu` section. */
export interface CatalogueMenuLabels {
  readonly file: string
  readonly newWorkshop: string
  readonly newMap: string
  readonly showWorkshops: string
  readonly open: string
  readonly openRecent: string
  readonly noRecent: string
  readonly clearRecent: string
  readonly save: string
  readonly saveAs: string
  readonly import: string
  readonly export: string
  readonly exportJson: string
  readonly exportCsv: string
  readonly exportPng: string
  readonly exportSvg: string
  readonly exportPdf: string
  readonly quit: string
  readonly close: string
  readonly edit: string
  readonly undo: string
  readonly redo: string
  readonly cut: string
  readonly copy: string
  readonly paste: string
  readonly selectAll: string
  readonly delete: string
  /** Edit ▸ the selected cards' sentiment. */
  readonly sentiment: string
  readonly sentimentPositive: string
  readonly sentimentFriction: string
  readonly sentimentDecision: string
  readonly sentimentNeutral: string
  readonly view: string
  readonly zoomIn: string
  readonly zoomOut: string
  readonly zoomReset: string
  readonly zoomToFit: string
  readonly fullScreen: string
  readonly reload: string
  readonly devTools: string
  readonly help: string
  readonly shortcuts: string
  readonly about: string
}

/** The macOS-only app and Window menus. */
export interface MacMenuLabels {
  readonly appName: string
  readonly services: string
  readonly hide: string
  readonly hideOthers: string
  readonly showAll: string
  readonly window: string
  readonly minimize: string
  readonly zoomWindow: string
  readonly bringAllToFront: string
}

export type MenuLabels = CatalogueMenuLabels & MacMenuLabels

// The IPC contract's key list and these interfaces must name the same labels, both ways.
type SameKeys<A, B> = [keyof A] extends [keyof B] ? ([keyof B] extends [keyof A] ? true : false) : false
const _menuKeysMatch: SameKeys<MenuLabels, Record<MenuLabelKey, string>> = true
const _closeKeysMatch: SameKeys<CloseDialogLabels, Record<CloseDialogLabelKey, string>> = true
void _menuKeysMatch
void _closeKeysMatch

/**
 * English, straight from src/i18n/locales/en.json, until the page sends the words of the
 * interface language (IpcChannels.setLanguage) and main rebuilds the menu with them.
 */
export const DEFAULT_MENU_LABELS: MenuLabels = en.menu satisfies MenuLabels

export interface CloseDialogLabels {
  readonly message: string
  readonly detail: string
  readonly quitAnyway: string
  readonly cancel: string
  readonly slowMessage: string
  readonly slowDetail: string
  readonly wait: string
  readonly closeAnyway: string
}

// The page never shows this dialog, main does, as the window closes: so the page sends its words ahead.
export const DEFAULT_CLOSE_DIALOG_LABELS: CloseDialogLabels = en.closeDialog satisfies CloseDialogLabels

/** The file-type names of the open and save dialogs in the interface language, once the page has sent them. */
let fileDialogLabels: Readonly<Record<FileDialogLabelKey, string>> | null = null

export function setFileDialogLabels(labels: Readonly<Record<FileDialogLabelKey, string>>): void {
  fileDialogLabels = labels
}

/** A file-type name in the interface language, or `english` until the page has said which language it speaks. */
export function fileDialogLabel(key: FileDialogLabelKey, english: string): string {
  return fileDialogLabels?.[key] ?? english
}
