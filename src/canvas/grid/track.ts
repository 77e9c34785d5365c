/**
 * Follows one press to its release anywhere on the page; Esc cancels it. The same contract as the
 * card drags use, so a header drag and a card drag feel alike.
 */
export function trackPointer(onMove: (e: PointerEvent) => void, onEnd: (e: PointerEvent | null, cancelled: boolean) => void): void {
  let last: PointerEvent | null = null
  const move = (e: PointerEvent) => {
    last = e
    onMove(e)
  }
  const finish = (e: PointerEvent | null, cancelled: boolean) => {
    window.removeEventListener('pointermove', move)
    window.removeEventListener('pointerup', up)
    window.removeEventListener('pointercancel', cancel)
    window.removeEventListener('keydown', key, true)
    window.removeEventListener('blur', lost)
    onEnd(e, cancelled)
  }
  const up = (e: PointerEvent) => finish(e, false)
  const cancel = (e: PointerEvent) => finish(e, true)
  // Alt+Tab in the middle of a drag never delivers the pointerup: treat losing the window as Esc.
  const lost = () => finish(last, true)
  const key = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return
    e.stopPropagation()
    e.preventDefault()
    finish(last, true)
  }
  window.addEventListener('pointermove', move)
  window.addEventListener('pointerup', up)
  window.addEventListener('pointercancel', cancel)
  window.addEventListener('keydown', key, true)
  window.addEventListener('blur', lost)
}
