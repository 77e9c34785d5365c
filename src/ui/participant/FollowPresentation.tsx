import { useState } from 'react'
import { createPortal } from 'react-dom'
import { useAppStore } from '../../store'
import { Presentation } from '../facilitation/present/Presentation'

/**
 * While the facilitator presents, a participant's screen shows the same slide, full window, and
 * follows it. They may leave it (Esc or the close button) to look at the map; the next
 * presentation brings them back.
 */
export function FollowPresentation() {
  const doc = useAppStore((s) => s.doc)
  const presentation = useAppStore((s) => s.presentation)
  // Left during this presentation: forgotten once it ends, so the next one shows again.
  const [left, setLeft] = useState(false)
  if (!presentation) {
    if (left) setLeft(false)
    return null
  }
  if (left || !doc) return null
  return createPortal(<Presentation doc={doc} slide={presentation.slide} onExit={() => setLeft(true)} />, document.body)
}
