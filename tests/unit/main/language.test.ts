import { describe, expect, it, vi } from 'vitest'
import type { MenuItemConstructorOptions } from 'electron'
import { CLOSE_DIALOG_LABEL_KEYS, FILE_DIALOG_LABEL_KEYS, IpcChannels, MENU_LABEL_KEYS, type NativeLabels } from '../../../electron/shared/ipc'
import { APP_ORIGIN, trustedOrigins } from '../../../electron/main/appOrigin'
import { createIpcHandlers, createTrustedSenderCheck, registerIpc, type InvokeEventLike } from '../../../electron/main/ipc/handlers'
import { buildMenuTemplate } from '../../../electron/main/menu'
import en from '../../../src/i18n/locales/en.json'
import fa from '../../../src/i18n/locales/fa.json'
import nb from '../../../src/i18n/locales/nb.json'
import tr from '../../../src/i18n/locales/tr.json'

// The page sends the native menu's words in its language (app:set-language); main must take
// exactly that shape from each catalogue and nothing else, since the page is treated as untrusted.

type Catalogue = { menu?: Record<string, string>; closeDialog?: Record<string, string>; files?: { dialog?: Record<string, string> } }

function labelsOf(language: string, catalogue: Catalogue): NativeLabels {
  const pick = <K extends string>(section: Record<string, string> | undefined, keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, section?.[k] ?? ''])) as Record<K, string>
  return { language, menu: pick(catalogue.menu, MENU_LABEL_KEYS), closeDialog: pick(catalogue.closeDialog, CLOSE_DIALOG_LABEL_KEYS), fileDialog: pick(catalogue.files?.dialog, FILE_DIALOG_LABEL_KEYS) }
}

function setup() {
  const onSetLanguage = vi.fn<(labels: NativeLabels) => void>()
  const registered = new Map<string, (event: InvokeEventLike, ...args: unknown[]) => unknown>()
  const handlers = createIpcHandlers({ appInfo: () => ({ name: '', version: '', platform: '', userDataPath: '' }), onFlushed: () => undefined, onSaveStatus: () => undefined, onSetLanguage })
  registerIpc({ handle: (channel, listener) => registered.set(channel, listener) }, handlers, { isTrustedSender: createTrustedSenderCheck(trustedOrigins(undefined)) })
  const invoke = async (args: unknown[]) => registered.get(IpcChannels.setLanguage)!({ senderFrame: { url: `${APP_ORIGIN}/index.html` }, sender: { id: 1 } }, ...args)
  return { onSetLanguage, invoke }
}

function allLabels(template: MenuItemConstructorOptions[]): string[] {
  return template.flatMap((item) => [item.label ?? '', ...(Array.isArray(item.submenu) ? allLabels(item.submenu) : [])]).filter(Boolean)
}

describe('app:set-language', () => {
  it.each([
    ['en', en],
    ['tr', tr],
    ['fa', fa],
    ['nb', nb],
  ] as const)('accepts the %s catalogue menu and dialog words and hands them to main', async (language, catalogue) => {
    const { onSetLanguage, invoke } = setup()
    const labels = labelsOf(language, catalogue)
    await invoke([labels])
    expect(onSetLanguage).toHaveBeenCalledWith(labels)
  })

  it.each([
    ['no payload', []],
    ['two payloads', 'twice'],
    ['a missing label', 'missing'],
    ['an extra label', 'extra'],
    ['an empty label', 'empty'],
    ['a huge label', 'huge'],
    ['a bogus language code', 'code'],
  ])('rejects %s', async (_name, how) => {
    const { onSetLanguage, invoke } = setup()
    const good = labelsOf('fa', fa)
    const menu: Record<string, string> = { ...good.menu }
    let args: unknown[] = [good]
    if (how === 'twice') args = [good, good]
    else if (Array.isArray(how)) args = how
    else if (how === 'missing') delete menu.file
    else if (how === 'extra') menu.evil = 'x'
    else if (how === 'empty') menu.file = ''
    else if (how === 'huge') menu.file = 'x'.repeat(10_000)
    if (how === 'code') args = [{ ...good, language: '../../etc' }]
    else if (!Array.isArray(how) && how !== 'twice') args = [{ ...good, menu }]
    await expect(invoke(args)).rejects.toThrow(/app:set-language: invalid payload/)
    expect(onSetLanguage).not.toHaveBeenCalled()
  })

  it('builds the native menu in Persian from the words the page sent', () => {
    const labels = labelsOf('fa', fa)
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      const shown = allLabels(buildMenuTemplate({ platform, isDev: false, send: () => undefined, labels: labels.menu }))
      expect(shown.length).toBeGreaterThan(10)
      expect(shown.filter((label) => !/[\u0600-\u06FF]/.test(label) && label !== labels.menu.appName)).toEqual([])
    }
  })
})
