import type { MenuCommand } from '../../electron/shared/ipc'

/**
 * The page's own route for named commands: the app shell forwards menu commands here, and panels
 * (a banner's "Save to file") send them, so the board and the file host each hear the ones they own.
 */
const COMMAND_EVENT = 'journeyboard:command'

export function sendAppCommand(command: MenuCommand): void {
  window.dispatchEvent(new CustomEvent<MenuCommand>(COMMAND_EVENT, { detail: command }))
}

/** Subscribes to app commands; returns the unsubscribe function. */
export function onAppCommand(listener: (command: MenuCommand) => void): () => void {
  const handle = (e: Event) => listener((e as CustomEvent<MenuCommand>).detail)
  window.addEventListener(COMMAND_EVENT, handle)
  return () => window.removeEventListener(COMMAND_EVENT, handle)
}
