import { appStore } from '../store'
import type { AppDialog } from '../store/workspaceSlice'

/** For a screen that unmounts: closes the dialog if it is one of the screen's own, so it does not reappear on the next visit. */
export function closeOwnDialog(...kinds: readonly AppDialog['kind'][]): void {
  const { dialog, closeDialog } = appStore.getState()
  if (dialog && kinds.includes(dialog.kind)) closeDialog()
}
