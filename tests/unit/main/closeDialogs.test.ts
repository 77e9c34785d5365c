import { describe, expect, it, vi } from 'vitest'
import { createCloseDialogs, type CloseMessageBoxOptions } from '../../../electron/main/closeDialogs'
import type { CloseDialogLabels } from '../../../electron/main/menuLabels'
import fa from '../../../src/i18n/locales/fa.json'

function setup(response: number) {
  const show = vi.fn(async (_options: CloseMessageBoxOptions) => ({ response }))
  return { show, dialogs: createCloseDialogs(show, () => fa.closeDialog satisfies CloseDialogLabels) }
}

describe('close questions', () => {
  it('asks about a failed save in the interface language, with Cancel as the safe default', async () => {
    const { show, dialogs } = setup(1)
    expect(await dialogs.confirmCloseAfterFailedSave()).toBe(false)
    const options = show.mock.calls[0]![0]
    expect(options).toMatchObject({ message: fa.closeDialog.message, buttons: [fa.closeDialog.quitAnyway, fa.closeDialog.cancel], defaultId: 1, cancelId: 1 })
    expect(await setup(0).dialogs.confirmCloseAfterFailedSave()).toBe(true)
  })

  it.each([
    [0, 'wait'],
    [1, 'closeAnyway'],
    [2, 'cancel'],
    [7, 'cancel'],
  ] as const)('asks about a slow save: button %i means %s', async (response, choice) => {
    const { show, dialogs } = setup(response)
    const signal = new AbortController().signal
    expect(await dialogs.askWhileSaving(signal)).toBe(choice)
    const options = show.mock.calls[0]![0]
    expect(options).toMatchObject({ message: fa.closeDialog.slowMessage, detail: fa.closeDialog.slowDetail, defaultId: 0, cancelId: 2, signal })
    expect(options.buttons).toEqual([fa.closeDialog.wait, fa.closeDialog.closeAnyway, fa.closeDialog.cancel])
  })
})
