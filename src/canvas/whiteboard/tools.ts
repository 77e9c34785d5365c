import type { Tool } from '../../store/sessionSlice'

/** Board tools in toolbar order, with the single key that picks each (as in most whiteboards). */
export const TOOLS: readonly { readonly tool: Tool; readonly key: string }[] = [
  { tool: 'select', key: 'V' },
  { tool: 'hand', key: 'H' },
  { tool: 'note', key: 'N' },
  { tool: 'text', key: 'T' },
  { tool: 'rect', key: 'R' },
  { tool: 'ellipse', key: 'O' },
  { tool: 'link', key: 'L' },
]

export function toolForKey(key: string): Tool | null {
  const upper = key.toUpperCase()
  return TOOLS.find((t) => t.key === upper)?.tool ?? null
}

export function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  return target.isContentEditable || target.tagName === 'TEXTAREA' || target.tagName === 'INPUT' || target.tagName === 'SELECT'
}

/** The keyboard is the board's when focus is on it or on nothing, never in a panel or a dialog. */
export function keyboardIsOnBoard(target: EventTarget | null, container: HTMLElement | null): boolean {
  if (isTextEntry(target)) return false
  return target === null || target === document.body || target === document.documentElement || (target instanceof Node && !!container?.contains(target))
}
