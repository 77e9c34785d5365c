import { useRef } from 'react'
import type { HeaderTarget } from '../../domain/layoutGrid'
import { useFollowHeader } from './useFollowHeader'

/**
 * The ring around the selected header (Tab on the board, or a click). DOM over the canvas, like
 * the rename field, so the grid layer (cached and redrawn for pans) does not change for it; it
 * follows the header where the board shows it, pinned to an edge too, by style writes.
 */
export function HeaderFocusRing({ target, width, height }: { target: HeaderTarget; width: number; height: number }) {
  const ref = useRef<HTMLDivElement>(null)
  const rect = useFollowHeader(ref, target, width, height, undefined, true)
  if (!rect) return null
  return <div ref={ref} className="grid-focus-ring" aria-hidden />
}
