import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { MENU_COMMANDS, type MenuCommand } from '../../../electron/shared/ipc'
import { buildMenuTemplate } from '../../../electron/main/menu'
import { DEFAULT_MENU_LABELS } from '../../../electron/main/menuLabels'

function build(platform: NodeJS.Platform, isDev = false) {
  const send = vi.fn<(command: MenuCommand) => void>()
  const template = buildMenuTemplate({ platform, isDev, send, labels: DEFAULT_MENU_LABELS })
  return { template, send }
}

function flatten(items: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])])
}

function item(template: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions {
  const found = flatten(template).find((entry) => entry.label === label)
  if (!found) throw new Error(`no menu item ${label}`)
  return found
}

function click(entry: MenuItemConstructorOptions): void {
  ;(entry.click as () => void)()
}

const L = DEFAULT_MENU_LABELS

describe('buildMenuTemplate', () => {
  it('has File, Edit, View, Help on Windows and Linux', () => {
    for (const platform of ['win32', 'linux'] as const) {
      expect(build(platform).template.map((menu) => menu.label)).toEqual([L.file, L.edit, L.view, L.help])
    }
  })

  it('puts the app menu first on macOS and Close Window in File', () => {
    const { template } = build('darwin')
    expect(template.map((menu) => menu.label)).toEqual([L.appName, L.file, L.edit, L.view, L.window, L.help])
    expect(item(template, L.close).role).toBe('close')
    expect(item(template, L.quit).role).toBe('quit')
    expect(flatten([template[1]!]).some((entry) => entry.role === 'quit')).toBe(false)
  })

  it('quits from File elsewhere', () => {
    expect(item(build('linux').template, L.quit).role).toBe('quit')
  })

  it.each([
    [L.newWorkshop, 'newWorkshop'],
    [L.newMap, 'newMap'],
    [L.showWorkshops, 'showWorkshops'],
    [L.undo, 'undo'],
    [L.redo, 'redo'],
    [L.selectAll, 'selectAll'],
    [L.delete, 'deleteSelection'],
    [L.zoomIn, 'zoomIn'],
    [L.zoomOut, 'zoomOut'],
    [L.zoomReset, 'zoomReset'],
    [L.zoomToFit, 'zoomToFit'],
    [L.shortcuts, 'showShortcuts'],
    [L.about, 'about'],
    [L.sentimentPositive, 'sentiment:positive'],
    [L.sentimentFriction, 'sentiment:friction'],
    [L.sentimentDecision, 'sentiment:decision'],
    [L.sentimentNeutral, 'sentiment:neutral'],
  ] as const)('clicking %s sends %s', (label, command) => {
    for (const platform of ['linux', 'darwin'] as const) {
      const { template, send } = build(platform)
      click(item(template, label))
      expect(send.mock.calls).toEqual([[command]])
    }
  })

  it('reaches every menu command', () => {
    const { template, send } = build('linux')
    for (const entry of flatten(template)) if (entry.click) click(entry)
    expect(new Set(send.mock.calls.map(([command]) => command))).toEqual(new Set(MENU_COMMANDS))
  })

  it('leaves page shortcuts to the page so keys never act twice', () => {
    const { template } = build('linux')
    for (const label of [L.undo, L.redo, L.selectAll, L.delete]) {
      expect(item(template, label).registerAccelerator, label).toBe(false)
    }
    for (const entry of flatten(template)) {
      if (entry.click && entry.accelerator) expect(entry.registerAccelerator, String(entry.label)).toBe(false)
    }
    expect(item(template, L.undo).accelerator).toBe('CmdOrCtrl+Z')
    expect(item(template, L.newWorkshop).accelerator).toBe('CmdOrCtrl+Shift+N')
    expect(item(template, L.newMap).accelerator).toBe('CmdOrCtrl+N')
  })

  it('lists the four sentiments under Edit with the digits that set them, in the inspector’s order', () => {
    for (const platform of ['linux', 'darwin', 'win32'] as const) {
      const { template } = build(platform)
      const edit = template.find((menu) => menu.label === L.edit)!
      const sentiments = flatten([edit]).find((entry) => entry.label === L.sentiment)
      const items = sentiments?.submenu as MenuItemConstructorOptions[]
      expect(items.map((entry) => [entry.label, entry.accelerator, entry.registerAccelerator])).toEqual([
        [L.sentimentPositive, '1', false],
        [L.sentimentFriction, '2', false],
        [L.sentimentDecision, '3', false],
        [L.sentimentNeutral, '4', false],
      ])
    }
  })

  it('uses native roles for the clipboard and full screen', () => {
    const { template } = build('win32')
    expect(item(template, L.cut).role).toBe('cut')
    expect(item(template, L.copy).role).toBe('copy')
    expect(item(template, L.paste).role).toBe('paste')
    expect(item(template, L.fullScreen).role).toBe('togglefullscreen')
  })

  it('shows reload and developer tools only in dev', () => {
    const devRoles = ['reload', 'forceReload', 'toggleDevTools']
    for (const platform of ['linux', 'darwin', 'win32'] as const) {
      const prod = flatten(build(platform, false).template)
      expect(prod.filter((entry) => devRoles.includes(String(entry.role)))).toEqual([])
      const dev = flatten(build(platform, true).template).map((entry) => entry.role)
      expect(dev).toContain('reload')
      expect(dev).toContain('toggleDevTools')
    }
  })

  it('takes every label from the labels object', () => {
    const labels = Object.fromEntries(Object.keys(DEFAULT_MENU_LABELS).map((key) => [key, `«${key}»`])) as unknown as typeof DEFAULT_MENU_LABELS
    for (const platform of ['linux', 'darwin'] as const) {
      const template = buildMenuTemplate({ platform, isDev: true, send: () => undefined, labels })
      const englishLeft = flatten(template).filter((entry) => entry.label !== undefined && !/^«\w+»$/.test(entry.label))
      expect(englishLeft.map((entry) => entry.label)).toEqual([])
    }
  })
})

describe('DEFAULT_MENU_LABELS', () => {
  it('takes its English from the renderer catalogue', async () => {
    const en = (await import('../../../src/i18n/locales/en.json')).default
    expect(DEFAULT_MENU_LABELS).toMatchObject(en.menu)
    expect(DEFAULT_MENU_LABELS.appName).toBe(en.app.name)
  })
})
