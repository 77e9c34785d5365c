/**
 * Where the keyboard is, for the keymap's handlers (src/editor/keymap.ts): the one definition of
 * a text field, whose own keys (undo, arrows, Delete) must win over the map's.
 */
const NOT_TEXT_INPUTS = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file'])

export function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  if (target.isContentEditable || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT') return true
  return target.tagName === 'INPUT' && !NOT_TEXT_INPUTS.has((target as HTMLInputElement).type)
}

/** The keyboard is the board's when focus is on it or on nothing, never in a panel or a dialog. */
export function keyboardIsOnBoard(target: EventTarget | null, container: HTMLElement | null): boolean {
  if (isTextEntry(target)) return false
  return target === null || target === document.body || target === document.documentElement || (target instanceof Node && !!container?.contains(target))
}
