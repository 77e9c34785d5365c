import type { SlowCloseChoice } from './lifecycle'
import type { CloseDialogLabels } from './menuLabels'

/** The part of Electron's message box options these questions use (electron's own type, narrowed for tests). */
export interface CloseMessageBoxOptions {
  readonly type: 'warning'
  readonly message: string
  readonly detail: string
  readonly buttons: string[]
  readonly defaultId: number
  readonly cancelId: number
  readonly noLink: true
  readonly signal?: AbortSignal
}

export type ShowMessageBox = (options: CloseMessageBoxOptions) => Promise<{ readonly response: number }>

export interface CloseDialogs {
  confirmCloseAfterFailedSave(): Promise<boolean>
  askWhileSaving(signal: AbortSignal): Promise<SlowCloseChoice>
}

const SLOW_CHOICES: readonly SlowCloseChoice[] = ['wait', 'closeAnyway', 'cancel']

/**
 * The two native questions of the close handshake, in the interface language the page last sent.
 * The safe answer (keep the window) is the default and what Escape gives, so a stray key never
 * throws work away.
 */
export function createCloseDialogs(show: ShowMessageBox, labels: () => CloseDialogLabels): CloseDialogs {
  return {
    async confirmCloseAfterFailedSave() {
      const words = labels()
      const { response } = await show({
        type: 'warning',
        message: words.message,
        detail: words.detail,
        buttons: [words.quitAnyway, words.cancel],
        defaultId: 1,
        cancelId: 1,
        noLink: true,
      })
      return response === 0
    },
    async askWhileSaving(signal) {
      const words = labels()
      // Wait is the default: the save is still running and most likely finishes.
      const { response } = await show({
        type: 'warning',
        message: words.slowMessage,
        detail: words.slowDetail,
        buttons: [words.wait, words.closeAnyway, words.cancel],
        defaultId: 0,
        cancelId: 2,
        noLink: true,
        signal,
      })
      return SLOW_CHOICES[response] ?? 'cancel'
    },
  }
}
