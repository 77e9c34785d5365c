import en from '../../src/i18n/locales/en.json'

/** Menu text, keyed as in the locale catalogues' `menu` section. */
export interface CatalogueMenuLabels {
  readonly file: string
  readonly newWorkshop: string
  readonly newMap: string
  readonly showWorkshops: string
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

/** The macOS-only app and Window menus, which the catalogues do not carry (yet). */
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

const MAC_MENU_LABELS_EN: MacMenuLabels = {
  appName: en.app.name,
  services: 'Services',
  hide: `Hide ${en.app.name}`,
  hideOthers: 'Hide Others',
  showAll: 'Show All',
  window: 'Window',
  minimize: 'Minimize',
  zoomWindow: 'Zoom',
  bringAllToFront: 'Bring All to Front',
}

/**
 * English, straight from src/i18n/locales/en.json, so the menu and the page say the same words;
 * the translations work will pick the catalogue for the system language instead.
 */
export const DEFAULT_MENU_LABELS: MenuLabels = { ...MAC_MENU_LABELS_EN, ...(en.menu satisfies CatalogueMenuLabels) }

export interface CloseDialogLabels {
  readonly message: string
  readonly detail: string
  readonly quitAnyway: string
  readonly cancel: string
}

// Not in the catalogue yet: the page never shows this dialog, main does, as the window closes.
export const DEFAULT_CLOSE_DIALOG_LABELS: CloseDialogLabels = {
  message: 'Your latest changes could not be saved.',
  detail: 'If you quit now, changes since the last successful save will be lost. Cancel, then use "Save to file" to keep a copy.',
  quitAnyway: 'Quit Anyway',
  cancel: 'Cancel',
}
