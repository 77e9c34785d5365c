import type { TFunction } from 'i18next'
import { CLOSE_DIALOG_LABEL_KEYS, FILE_DIALOG_LABEL_KEYS, MENU_LABEL_KEYS, type NativeLabels } from '../../electron/shared/ipc'

/**
 * The words main shows by itself (native menu, the close-after-failed-save question), in the
 * interface language. Sent to main on start and on every language change; the browser ignores it.
 */
export function nativeLabels(t: TFunction, language: string): NativeLabels {
  const pick = <K extends string>(section: string, keys: readonly K[]) => Object.fromEntries(keys.map((key) => [key, t(`${section}.${key}`)])) as Record<K, string>
  return { language, menu: pick('menu', MENU_LABEL_KEYS), closeDialog: pick('closeDialog', CLOSE_DIALOG_LABEL_KEYS), fileDialog: pick('files.dialog', FILE_DIALOG_LABEL_KEYS) }
}
