import type { MenuCommand } from '../../electron/shared/ipc'
import { appActions } from './actions'

/**
 * The page's own route for named commands: the app shell forwards menu commands here, and panels
 * (a banner's "Save to file") send them, so the board and the file host each hear the ones they own.
 */
export function sendAppCommand(command: MenuCommand): void {
  appActions.send({ type: 'command', command })
}

/** Subscribes to app commands; returns the unsubscribe function. */
export function onAppCommand(listener: (command: MenuCommand) => void): () => void {
  return appActions.on('command', (action) => listener(action.command))
}
