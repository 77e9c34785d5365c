import { useEffect } from 'react'
import type { CardId } from '../../domain'
import { cardLayout, cellRect, type Rect } from '../../domain/layout'
import { appActions } from '../../platform/actions'
import { appStore } from '../../store'
import type { Viewport } from '../../store/sessionSlice'

const REVEAL_MARGIN = 48

/**
 * The smallest pan that brings `rect` on screen with a margin, so the board does not jump when the
 * card is already in view; a card bigger than the screen is centred instead.
 */
export function revealViewport(vp: Viewport, rect: Rect, width: number, height: number, margin = REVEAL_MARGIN): Viewport {
  const axis = (start: number, view: number, rStart: number, rSize: number): number => {
    const pad = margin / vp.zoom
    if (rSize + 2 * pad > view) return rStart + rSize / 2 - view / 2
    if (rStart - pad < start) return rStart - pad
    if (rStart + rSize + pad > start + view) return rStart + rSize + pad - view
    return start
  }
  const x = axis(vp.x, width / vp.zoom, rect.x, rect.width)
  const y = axis(vp.y, height / vp.zoom, rect.y, rect.height)
  return x === vp.x && y === vp.y ? vp : { ...vp, x, y }
}

/** Asks the board to pan a card into view (panels sit outside the board and do not know its size). */
export function requestReveal(cardId: CardId): void {
  appActions.send({ type: 'revealCard', cardId })
}

/** The board's side of `requestReveal`. A card hidden in a full cell brings its cell into view. */
export function useCardReveal(width: number, height: number): void {
  useEffect(
    () =>
      appActions.on('revealCard', ({ cardId: id }) => {
        const { doc, viewport, setViewport } = appStore.getState()
        const card = doc?.cards[id]
        if (!doc || !card) return
        const layout = cardLayout(doc)
        const place = card.place
        const rect = layout.rects.get(id) ?? (place.kind === 'cell' ? cellRect(layout.grid, place.laneId, place.stepId, place.span) : null)
        if (!rect) return
        const next = revealViewport(viewport, rect, width, height)
        if (next !== viewport) setViewport(next)
      }),
    [width, height],
  )
}
