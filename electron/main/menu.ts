import type { MenuItemConstructorOptions } from 'electron'
import type { MenuCommand } from '../shared/ipc'
import type { RecentFile } from './files/recentFiles'
import { menuAccelerator } from '../../src/editor/keymap'
import type { MenuLabels } from './menuLabels'

export interface MenuTemplateOptions {
  readonly platform: NodeJS.Platform
  readonly isDev: boolean
  readonly send: (command: MenuCommand) => void
  readonly labels: MenuLabels
  /** File ▸ Open Recent, newest first. */
  /** Main's own list, paths included: the native menu is main's, not the page's. */
  readonly recentFiles?: readonly RecentFile[]
  readonly openRecent?: (path: string) => void
  readonly clearRecent?: () => void
}

const separator: MenuItemConstructorOptions = { type: 'separator' }

/**
 * The native menu. Items that stand for page actions only name a command; the page decides what
 * it means in context (a text field's undo vs the map's undo).
 */
export function buildMenuTemplate({ platform, isDev, send, labels, recentFiles = [], openRecent, clearRecent }: MenuTemplateOptions): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin'
  // Shortcuts are shown in the menu but left to the page's own key handling (registerAccelerator:
  // false): the web build has no native menu so the page binds them anyway, a key the menu also
  // grabbed would act twice, and Ctrl+A / Delete / Shift+1 must keep working inside text fields.
  // The keys come from the page's keymap (src/editor/keymap.ts), so the menu shows what the page does.
  const command = (label: string, cmd: MenuCommand): MenuItemConstructorOptions => {
    const accelerator = menuAccelerator(cmd, platform)
    return { label, click: () => send(cmd), ...(accelerator ? { accelerator, registerAccelerator: false } : {}) }
  }

  const appMenu: MenuItemConstructorOptions = {
    label: labels.appName,
    submenu: [
      command(labels.about, 'about'),
      separator,
      { role: 'services', label: labels.services },
      separator,
      { role: 'hide', label: labels.hide },
      { role: 'hideOthers', label: labels.hideOthers },
      { role: 'unhide', label: labels.showAll },
      separator,
      { role: 'quit', label: labels.quit },
    ],
  }

  const fileMenu: MenuItemConstructorOptions = {
    label: labels.file,
    submenu: [
      command(labels.newWorkshop, 'newWorkshop'),
      command(labels.newMap, 'newMap'),
      command(labels.showWorkshops, 'showWorkshops'),
      separator,
      command(labels.open, 'openFile'),
      {
        label: labels.openRecent,
        submenu: recentFiles.length
          ? [
              // The folder is shown too: two maps called "Workshop.journey" must be told apart.
              ...recentFiles.map((file) => ({ label: file.path, click: () => openRecent?.(file.path) })),
              separator,
              { label: labels.clearRecent, click: () => clearRecent?.() },
            ]
          : [{ label: labels.noRecent, enabled: false }],
      },
      separator,
      command(labels.save, 'saveFile'),
      command(labels.saveAs, 'saveFileAs'),
      separator,
      command(labels.import, 'importFile'),
      {
        label: labels.export,
        submenu: [
          command(labels.exportJson, 'exportJson'),
          command(labels.exportCsv, 'exportCsv'),
          separator,
          // Pictures ask for their options (scale, scope, paper) in the page's export dialog.
          command(labels.exportPng, 'exportPng'),
          command(labels.exportSvg, 'exportSvg'),
          command(labels.exportPdf, 'exportPdf'),
        ],
      },
      separator,
      isMac ? { role: 'close', label: labels.close } : { role: 'quit', label: labels.quit },
    ],
  }

  const editMenu: MenuItemConstructorOptions = {
    label: labels.edit,
    submenu: [
      command(labels.undo, 'undo'),
      command(labels.redo, 'redo'),
      separator,
      { role: 'cut', label: labels.cut },
      { role: 'copy', label: labels.copy },
      { role: 'paste', label: labels.paste },
      command(labels.delete, 'deleteSelection'),
      separator,
      command(labels.selectAll, 'selectAll'),
      separator,
      // The digits 1–4 of the board, listed where a person looks for what they can do to a card.
      {
        label: labels.sentiment,
        submenu: [
          command(labels.sentimentPositive, 'sentiment:positive'),
          command(labels.sentimentFriction, 'sentiment:friction'),
          command(labels.sentimentDecision, 'sentiment:decision'),
          command(labels.sentimentNeutral, 'sentiment:neutral'),
        ],
      },
    ],
  }

  const viewMenu: MenuItemConstructorOptions = {
    label: labels.view,
    submenu: [
      command(labels.zoomIn, 'zoomIn'),
      command(labels.zoomOut, 'zoomOut'),
      command(labels.zoomReset, 'zoomReset'),
      command(labels.zoomToFit, 'zoomToFit'),
      separator,
      { role: 'togglefullscreen', label: labels.fullScreen },
      ...(isDev
        ? [separator, { role: 'reload', label: labels.reload } as const, { role: 'toggleDevTools', label: labels.devTools } as const]
        : []),
    ],
  }

  const windowMenu: MenuItemConstructorOptions = {
    label: labels.window,
    submenu: [{ role: 'minimize', label: labels.minimize }, { role: 'zoom', label: labels.zoomWindow }, separator, { role: 'front', label: labels.bringAllToFront }],
  }

  const helpMenu: MenuItemConstructorOptions = {
    role: 'help',
    label: labels.help,
    submenu: [command(labels.shortcuts, 'showShortcuts'), ...(isMac ? [] : [separator, command(labels.about, 'about')])],
  }

  return isMac ? [appMenu, fileMenu, editMenu, viewMenu, windowMenu, helpMenu] : [fileMenu, editMenu, viewMenu, helpMenu]
}
