import { useCallback, type MouseEvent as ReactMouseEvent, type PointerEvent as ReactPointerEvent, type RefObject } from 'react'
import type { CardId } from '../domain'
import { cardAt, cardLayout, cardsTouching, cellRect, hitCell, type CellRef, type Point } from '../domain/layout'
import { appStore } from '../store'
import { emotionPointerDown, emotionPointerHover, emotionPointerLeave, isOverEmotionControl } from './emotion'
import { dropGroupDrag, previewGroupDrag } from './cards/groupDrag'
import { hitSpanHandle, startSpanDrag } from './cards/spanDrag'
import type { InteractionStore } from './interaction'
import { dropPlace, filesIntoCells, mergeSelection, rectFromPoints } from '../domain/placement'
import { track, trackDrag, useBoardPoint } from './pointerTracking'

export interface BoardPointerOptions {
  readonly container: RefObject<HTMLDivElement | null>
  readonly interaction: InteractionStore
  /** True while Space is held: the next left drag pans. */
  readonly spaceHeld: RefObject<boolean>
  readonly onEditCard: (id: CardId) => void
  readonly onAddCard: (cell: CellRef) => void
  readonly onAddFreeCard: (at: Point) => void
  /** Gives the keyboard to the board (which also blurs, and so commits, an open text box). */
  readonly focusBoard: () => void
}

/**
 * Everything the pointer does on the board. Hit testing uses the layout, not Konva's hit canvas:
 * it is exact, works for culled and block-drawn cards, and lets every layer skip hit drawing.
 */
export function useBoardPointer({ container, interaction, spaceHeld, onEditCard, onAddCard, onAddFreeCard, focusBoard }: BoardPointerOptions) {
  const { local, toBoard } = useBoardPoint(container)

  const setCursor = useCallback(
    (cursor: string) => {
      const el = container.current
      if (el) el.style.setProperty('cursor', cursor)
    },
    [container],
  )

  const onPointerDown = useCallback(
    (e: ReactPointerEvent<HTMLDivElement>) => {
      const el = container.current
      if (!el || e.target instanceof HTMLTextAreaElement) return
      focusBoard()
      const state = appStore.getState()
      const start = local(e)
      if (e.button === 1 || (e.button === 0 && (spaceHeld.current || state.tool === 'hand'))) {
        e.preventDefault()
        const from = state.viewport
        setCursor('grabbing')
        track(
          (ev) => {
            const p = local(ev)
            appStore.getState().setViewport({ ...from, x: from.x - (p.x - start.x) / from.zoom, y: from.y - (p.y - start.y) / from.zoom })
          },
          () => setCursor(spaceHeld.current || appStore.getState().tool === 'hand' ? 'grab' : 'default'),
        )
        return
      }
      if (e.button !== 0 || !state.doc) return
      // Emotion handles and persona chips get first refusal: a press there is never a marquee or a card.
      if (emotionPointerDown(toBoard(e), toBoard)) return
      const layout = cardLayout(state.doc)
      const startBoard = toBoard(e)
      const stretch = hitSpanHandle(state.doc, state.selection, startBoard, state.viewport.zoom)
      if (stretch) {
        const span = startSpanDrag(appStore, stretch)
        return track((ev) => span.move(toBoard(ev)), (_ev, cancelled) => span.end(cancelled))
      }
      const hit = cardAt(layout, startBoard)

      if (hit) {
        if (e.shiftKey) {
          state.select(state.selection.includes(hit) ? state.selection.filter((id) => id !== hit) : [...state.selection, hit])
          return
        }
        const before = state.selection
        if (!before.includes(hit)) state.select([hit])
        const rect = layout.rects.get(hit)
        if (!rect) return
        const card = state.doc.cards[hit]
        const span = card?.place.kind === 'cell' ? card.place.span : 1
        // A free item always lands free: a highlighted cell would promise a place it never takes.
        const showsCell = !!card && filesIntoCells(card)
        trackDrag(
          start,
          local,
          (ev) => {
            const at = toBoard(ev)
            const grid = layout.grid
            const cell = hitCell(grid, at)
            interaction.getState().set({
              drag: {
                cardId: hit,
                ghost: { x: at.x - (startBoard.x - rect.x), y: at.y - (startBoard.y - rect.y), width: rect.width, height: rect.height },
                target: cell && showsCell ? cellRect(grid, cell.laneId, cell.stepId, span) : null,
                others: previewGroupDrag(appStore, hit, cell, { x: at.x - startBoard.x, y: at.y - startBoard.y }),
              },
            })
          },
          (ev, cancelled, dragging) => {
            const drag = interaction.getState().drag
            interaction.getState().set({ drag: null })
            if (!dragging) {
              if (before.includes(hit) && before.length > 1) appStore.getState().select([hit])
              return
            }
            const doc = appStore.getState().doc
            if (cancelled || !drag || !doc) return
            const at = toBoard(ev)
            const to = dropPlace(doc, hit, at, drag.ghost)
            if (to) dropGroupDrag(appStore, hit, to, { x: at.x - startBoard.x, y: at.y - startBoard.y })
          },
        )
        return
      }

      const base = e.shiftKey ? state.selection : []
      trackDrag(
        start,
        local,
        (ev) => {
          const area = rectFromPoints(startBoard, toBoard(ev))
          interaction.getState().set({ marquee: area })
          const doc = appStore.getState().doc
          if (doc) appStore.getState().select(mergeSelection(base, cardsTouching(cardLayout(doc), area)))
        },
        (_ev, _cancelled, moved) => {
          interaction.getState().set({ marquee: null })
          if (!moved && !e.shiftKey) appStore.getState().select([])
        },
      )
    },
    [container, interaction, spaceHeld, local, toBoard, setCursor, focusBoard],
  )

  const onPointerMove = useCallback(
    (e: ReactPointerEvent<HTMLDivElement>) => {
      if (e.buttons !== 0) return
      const { doc, tool } = appStore.getState()
      if (spaceHeld.current || tool === 'hand') return setCursor('grab')
      const emotionCursor = emotionPointerHover(toBoard(e))
      if (emotionCursor) {
        if (interaction.getState().hover) interaction.getState().set({ hover: null })
        return setCursor(emotionCursor)
      }
      if (hitSpanHandle(doc, appStore.getState().selection, toBoard(e), appStore.getState().viewport.zoom)) return setCursor('ew-resize')
      const hit = doc ? cardAt(cardLayout(doc), toBoard(e)) : null
      const { hover, set } = interaction.getState()
      if (hit !== hover) set({ hover: hit })
      setCursor(hit ? 'move' : 'default')
    },
    [interaction, spaceHeld, toBoard, setCursor],
  )

  const onPointerLeave = useCallback(() => {
    emotionPointerLeave()
    if (interaction.getState().hover) interaction.getState().set({ hover: null })
  }, [interaction])

  const onDoubleClick = useCallback(
    (e: ReactMouseEvent<HTMLDivElement>) => {
      const { doc } = appStore.getState()
      if (!doc || e.target instanceof HTMLTextAreaElement) return
      const at = toBoard(e)
      if (isOverEmotionControl(at)) return
      const layout = cardLayout(doc)
      const hit = cardAt(layout, at)
      if (hit) return onEditCard(hit)
      const cell = hitCell(layout.grid, at)
      if (cell) return onAddCard(cell)
      const outside = at.x < 0 || at.y < 0 || at.x >= layout.grid.width || at.y >= layout.grid.height
      if (outside) onAddFreeCard(at)
    },
    [toBoard, onEditCard, onAddCard, onAddFreeCard],
  )

  return { onPointerDown, onPointerMove, onPointerLeave, onDoubleClick }
}
