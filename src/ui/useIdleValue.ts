import { startTransition, useEffect, useState } from 'react'
import { whenIdle } from '../platform/idle'

/**
 * `value`, handed on once the page is idle after it changes (in a transition): what renders from
 * it waits until the frame being drawn is on screen. `initial` is what shows until then.
 */
export function useIdleValue<T>(value: T, initial: T): T {
  const [shown, setShown] = useState(initial)
  useEffect(() => {
    if (Object.is(shown, value)) return
    return whenIdle(() => startTransition(() => setShown(value)), 1000)
  }, [value, shown])
  return shown
}
